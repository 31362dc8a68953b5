package org.crosscheck.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.judge.Finding;

/** Failure of an assertion on one finding: shows the whole finding with its quotes and spans. */
public final class ShouldBeFinding extends BasicErrorMessageFactory {

  /**
   * The message for a finding that is not what was expected.
   *
   * @param finding  the finding under test
   * @param expected what it should be, e.g. {@code "a conflict"} or {@code "of kind TIME"}
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBe(Finding finding, String expected) {
    return new ShouldBeFinding(finding, expected);
  }

  private ShouldBeFinding(Finding finding, String expected) {
    super("%nExpecting finding:%n  %s%nto be %s, but it is not",
        unquotedString(FindingText.block(finding, "    ")), unquotedString(expected));
  }
}
