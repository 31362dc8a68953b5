package org.crosscheck.assertj;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CrossChecker;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;

/** The seed articles and one checker, shared by the tests (models load once). */
final class Seeds {
  static final CrossChecker CHECKER = CrossChecker.create();
  static final List<Article> ALL = ArticleReader.withDefaults()
      .read(List.of(Path.of(System.getProperty("crosscheck.seeds", "../seeds")))).articles();

  private Seeds() {}

  /** The seed whose id starts with {@code prefix}, e.g. {@code "001"}. */
  static Article seed(String prefix) {
    return ALL.stream().filter(a -> a.id().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + ALL));
  }
}
