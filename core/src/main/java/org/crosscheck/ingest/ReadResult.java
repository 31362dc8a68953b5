package org.crosscheck.ingest;

import java.util.List;

/** What reading some inputs produced: every article that could be read, and every problem met. */
public record ReadResult(List<Article> articles, List<InputProblem> problems) {
  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
