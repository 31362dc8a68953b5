package org.crosscheck.claim;

import java.util.Objects;
import org.crosscheck.Span;

/**
 * A piece of a claim as it stands in the source: its words, and the span from its first to its
 * last word. The words of a phrase need not be contiguous in the source (a relative clause inside
 * a noun phrase is left out, for example), so {@code text} may differ from the span's text.
 *
 * @param text its words in source order, spaced as in the source where they are adjacent
 * @param span from its first word to its last, in the article's original text
 */
public record Phrase(String text, Span span) {
  /**
   * Checks that no part is null.
   *
   * @param text its words
   * @param span from its first word to its last
   */
  public Phrase {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  /** {@return the text} */
  @Override
  public String toString() {
    return text;
  }
}
