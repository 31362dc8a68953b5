package org.crosscheck.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.report.DraftReport;

/** Failure of {@code isCorroboratedByAtLeast(n)}: names the references that do corroborate the draft. */
public final class ShouldBeCorroborated extends BasicErrorMessageFactory {

  /**
   * The message for a draft corroborated by fewer than {@code atLeast} references.
   *
   * @param draft   the draft report under test
   * @param atLeast how many references were expected to state one of its claims
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeCorroborated(DraftReport draft, int atLeast) {
    return new ShouldBeCorroborated(draft, atLeast);
  }

  private ShouldBeCorroborated(DraftReport draft, int atLeast) {
    super("%nExpecting draft:%n  %s%nto be corroborated by at least %s of its references:%n  %s%n"
            + "but %s of its claims:%n  %s",
        draft.draft(), unquotedString(String.valueOf(atLeast)), unquotedString(FindingText.ids(draft.references())),
        unquotedString(draft.corroboratingSources().size() == 1 ? "only 1 states one"
            : "only " + draft.corroboratingSources().size() + " state one"),
        unquotedString(FindingText.ids(draft.corroboratingSources())));
  }
}
