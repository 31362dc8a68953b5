package org.crosscheck.normalize;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.normalize.internal.TimeExpressionParser;

/**
 * Chooses the date an article's relative time expressions ("yesterday", "on Wednesday") count
 * from. Static, deterministic and thread-safe.
 */
public final class ReferenceDates {

  private ReferenceDates() {}

  /**
   * The publication date when known, else the latest full calendar date (day, month and year)
   * written in the text, else empty. For a text holding "PUBLISHED: THURSDAY, MAY 2, 2013 ...
   * UPDATED: FRIDAY, MAY 3, 2013" and no publication date this is 2013-05-03. Dates without a
   * year, weekdays and bare years are not considered; the system clock is never read.
   *
   * @param published the article's publication date, if known
   * @param text      the article's text
   * @return the date relative expressions count from, or empty when neither source gives one
   */
  public static Optional<LocalDate> of(Optional<LocalDate> published, String text) {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    if (published.isPresent()) {
      return published;
    }
    return TimeExpressionParser.latestFullDate(text);
  }
}
