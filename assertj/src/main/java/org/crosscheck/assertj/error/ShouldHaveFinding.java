package org.crosscheck.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.Source;

/**
 * Failure of {@code hasConflict(kind, a, b)} and {@code hasAgreementBetween(a, b)}: says what was
 * expected and lists the findings of that verdict the report does have.
 */
public final class ShouldHaveFinding extends BasicErrorMessageFactory {

  /**
   * The message for a report without a conflict of {@code kind} between two sources.
   *
   * @param report  the report under test
   * @param kind    the conflict kind expected
   * @param sourceA one source id
   * @param sourceB the other source id
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveConflict(CrossCheckReport report, FindingKind kind,
      String sourceA, String sourceB) {
    return new ShouldHaveFinding(report, "a " + kind + " conflict", sourceA, sourceB, report.conflicts(),
        "conflicts");
  }

  /**
   * The message for a report without an agreement between two sources.
   *
   * @param report  the report under test
   * @param sourceA one source id
   * @param sourceB the other source id
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAgreement(CrossCheckReport report, String sourceA,
      String sourceB) {
    return new ShouldHaveFinding(report, "an agreement", sourceA, sourceB, report.agreements(), "agreements");
  }

  private ShouldHaveFinding(CrossCheckReport report, String expected, String a, String b,
      List<Finding> found, String noun) {
    super("%nExpecting report on sources:%n  %s%nto have %s between %s and %s, but %s",
        unquotedString(FindingText.ids(report.sources().stream().map(Source::id).toList())),
        unquotedString(expected), a, b,
        unquotedString(found.isEmpty() ? "it has no " + noun
            : "its " + noun + " are:" + System.lineSeparator() + FindingText.numbered(found)));
  }
}
