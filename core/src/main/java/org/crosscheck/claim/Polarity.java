package org.crosscheck.claim;

/** Whether the claim is asserted or denied ("did not", "never", "denied"). */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
