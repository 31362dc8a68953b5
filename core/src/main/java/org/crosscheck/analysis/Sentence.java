package org.crosscheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crosscheck.Span;

/** One sentence: its span in the original text and its tokens, which form one dependency tree. */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.index() != i || t.head() >= tokens.size() || !span.contains(t.span())) {
        throw new IllegalArgumentException("token " + i + " '" + t.text() + "' does not fit sentence " + span);
      }
    }
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The tokens whose head is {@code i}, in sentence order. */
  public List<Token> children(int i) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == i) {
        out.add(t);
      }
    }
    return out;
  }
}
