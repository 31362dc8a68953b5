package org.crosscheck.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of calendar time, {@code [start, end)} in days, and how precisely it was stated.
 * "2015" is all of 2015 at YEAR granularity; "September 2015" lies within it.
 *
 * @param start       the first day of the span, inclusive
 * @param end         the day after the last day of the span, exclusive
 * @param granularity how precisely the span was stated
 */
public record TimeSpan(LocalDate start, LocalDate end, Granularity granularity) {

  /** How precisely a time span was stated. */
  public enum Granularity {
    /** Stated to the day: "2023-03-15", "yesterday", "March 14-15". */
    DAY,
    /** Stated to the week: "last week", "the weekend", "the past two weeks". */
    WEEK,
    /** Stated to the month: "September 2015". */
    MONTH,
    /** Stated to the year: "2015". */
    YEAR,
    /** Stated to the decade: "the 1990s". */
    DECADE
  }

  /**
   * Checks the parts.
   *
   * @param start       the first day of the span, inclusive
   * @param end         the day after the last day of the span, exclusive; after {@code start}
   * @param granularity how precisely the span was stated
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public TimeSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("time span must end after it starts: " + start + " .. " + end);
    }
  }

  /**
   * One calendar day.
   *
   * @param d the day
   * @return the span from {@code d} to the next day, at DAY granularity
   */
  public static TimeSpan day(LocalDate d) {
    return new TimeSpan(d, d.plusDays(1), Granularity.DAY);
  }

  /**
   * Whether every day of {@code other} lies within this span (an equal span counts).
   *
   * @param other the span to test
   * @return true if {@code other} starts no earlier and ends no later than this span
   */
  public boolean contains(TimeSpan other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Whether the two spans share at least one day.
   *
   * @param other the span to test
   * @return true if some day lies in both spans
   */
  public boolean overlaps(TimeSpan other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Whether the two spans share no day: they cannot describe the same moment.
   *
   * @param other the span to test
   * @return true if no day lies in both spans
   */
  public boolean isDisjoint(TimeSpan other) {
    return !overlaps(other);
  }
}
