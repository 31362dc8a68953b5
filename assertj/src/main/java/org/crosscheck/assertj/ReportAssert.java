package org.crosscheck.assertj;

import static org.crosscheck.assertj.error.ShouldHaveFinding.shouldHaveAgreement;
import static org.crosscheck.assertj.error.ShouldHaveFinding.shouldHaveConflict;
import static org.crosscheck.assertj.error.ShouldHaveNoConflicts.shouldHaveNoConflicts;
import static org.crosscheck.assertj.error.ShouldHaveSource.shouldHaveSource;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.report.CrossCheckReport;

/**
 * Assertions on a {@link CrossCheckReport}. Sources are named by their ids, as in the report
 * ({@code "001_d1354a31a5cb210c"} for {@code seeds/001_d1354a31a5cb210c.txt}); naming a source the
 * report does not have fails, so a typo cannot make an assertion pass.
 *
 * <pre>{@code
 * assertThat(report).hasConflict(FindingKind.PARTICIPANTS, "001_d1354a31a5cb210c", "002_5f513137f881b6c7");
 * assertThat(report).hasAgreementBetween("003_8ea2241a76c2b476", "004_dc0b2b5892a8a62d");
 * }</pre>
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, CrossCheckReport> {

  ReportAssert(CrossCheckReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that no two sources conflict; the failure lists every conflict with its quotes.
   *
   * @return this
   */
  public ReportAssert hasNoConflicts() {
    isNotNull();
    if (actual.hasConflicts()) {
      throwAssertionError(shouldHaveNoConflicts(actual));
    }
    return this;
  }

  /**
   * Verifies that a conflict of this kind has a claim from each of the two sources.
   *
   * @param kind    the conflict kind, e.g. {@link FindingKind#PARTICIPANTS}
   * @param sourceA one source id
   * @param sourceB the other source id (the order does not matter)
   * @return this
   */
  public ReportAssert hasConflict(FindingKind kind, String sourceA, String sourceB) {
    Objects.requireNonNull(kind, "kind");
    hasSources(sourceA, sourceB);
    if (actual.conflicts().stream().noneMatch(f -> f.kind() == kind && Sources.involve(f, sourceA, sourceB))) {
      throwAssertionError(shouldHaveConflict(actual, kind, sourceA, sourceB));
    }
    return this;
  }

  /**
   * Verifies that an agreement has a claim from each of the two sources.
   *
   * @param sourceA one source id
   * @param sourceB the other source id (the order does not matter)
   * @return this
   */
  public ReportAssert hasAgreementBetween(String sourceA, String sourceB) {
    hasSources(sourceA, sourceB);
    if (actual.agreements().stream().noneMatch(f -> Sources.involve(f, sourceA, sourceB))) {
      throwAssertionError(shouldHaveAgreement(actual, sourceA, sourceB));
    }
    return this;
  }

  private void hasSources(String... ids) {
    isNotNull();
    for (String id : ids) {
      Objects.requireNonNull(id, "source id");
      if (actual.sources().stream().noneMatch(s -> s.id().equals(id))) {
        throwAssertionError(shouldHaveSource(actual, id));
      }
    }
  }
}
