package org.crosscheck.normalize;

import java.util.Objects;

/** Comparisons between {@link TimeSpan}s. Static and thread-safe. */
public final class TimeSpans {

  private TimeSpans() {}

  /**
   * How {@code a} stands to {@code b}: {@code relation(2015, September 2015)} is CONTAINS,
   * {@code relation(2023-03-15, March 2023)} is WITHIN, {@code relation(2023-03-15, 2023-03-16)}
   * is DISJOINT.
   *
   * @param a the span whose side the relation is told from
   * @param b the span it is compared with
   * @return how {@code a} stands to {@code b}
   */
  public static TimeRelation relation(TimeSpan a, TimeSpan b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.start().equals(b.start()) && a.end().equals(b.end())) {
      return TimeRelation.EQUAL;
    }
    if (a.contains(b)) {
      return TimeRelation.CONTAINS;
    }
    if (b.contains(a)) {
      return TimeRelation.WITHIN;
    }
    return a.overlaps(b) ? TimeRelation.OVERLAPS : TimeRelation.DISJOINT;
  }
}
