package org.crosscheck.assertj;

import org.crosscheck.claim.Claim;
import org.crosscheck.judge.Finding;

/** Which sources a finding's claims come from. */
final class Sources {
  private Sources() {}

  /** Whether the finding holds a claim from each of the two sources. */
  static boolean involve(Finding f, String a, String b) {
    return f.claims().stream().map(Claim::source).anyMatch(a::equals)
        && f.claims().stream().map(Claim::source).anyMatch(b::equals);
  }
}
