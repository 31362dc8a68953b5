package org.crosscheck.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.Source;

/** Failure when an assertion names a source the report does not have (usually a typo in an id). */
public final class ShouldHaveSource extends BasicErrorMessageFactory {

  /**
   * The message for an unknown source id.
   *
   * @param report the report under test
   * @param source the id asked for
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveSource(CrossCheckReport report, String source) {
    return new ShouldHaveSource(report, source);
  }

  private ShouldHaveSource(CrossCheckReport report, String source) {
    super("%nExpecting report on sources:%n  %s%nto have a source %s, but it does not",
        unquotedString(FindingText.ids(report.sources().stream().map(Source::id).toList())), source);
  }
}
