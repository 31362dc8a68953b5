package org.crosscheck.claim;

import java.util.Objects;
import org.crosscheck.Span;

/**
 * A piece of a claim as it stands in the source: its words, and the span from its first to its
 * last word. The words of a phrase need not be contiguous in the source (a relative clause inside
 * a noun phrase is left out, for example), so {@code text} may differ from the span's text.
 */
public record Phrase(String text, Span span) {
  public Phrase {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String toString() {
    return text;
  }
}
