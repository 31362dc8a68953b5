package org.crosscheck.report;

import java.util.Objects;

/**
 * One article of a report: its id, where it was read from, and its headline (or empty).
 *
 * @param id    the article's id, the prefix of its claims' ids
 * @param path  where it was read from (the article's origin)
 * @param title its headline, or the empty string
 */
public record Source(String id, String path, String title) {
  /**
   * Checks that no component is null.
   *
   * @param id    the article's id
   * @param path  where it was read from
   * @param title its headline, or the empty string
   */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
  }
}
