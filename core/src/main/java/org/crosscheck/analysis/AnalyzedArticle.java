package org.crosscheck.analysis;

import java.util.List;
import java.util.Objects;
import org.crosscheck.clean.CleanedArticle;

/**
 * A cleaned article with its sentences (tokens, tags, lemmas, dependencies) and mentions.
 *
 * @param cleaned   the article and where its body lies
 * @param sentences the body's sentences, in text order
 * @param mentions  the mentions found in the body
 */
public record AnalyzedArticle(CleanedArticle cleaned, List<Sentence> sentences, List<Mention> mentions) {
  /**
   * Copies the lists, so the record is immutable.
   *
   * @param cleaned   the article and where its body lies
   * @param sentences the body's sentences, in text order
   * @param mentions  the mentions found in the body
   */
  public AnalyzedArticle {
    Objects.requireNonNull(cleaned, "cleaned");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /**
   * The article's original text, which all spans index into.
   *
   * @return the text of the underlying article, unchanged
   */
  public String text() {
    return cleaned.article().text();
  }
}
