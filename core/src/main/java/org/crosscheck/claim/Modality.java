package org.crosscheck.claim;

/** How firmly a claim is made. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** May, might, could, possible, potential. */
  POSSIBLE,
  /** Likely, probably, expected to. */
  LIKELY,
  /** Will, scheduled to, plans to, is to: said of the future. */
  PLANNED,
  /** Reportedly, allegedly, is said to: passed on without being vouched for. */
  REPORTED
}
