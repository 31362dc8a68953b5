package org.example.editorial;

import static org.crosscheck.assertj.CrossCheckAssertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate: a draft goes out only when none of its references contradicts it and at least one
 * states something it says. Which drafts and references: the {@code desk} property
 * ({@code -Ddesk=002:001} checks draft 002 against reference 001).
 */
class EditorialGateTest {

  static Stream<Desk.Check> desk() {
    return Desk.checks(System.getProperty("desk", "003:001,004"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("desk")
  void draftAgreesWithItsReferences(Desk.Check check) {
    assertThat(Desk.CHECKER.check(check.draft(), check.references()))
        .isConsistentWithReferences()
        .isCorroboratedByAtLeast(1);
  }
}
