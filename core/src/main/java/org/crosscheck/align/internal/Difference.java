package org.crosscheck.align.internal;

/**
 * One way in which two claims about the same fact cannot both be right, in words a person can
 * check: what differs, and each side's value.
 */
public record Difference(Kind kind, String what, String left, String right) {

  /**
   * What differs. {@code UNRELATED}: the claims fill who-did-what-to-whom with different things
   * ("Cheeks did not meet them", "he met with Cheeks"), so they are two statements that share a
   * predicate, neither a contradiction nor a corroboration.
   */
  public enum Kind { SPEAKER, ROLE, PARTICIPANTS, POLARITY, NUMBER, TIME, PLACE, UNRELATED }
}
