package org.crosscheck.analysis;

import org.crosscheck.clean.CleanedArticle;

/**
 * Splits a cleaned article's body into sentences and tokens, tags, lemmatises and parses them,
 * and finds mentions. Implementations are deterministic and thread-safe.
 */
public interface Analyzer {
  AnalyzedArticle analyze(CleanedArticle article);
}
