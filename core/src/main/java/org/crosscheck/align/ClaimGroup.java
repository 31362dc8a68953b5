package org.crosscheck.align;

import java.util.List;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.claim.Claim;

/**
 * Claims from two or more sources that state the same fact, in input order. Carries each claim's
 * normalised facts for the judge.
 */
public record ClaimGroup(List<ClaimFacts> facts) {
  public ClaimGroup {
    facts = List.copyOf(facts);
    if (facts.stream().map(ClaimFacts::source).distinct().count() < 2) {
      throw new IllegalArgumentException("a claim group needs claims from two sources, got " + claims());
    }
  }

  public List<Claim> claims() {
    return facts.stream().map(ClaimFacts::claim).toList();
  }
}
