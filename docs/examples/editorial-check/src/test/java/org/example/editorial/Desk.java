package org.example.editorial;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.CrossChecker;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ReadResult;

/** The desk's articles and one checker for every test (its models load once). */
final class Desk {
  static final CrossChecker CHECKER = CrossChecker.create();
  private static final List<Article> ARTICLES = read();

  private Desk() {}

  private static List<Article> read() {
    ReadResult read = ArticleReader.withDefaults().read(List.of(Path.of(System.getProperty("articles.dir", "articles"))));
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException("cannot read the desk's articles: " + read.problems());
    }
    return read.articles();
  }

  /** The article whose id starts with {@code prefix} ("001" for 001_d1354a31a5cb210c). */
  static Article article(String prefix) {
    return ARTICLES.stream().filter(a -> a.id().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no article " + prefix + " on the desk"));
  }

  /** One draft and the references it must agree with. */
  record Check(Article draft, List<Article> references) {
    @Override
    public String toString() {
      return draft.id() + " against " + references.stream().map(Article::id).toList();
    }
  }

  /** The checks named by {@code spec}: {@code draft:reference,reference;draft:reference...}. */
  static Stream<Check> checks(String spec) {
    return Arrays.stream(spec.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
      String[] parts = s.split(":", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected draft:reference,... but got " + s);
      }
      List<Article> refs = Arrays.stream(parts[1].split(",")).map(String::strip).map(Desk::article).toList();
      return new Check(article(parts[0].strip()), refs);
    });
  }
}
