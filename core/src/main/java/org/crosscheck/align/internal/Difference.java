package org.crosscheck.align.internal;

/**
 * One way in which two claims about the same fact cannot both be right, in words a person can
 * check: what differs, and each side's value.
 */
public record Difference(Kind kind, String what, String left, String right) {

  /** What differs. */
  public enum Kind { SPEAKER, ROLE, PARTICIPANTS, POLARITY, NUMBER, TIME, PLACE }
}
