package org.crosscheck.analysis;

import java.util.List;
import java.util.Objects;
import org.crosscheck.clean.CleanedArticle;

/** A cleaned article with its sentences (tokens, tags, lemmas, dependencies) and mentions. */
public record AnalyzedArticle(CleanedArticle cleaned, List<Sentence> sentences, List<Mention> mentions) {
  public AnalyzedArticle {
    Objects.requireNonNull(cleaned, "cleaned");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public String text() {
    return cleaned.article().text();
  }
}
