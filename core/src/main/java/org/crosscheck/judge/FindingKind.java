package org.crosscheck.judge;

/** What a finding is about: for a conflict, what differs; agreements are corroborations. */
public enum FindingKind {
  /** Two or more sources state the same fact. */
  CORROBORATION,
  /** Different parties in the same slot: whose ties, who met whom. */
  PARTICIPANTS,
  /** Who did what to whom, swapped. */
  ROLE,
  /** Different people said it. */
  SPEAKER,
  /** One source says it happened, another that it did not. */
  POLARITY,
  /** Different numbers for the same thing: "12 people" and "20 people". */
  NUMBER,
  /** Times that cannot be the same moment: "in 2011" and "in 2012". */
  TIME,
  /** Places neither of which lies within the other: "in Moscow" and "in Ankara". */
  PLACE
}
