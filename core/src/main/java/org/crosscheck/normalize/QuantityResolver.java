package org.crosscheck.normalize;

import java.util.List;
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

  /**
   * Reads every quantity whose number lies in the first {@code length} characters of {@code
   * text}, in the order written; the words after may still name its unit. With the text "on
   * five TDCJ officers in Huntsville" and the length of "on five" (a claim argument and the rest
   * of its sentence), this gives 5 officer. The default reads the first quantity of those
   * characters alone.
   *
   * @param text   a claim argument followed by the words after it, or just the argument
   * @param length how many characters of {@code text} the numbers must lie in
   * @return the quantities stated, none when there is no number
   */
  default List<Quantity> resolveAll(String text, int length) {
    return resolve(text.substring(0, length)).map(List::of).orElse(List.of());
  }
}
