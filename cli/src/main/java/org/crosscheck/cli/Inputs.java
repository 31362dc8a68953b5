package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ReadResult;

/** Turns the command line's PATH arguments into articles; {@code -} is standard input. */
final class Inputs {
  private Inputs() {}

  static ReadResult read(List<String> args) {
    ArticleReader reader = ArticleReader.withDefaults();
    List<Path> paths = new ArrayList<>();
    boolean stdin = false;
    for (String a : args) {
      if (a.equals("-")) {
        stdin = true;
      } else {
        paths.add(Path.of(a));
      }
    }
    ReadResult files = reader.read(paths);
    if (!stdin) {
      return files;
    }
    ReadResult in = reader.read("-", System.in);
    List<org.crosscheck.ingest.Article> articles = new ArrayList<>(files.articles());
    articles.addAll(in.articles());
    List<org.crosscheck.ingest.InputProblem> problems = new ArrayList<>(files.problems());
    problems.addAll(in.problems());
    return new ReadResult(articles, problems);
  }
}
