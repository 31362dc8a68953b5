package org.crosscheck.analysis;

import java.util.Objects;
import org.crosscheck.Span;

/**
 * One token of a sentence with its part of speech, lemma and dependency attachment.
 *
 * @param index    position in its sentence, from 0
 * @param span     where it stands in the article's original text
 * @param text     the token as analysed (curly apostrophes and quotes made straight), same length
 *                 as the span's text but for the spaces of a word written with a space after inner
 *                 punctuation, which it leaves out ("100,000" for "100, 000")
 * @param tag      Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, ...)
 * @param lemma    dictionary form, lower case except for proper nouns
 * @param head     index of the governing token in the same sentence, or -1 for the root
 * @param relation Universal Dependencies relation to the head (nsubj, obj, obl, ...; "root" for the root)
 */
public record Token(int index, Span span, String text, String tag, String lemma, int head, String relation) {
  /**
   * Checks the parts.
   *
   * @param index    position in its sentence, from 0
   * @param span     where it stands in the article's original text
   * @param text     the token as analysed
   * @param tag      Universal Dependencies part-of-speech tag
   * @param lemma    dictionary form
   * @param head     index of the governing token, or -1 for the root
   * @param relation Universal Dependencies relation to the head
   * @throws IllegalArgumentException if {@code index} is negative, or {@code head} is below -1
   *     or equal to {@code index}
   */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(relation, "relation");
    if (index < 0 || head < -1 || head == index) {
      throw new IllegalArgumentException("token " + index + " '" + text + "' has invalid head " + head);
    }
  }

  /**
   * Whether this token is the root of its sentence's tree.
   *
   * @return true if the token has no head
   */
  public boolean isRoot() {
    return head == -1;
  }
}
