package org.crosscheck.normalize;

import java.util.Optional;

/** Reads a number and its unit from a phrase. Deterministic and thread-safe. */
public interface QuantityResolver {

  /**
   * Reads the quantity a phrase states: "at least 40 people" gives 40 person (approximate);
   * "a 6.1-magnitude earthquake" gives 6.1 magnitude.
   *
   * @param phrase the words of a claim argument
   * @return the quantity stated, or empty when the phrase states no number
   */
  Optional<Quantity> resolve(String phrase);
}
