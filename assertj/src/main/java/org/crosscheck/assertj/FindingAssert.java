package org.crosscheck.assertj;

import static org.crosscheck.assertj.error.ShouldBeFinding.shouldBe;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;

/**
 * Assertions on one {@link Finding}; failures show the finding with its explanation and every
 * claim's quote, source and span.
 *
 * <pre>{@code
 * assertThat(report.conflicts().get(0))
 *     .isConflict().hasKind(FindingKind.PARTICIPANTS).isBetween("001_d1354a31a5cb210c", "002_5f513137f881b6c7");
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /**
   * Verifies that the finding is a conflict.
   *
   * @return this
   */
  public FindingAssert isConflict() {
    isNotNull();
    if (!actual.isConflict()) {
      throwAssertionError(shouldBe(actual, "a conflict"));
    }
    return this;
  }

  /**
   * Verifies that the finding is an agreement.
   *
   * @return this
   */
  public FindingAssert isAgreement() {
    isNotNull();
    if (actual.isConflict()) {
      throwAssertionError(shouldBe(actual, "an agreement"));
    }
    return this;
  }

  /**
   * Verifies the finding's kind.
   *
   * @param kind the kind expected
   * @return this
   */
  public FindingAssert hasKind(FindingKind kind) {
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    if (actual.kind() != kind) {
      throwAssertionError(shouldBe(actual, "of kind " + kind));
    }
    return this;
  }

  /**
   * Verifies that the finding holds a claim from each of the two sources.
   *
   * @param sourceA one source id
   * @param sourceB the other source id (the order does not matter)
   * @return this
   */
  public FindingAssert isBetween(String sourceA, String sourceB) {
    Objects.requireNonNull(sourceA, "sourceA");
    Objects.requireNonNull(sourceB, "sourceB");
    isNotNull();
    if (!Sources.involve(actual, sourceA, sourceB)) {
      throwAssertionError(shouldBe(actual, "between \"" + sourceA + "\" and \"" + sourceB + "\""));
    }
    return this;
  }
}
