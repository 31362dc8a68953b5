package org.crosscheck.normalize;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves a time expression to a calendar span, against the article's reference date.
 * Implementations are deterministic and thread-safe.
 */
public interface TimeResolver {

  /**
   * @param expression the words of a TIME argument: "15 March 2023", "on Wednesday", "in 2011",
   *                   "last month", "September 2015", "a day earlier"
   * @param reference  the article's reference date (its publication date, or else the latest
   *                   absolute date it mentions), used for dates without a year, weekdays and
   *                   relative expressions
   * @return the span, or empty when the expression names no resolvable time ("recently")
   */
  Optional<TimeSpan> resolve(String expression, Optional<LocalDate> reference);
}
