package org.crosscheck.assertj;

import static org.crosscheck.assertj.error.ShouldBeConsistent.shouldBeConsistent;
import static org.crosscheck.assertj.error.ShouldBeCorroborated.shouldBeCorroborated;

import org.assertj.core.api.AbstractAssert;
import org.crosscheck.report.DraftReport;

/**
 * Assertions on a draft checked against its references ({@code CrossChecker.check(draft,
 * references)}), the editorial gate:
 *
 * <pre>{@code
 * assertThat(checker.check(draft, List.of(wire, agency)))
 *     .isConsistentWithReferences()      // no reference contradicts a draft claim
 *     .isCorroboratedByAtLeast(1);       // and at least one states one of its claims
 * }</pre>
 */
public final class DraftReportAssert extends AbstractAssert<DraftReportAssert, DraftReport> {

  DraftReportAssert(DraftReport actual) {
    super(actual, DraftReportAssert.class);
  }

  /**
   * Verifies that no claim of a reference conflicts with a claim of the draft (conflicts among the
   * references alone do not count). The failure lists each conflict with both quotes.
   *
   * @return this
   */
  public DraftReportAssert isConsistentWithReferences() {
    isNotNull();
    if (!actual.isConsistent()) {
      throwAssertionError(shouldBeConsistent(actual));
    }
    return this;
  }

  /**
   * Verifies that at least {@code n} references each state at least one of the draft's claims
   * (share an agreement with it).
   *
   * @param n how many references must corroborate the draft; at least 1
   * @return this
   */
  public DraftReportAssert isCorroboratedByAtLeast(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    isNotNull();
    if (actual.corroboratingSources().size() < n) {
      throwAssertionError(shouldBeCorroborated(actual, n));
    }
    return this;
  }
}
