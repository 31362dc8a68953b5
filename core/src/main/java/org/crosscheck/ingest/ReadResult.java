package org.crosscheck.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What reading some inputs produced: every article that could be read, and every problem met.
 * Article ids are unique within one result.
 */
public record ReadResult(List<Article> articles, List<InputProblem> problems) {
  /**
   * Copies the lists and checks that article ids are unique.
   *
   * @param articles every article read
   * @param problems every input that could not be read, and why
   */
  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    Set<String> ids = new HashSet<>();
    for (Article article : articles) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException("duplicate article id \"" + article.id() + "\" (from "
            + article.origin() + ")");
      }
    }
  }
}
