package org.crosscheck.normalize;

import java.util.Optional;

/** Reads a number and its unit from a phrase. Deterministic and thread-safe. */
public interface QuantityResolver {

  /** "at least 40 people" gives 40 person (approximate); "a 6.1-magnitude earthquake" gives 6.1 magnitude. */
  Optional<Quantity> resolve(String phrase);
}
