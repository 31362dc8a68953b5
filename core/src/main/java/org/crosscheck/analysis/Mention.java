package org.crosscheck.analysis;

import java.util.Objects;
import org.crosscheck.Span;

/**
 * A stretch of text naming a person, place, organisation, date, time, number or quantity.
 *
 * @param type what the mention refers to
 * @param span where it stands in the article's original text
 * @param text the text it covers
 */
public record Mention(MentionType type, Span span, String text) {
  /**
   * Checks that no part is null.
   *
   * @param type what the mention refers to
   * @param span where it stands in the article's original text
   * @param text the text it covers
   */
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
