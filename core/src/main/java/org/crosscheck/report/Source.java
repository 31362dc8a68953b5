package org.crosscheck.report;

import java.util.Objects;

/** One article of a report: its id, where it was read from, and its headline (or empty). */
public record Source(String id, String path, String title) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
  }
}
