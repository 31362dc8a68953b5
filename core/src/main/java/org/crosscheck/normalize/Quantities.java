package org.crosscheck.normalize;

import java.util.Objects;

/** Comparisons between {@link Quantity} values. Static and thread-safe. */
public final class Quantities {

  private Quantities() {}

  /**
   * Whether two quantities can describe the same number. Units must be equal (a quantity
   * without a unit compares only with another without one), else INCOMPARABLE. With equal
   * units, SAME when their bounds overlap, else DIFFERENT:
   *
   * <ul>
   *   <li>"12 people" vs "20 people": DIFFERENT; "12 people" vs "twelve persons": SAME</li>
   *   <li>"at least 40" vs "45": SAME; "at least 40" vs "30": DIFFERENT</li>
   *   <li>"dozens" vs "30": SAME; "dozens" vs "2,000": DIFFERENT</li>
   *   <li>"1.5 million" vs "1,523,000": SAME (1.5 million is rounded)</li>
   *   <li>"12 people" vs "12 km": INCOMPARABLE</li>
   * </ul>
   *
   * @param a one quantity
   * @param b the other quantity
   * @return SAME, DIFFERENT or INCOMPARABLE, as above
   */
  public static QuantityComparison compatible(Quantity a, Quantity b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.unit().equals(b.unit())) {
      return QuantityComparison.INCOMPARABLE;
    }
    double tolerance = 1e-9 * Math.max(1, Math.max(Math.abs(a.value()), Math.abs(b.value())));
    boolean overlap = a.low() <= b.high() + tolerance && b.low() <= a.high() + tolerance;
    return overlap ? QuantityComparison.SAME : QuantityComparison.DIFFERENT;
  }
}
