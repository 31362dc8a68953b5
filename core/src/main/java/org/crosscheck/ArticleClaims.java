package org.crosscheck;

import java.util.List;
import java.util.Objects;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.Article;

/**
 * The claims one article makes, in text order.
 *
 * @param article the article
 * @param claims  its claims, in text order
 */
public record ArticleClaims(Article article, List<Claim> claims) {
  /**
   * Copies the claims.
   *
   * @param article the article
   * @param claims  its claims, in text order
   */
  public ArticleClaims {
    Objects.requireNonNull(article, "article");
    claims = List.copyOf(claims);
  }
}
