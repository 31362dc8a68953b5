package org.crosscheck.normalize;

import java.util.Objects;

/**
 * A number with its unit, as stated: "12 people" is 12 "person"; "$5 million" is 5,000,000
 * "usd"; "thousands" is an approximate 1,000 or more.
 *
 * @param unit        normalised unit or counted noun lemma; empty when none was stated
 * @param approximate "about", "some", "nearly", "thousands", "dozens" and the like
 */
public record Quantity(double value, String unit, boolean approximate) {
  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("quantity value must be finite, got " + value);
    }
  }
}
