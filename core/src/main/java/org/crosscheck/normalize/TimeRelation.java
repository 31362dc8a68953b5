package org.crosscheck.normalize;

/**
 * How one time span stands to another, from the first one's side: "2015" CONTAINS
 * "September 2015", which is WITHIN "2015". Only DISJOINT spans cannot describe the same moment.
 */
public enum TimeRelation {
  /** The same days. */
  EQUAL,
  /** The first holds all of the second and more: not a conflict, the second is more precise. */
  CONTAINS,
  /** The second holds all of the first and more. */
  WITHIN,
  /** They share some days, and each has days the other lacks. */
  OVERLAPS,
  /** No day in common: a time conflict, or two different events. */
  DISJOINT;

  /**
   * Whether the two spans may describe the same moment.
   *
   * @return true unless this is DISJOINT
   */
  public boolean isCompatible() {
    return this != DISJOINT;
  }
}
