package org.crosscheck.normalize;

/** What two stated quantities say about each other: see {@link Quantities#compatible}. */
public enum QuantityComparison {
  /** Same unit, and some value fits both wordings: "at least 40 people" and "45 people". */
  SAME,
  /** Same unit, and no value fits both: "12 people" and "20 people". A numeric conflict. */
  DIFFERENT,
  /** Different units ("12 people" and "12 km"), or one with no unit: not comparable, not a conflict. */
  INCOMPARABLE
}
