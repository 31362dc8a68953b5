package org.crosscheck.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.report.DraftReport;

/** Failure of {@code isConsistentWithReferences()}: lists the conflicts between draft and references. */
public final class ShouldBeConsistent extends BasicErrorMessageFactory {

  /**
   * The message for a draft that a reference contradicts.
   *
   * @param draft the draft report under test, with at least one conflict
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeConsistent(DraftReport draft) {
    return new ShouldBeConsistent(draft);
  }

  private ShouldBeConsistent(DraftReport draft) {
    super("%nExpecting draft:%n  %s%nto be consistent with its references:%n  %s%nbut found %s:%n%s",
        draft.draft(), unquotedString(FindingText.ids(draft.references())),
        unquotedString(FindingText.plural(draft.conflicts().size(), "conflict")),
        unquotedString(FindingText.numbered(draft.conflicts())));
  }
}
