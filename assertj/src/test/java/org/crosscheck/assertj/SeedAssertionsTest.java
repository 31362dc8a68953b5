package org.crosscheck.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.assertj.CrossCheckAssertions.assertThat;
import static org.crosscheck.assertj.Seeds.CHECKER;
import static org.crosscheck.assertj.Seeds.seed;

import java.util.List;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.Test;

/** The assertions on the real seed articles: what passes, and what a failure tells the reader. */
class SeedAssertionsTest {
  private static final String S001 = seed("001").id();
  private static final String S002 = seed("002").id();
  private static final String S003 = seed("003").id();
  private static final String S004 = seed("004").id();

  @Test
  void seedsHaveTheParticipantsConflictOnRestoringTies() {
    CrossCheckReport report = CHECKER.check(List.of(seed("001"), seed("002")));
    assertThat(report).hasConflict(FindingKind.PARTICIPANTS, S002, S001).hasAgreementBetween(S001, S002);
    assertThatThrownBy(() -> assertThat(report).hasNoConflicts())
        .hasMessageContaining("to have no conflicts, but found")
        .hasMessageContaining("PARTICIPANTS: ")
        .hasMessageContaining(S001 + "#").hasMessageContaining(S002 + "#")
        .hasMessageContaining("\"Though it did not provide details on the talks, one potential point of discussion"
            + " could be the restoration of ties between Damascus and Ankara.\"")
        .hasMessageContaining("\"Although details of their talks were not disclosed, one likely topic was the"
            + " restoration of diplomatic relations between Russia and Turkey.\"");
  }

  @Test
  void draft002ContradictsReference001() {
    assertThatThrownBy(() -> assertThat(CHECKER.check(seed("002"), List.of(seed("001")))).isConsistentWithReferences())
        .hasMessageStartingWith(String.format("%nExpecting draft:%n  \"%s\"%nto be consistent with its references:%n"
            + "  [\"%s\"]%nbut found ", S002, S001))
        .hasMessageContaining("Russia and Turkey").hasMessageContaining("Damascus and Ankara");
  }

  @Test
  void draftThatAgreesWithItsReferencesPasses() {
    assertThat(CHECKER.check(seed("003"), List.of(seed("001"), seed("004"))))
        .isConsistentWithReferences()
        .isCorroboratedByAtLeast(2);
    assertThat(CHECKER.check(List.of(seed("003"), seed("004")))).hasNoConflicts().hasAgreementBetween(S003, S004);
  }
}
