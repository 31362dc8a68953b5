package org.crosscheck.assertj;

import org.crosscheck.judge.Finding;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.DraftReport;

/**
 * The entry point for AssertJ assertions on crosscheck results. Import statically next to (or
 * instead of) AssertJ's own {@code Assertions}:
 *
 * <pre>{@code
 * import static org.crosscheck.assertj.CrossCheckAssertions.assertThat;
 *
 * assertThat(checker.check(articles)).hasNoConflicts();
 * assertThat(checker.check(draft, references)).isConsistentWithReferences().isCorroboratedByAtLeast(2);
 * }</pre>
 */
public final class CrossCheckAssertions {
  private CrossCheckAssertions() {}

  /**
   * Assertions on a report over several articles.
   *
   * @param actual the report under test
   * @return its assertions
   */
  public static ReportAssert assertThat(CrossCheckReport actual) {
    return new ReportAssert(actual);
  }

  /**
   * Assertions on a draft checked against its references.
   *
   * @param actual the draft report under test
   * @return its assertions
   */
  public static DraftReportAssert assertThat(DraftReport actual) {
    return new DraftReportAssert(actual);
  }

  /**
   * Assertions on one finding.
   *
   * @param actual the finding under test
   * @return its assertions
   */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }
}
