package org.crosscheck.claim;

/** Whether the claim is asserted or denied ("did not", "never", "denied"). */
public enum Polarity {
  /** Asserted: "Turkey severed ties". */
  POSITIVE,
  /** Denied: "Turkey did not sever ties", "Turkey never severed ties". */
  NEGATIVE
}
