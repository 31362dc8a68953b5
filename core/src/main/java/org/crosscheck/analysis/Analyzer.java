package org.crosscheck.analysis;

import org.crosscheck.clean.CleanedArticle;

/**
 * Splits a cleaned article's body into sentences and tokens, tags, lemmatises and parses them,
 * and finds mentions. Implementations are deterministic and thread-safe.
 */
public interface Analyzer {
  /**
   * Analyses the body of one article.
   *
   * @param article the article, with its body marked out
   * @return the body's sentences and mentions, with spans into the article's original text
   */
  AnalyzedArticle analyze(CleanedArticle article);
}
