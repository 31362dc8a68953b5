package org.crosscheck.normalize;

import java.util.Objects;

/**
 * A number with its unit, as stated: "12 people" is 12 "person"; "$5 million" is 5,000,000
 * "usd"; "thousands" is an approximate 1,000 or more.
 *
 * <p>{@code low} and {@code high} bound the values the wording allows, both inclusive: an exact
 * "12" is [12, 12]; "at least 40" is [40, +infinity]; "up to 40" is [0, 40]; "about 40" is
 * [32, 48]; "dozens" is [12, 144]; "1.5 million" is [1,450,000, 1,550,000], since a number with
 * a scale word is rounded to its last stated digit (by at most 5%: "2 million" is [1.9, 2.1]
 * million). {@link Quantities#compatible} compares these
 * bounds.
 *
 * @param value       the number stated; finite
 * @param unit        normalised unit or counted noun lemma; empty when none was stated
 * @param approximate "about", "some", "nearly", "thousands", "dozens" and the like
 * @param low         the least value the wording allows; finite
 * @param high        the greatest value the wording allows; may be positive infinity
 */
public record Quantity(double value, String unit, boolean approximate, double low, double high) {

  /** How far "about" reaches either side of its value, as a fraction of it. */
  public static final double ABOUT = 0.2;

  /**
   * Checks the parts.
   *
   * @param value       the number stated; finite
   * @param unit        normalised unit or counted noun lemma; empty when none was stated
   * @param approximate whether the wording is approximate
   * @param low         the least value the wording allows; finite
   * @param high        the greatest value the wording allows; may be positive infinity
   * @throws IllegalArgumentException if {@code value} or {@code low} is not finite, {@code high}
   *     is NaN or negative infinity, or {@code value} lies outside {@code [low, high]}
   */
  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("quantity value must be finite, got " + value);
    }
    if (Double.isNaN(low) || Double.isInfinite(low) || Double.isNaN(high) || high == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("quantity bounds must be a finite low and a high, got "
          + low + " .. " + high + " for " + value + " " + unit);
    }
    if (low > value || value > high) {
      throw new IllegalArgumentException("quantity value " + value + " " + unit
          + " must lie within its bounds " + low + " .. " + high);
    }
  }

  /**
   * The original three-part form: an exact quantity is bounded by its value, an approximate one
   * by {@link #ABOUT} either side of it.
   *
   * @param value       the number stated; finite
   * @param unit        normalised unit or counted noun lemma; empty when none was stated
   * @param approximate whether the wording is approximate
   */
  public Quantity(double value, String unit, boolean approximate) {
    this(value, unit, approximate,
        approximate ? Math.min(value * (1 - ABOUT), value * (1 + ABOUT)) : value,
        approximate ? Math.max(value * (1 - ABOUT), value * (1 + ABOUT)) : value);
  }

  /**
   * "12 people": exactly 12 person.
   *
   * @param value the number stated; finite
   * @param unit  normalised unit or counted noun lemma; empty when none was stated
   * @return a quantity bounded by its value
   */
  public static Quantity exact(double value, String unit) {
    return new Quantity(value, unit, false);
  }

  /**
   * "about 40 people": 40 person, give or take {@link #ABOUT}.
   *
   * @param value the number stated; finite
   * @param unit  normalised unit or counted noun lemma; empty when none was stated
   * @return an approximate quantity bounded by {@link #ABOUT} either side of {@code value}
   */
  public static Quantity about(double value, String unit) {
    return new Quantity(value, unit, true);
  }

  /**
   * "at least 40", "more than 40": 40 or more.
   *
   * @param value the number stated; finite
   * @param unit  normalised unit or counted noun lemma; empty when none was stated
   * @return an approximate quantity from {@code value} up to positive infinity
   */
  public static Quantity atLeast(double value, String unit) {
    return new Quantity(value, unit, true, value, Double.POSITIVE_INFINITY);
  }

  /**
   * "up to 40", "fewer than 40": 40 or less, down to zero.
   *
   * @param value the number stated; finite
   * @param unit  normalised unit or counted noun lemma; empty when none was stated
   * @return an approximate quantity from zero (or {@code value}, if negative) up to {@code value}
   */
  public static Quantity atMost(double value, String unit) {
    return new Quantity(value, unit, true, Math.min(0, value), value);
  }

  /**
   * "between 40 and 50", "40 to 50": the lesser number, bounded by both.
   *
   * @param low  one end of the range, normally the lesser
   * @param high the other end of the range; the two may come in either order
   * @param unit normalised unit or counted noun lemma; empty when none was stated
   * @return an approximate quantity whose value is the lesser number and whose bounds are both
   */
  public static Quantity between(double low, double high, String unit) {
    return new Quantity(Math.min(low, high), unit, true, Math.min(low, high), Math.max(low, high));
  }
}
