package org.crosscheck.align;

import java.util.List;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.claim.Claim;

/**
 * Claims from two or more sources that state the same fact, in input order. Carries each claim's
 * normalised facts for the judge.
 *
 * @param facts each claim's normalised facts, in input order
 */
public record ClaimGroup(List<ClaimFacts> facts) {
  /**
   * Copies the facts and checks that they come from two or more sources.
   *
   * @param facts each claim's normalised facts, in input order
   * @throws IllegalArgumentException if the claims come from fewer than two sources
   */
  public ClaimGroup {
    facts = List.copyOf(facts);
    if (facts.stream().map(ClaimFacts::source).distinct().count() < 2) {
      throw new IllegalArgumentException("a claim group needs claims from two sources, got " + claims());
    }
  }

  /**
   * The group's claims.
   *
   * @return the claim of each of {@link #facts()}, in the same order
   */
  public List<Claim> claims() {
    return facts.stream().map(ClaimFacts::claim).toList();
  }
}
