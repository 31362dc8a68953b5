package org.crosscheck.judge;

import java.util.List;
import java.util.Objects;
import org.crosscheck.claim.Claim;

/**
 * A verdict on claims from several sources, with a one-line explanation a person can check
 * against the claims' evidence. An agreement lists every claim of the agreeing group; a conflict
 * lists the claims on both sides.
 */
public record Finding(Verdict verdict, FindingKind kind, String explanation, List<Claim> claims) {
  public Finding {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
    claims = List.copyOf(claims);
    if (claims.size() < 2) {
      throw new IllegalArgumentException("a finding needs at least two claims: " + explanation);
    }
    if ((verdict == Verdict.AGREEMENT) != (kind == FindingKind.CORROBORATION)) {
      throw new IllegalArgumentException("verdict " + verdict + " does not go with kind " + kind);
    }
  }

  public boolean isConflict() {
    return verdict == Verdict.CONFLICT;
  }
}
