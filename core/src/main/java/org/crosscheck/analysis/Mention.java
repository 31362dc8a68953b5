package org.crosscheck.analysis;

import java.util.Objects;
import org.crosscheck.Span;

/** A stretch of text naming a person, place, organisation, date, time, number or quantity. */
public record Mention(MentionType type, Span span, String text) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
