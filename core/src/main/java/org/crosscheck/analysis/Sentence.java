package org.crosscheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crosscheck.Span;

/**
 * One sentence: its span in the original text and its tokens, which form one dependency tree.
 *
 * @param index  position of the sentence in its article, from 0
 * @param span   where it stands in the article's original text
 * @param tokens its tokens, in order; each token's index is its position in this list
 */
public record Sentence(int index, Span span, List<Token> tokens) {
  /**
   * Copies the tokens and checks that they fit the sentence.
   *
   * @param index  position of the sentence in its article, from 0
   * @param span   where it stands in the article's original text
   * @param tokens its tokens, in order
   * @throws IllegalArgumentException if a token's index is not its position, its head lies past
   *     the last token, or its span lies outside {@code span}
   */
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

  /**
   * The token at a position.
   *
   * @param i the token's index, from 0
   * @return the token
   * @throws IndexOutOfBoundsException if there is no token {@code i}
   */
  public Token token(int i) {
    return tokens.get(i);
  }

  /**
   * The number of tokens.
   *
   * @return how many tokens the sentence has
   */
  public int size() {
    return tokens.size();
  }

  /**
   * The dependents of a token.
   *
   * @param i a token's index; -1 gives the root token
   * @return the tokens whose head is {@code i}, in sentence order; a new list
   */
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
