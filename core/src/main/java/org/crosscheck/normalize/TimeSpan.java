package org.crosscheck.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of calendar time, {@code [start, end)} in days, and how precisely it was stated.
 * "2015" is all of 2015 at YEAR granularity; "September 2015" lies within it.
 */
public record TimeSpan(LocalDate start, LocalDate end, Granularity granularity) {

  public enum Granularity { DAY, WEEK, MONTH, YEAR, DECADE }

  public TimeSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("time span must end after it starts: " + start + " .. " + end);
    }
  }

  public static TimeSpan day(LocalDate d) {
    return new TimeSpan(d, d.plusDays(1), Granularity.DAY);
  }

  public boolean contains(TimeSpan other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public boolean overlaps(TimeSpan other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** Neither contains the other: they cannot describe the same moment. */
  public boolean isDisjoint(TimeSpan other) {
    return !overlaps(other);
  }
}
