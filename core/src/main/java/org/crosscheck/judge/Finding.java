package org.crosscheck.judge;

import java.util.List;
import java.util.Objects;
import org.crosscheck.claim.Claim;

/**
 * A verdict on claims from several sources, with a one-line explanation a person can check
 * against the claims' evidence. An agreement lists every claim of the agreeing group; a conflict
 * lists the claims on both sides.
 *
 * @param verdict     whether the claims agree or conflict
 * @param kind        CORROBORATION for an agreement; for a conflict, what differs
 * @param explanation one line saying what agrees or differs
 * @param claims      the claims the finding is about, at least two
 */
public record Finding(Verdict verdict, FindingKind kind, String explanation, List<Claim> claims) {
  /**
   * Copies the claims and checks the parts.
   *
   * @param verdict     whether the claims agree or conflict
   * @param kind        CORROBORATION for an agreement; for a conflict, what differs
   * @param explanation one line saying what agrees or differs
   * @param claims      the claims the finding is about
   * @throws IllegalArgumentException if there are fewer than two claims, or {@code kind} is
   *     CORROBORATION for a conflict or anything else for an agreement
   */
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

  /**
   * Whether this finding is a conflict.
   *
   * @return true if the verdict is CONFLICT
   */
  public boolean isConflict() {
    return verdict == Verdict.CONFLICT;
  }
}
