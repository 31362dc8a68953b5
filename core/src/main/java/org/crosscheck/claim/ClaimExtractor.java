package org.crosscheck.claim;

import java.util.List;
import org.crosscheck.analysis.AnalyzedArticle;

/**
 * Splits an analysed article into atomic claims, in text order, numbered from 1.
 * Implementations are deterministic and thread-safe.
 */
public interface ClaimExtractor {
  /**
   * Extracts the claims an article makes.
   *
   * @param article the analysed article
   * @return its claims, in text order, with ids numbered from 1
   */
  List<Claim> extract(AnalyzedArticle article);
}
