package org.crosscheck.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.Source;

/** Failure of {@code hasNoConflicts()}: lists every conflict with its quotes, spans and explanation. */
public final class ShouldHaveNoConflicts extends BasicErrorMessageFactory {

  /**
   * The message for a report that has conflicts.
   *
   * @param report the report under test, with at least one conflict
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoConflicts(CrossCheckReport report) {
    return new ShouldHaveNoConflicts(report);
  }

  private ShouldHaveNoConflicts(CrossCheckReport report) {
    super("%nExpecting report on sources:%n  %s%nto have no conflicts, but found %s:%n%s",
        unquotedString(FindingText.ids(report.sources().stream().map(Source::id).toList())),
        unquotedString(String.valueOf(report.conflicts().size())),
        unquotedString(FindingText.numbered(report.conflicts())));
  }
}
