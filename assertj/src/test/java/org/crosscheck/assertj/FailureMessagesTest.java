package org.crosscheck.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.assertj.CrossCheckAssertions.assertThat;

import java.util.List;
import org.crosscheck.Span;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.judge.Verdict;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.DraftReport;
import org.crosscheck.report.Source;
import org.junit.jupiter.api.Test;

/**
 * The exact layout of every failure message, on a report built by hand so that the expected text
 * does not move when extraction or judging improves.
 */
class FailureMessagesTest {
  private static final String NL = System.lineSeparator();

  private static final Claim WIRE = claim("wire#4", "wire", 10, "The talks were held in Moscow  on 15 March.");
  private static final Claim DRAFT = claim("draft#2", "draft", 0, "The talks were held in Ankara on 15 March.");
  private static final Claim DRAFT_AGREEING = claim("draft#3", "draft", 50, "Assad met Putin.");
  private static final Claim AGENCY = claim("agency#1", "agency", 7, "Assad met Putin.");
  private static final Finding PLACE = new Finding(Verdict.CONFLICT, FindingKind.PLACE,
      "where 'hold' happened: Moscow (wire) vs Ankara (draft)", List.of(WIRE, DRAFT));
  private static final Finding MET = new Finding(Verdict.AGREEMENT, FindingKind.CORROBORATION,
      "2 sources state it: Assad met Putin", List.of(AGENCY, DRAFT_AGREEING));
  private static final CrossCheckReport REPORT = new CrossCheckReport(
      List.of(source("agency"), source("draft"), source("wire")),
      List.of(AGENCY, DRAFT, DRAFT_AGREEING, WIRE), List.of(PLACE, MET), List.of());

  private static Claim claim(String id, String source, int begin, String evidence) {
    return new Claim(id, source, ClaimKind.EVENT, evidence, new Phrase("held", Span.of(begin, begin + 4)), "hold",
        List.of(), Polarity.POSITIVE, Modality.ASSERTED, Span.of(begin, begin + evidence.length()), evidence);
  }

  private static Source source(String id) {
    return new Source(id, id + ".txt", "");
  }

  @Test
  void noConflictsListsEachConflictWithQuotesSpansAndExplanation() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoConflicts()).isInstanceOf(AssertionError.class)
        .hasMessage(String.join(NL, "",
            "Expecting report on sources:",
            "  [\"agency\", \"draft\", \"wire\"]",
            "to have no conflicts, but found 1:",
            "  1. PLACE: where 'hold' happened: Moscow (wire) vs Ankara (draft)",
            "       wire#4 [10-53]: \"The talks were held in Moscow on 15 March.\"",
            "       draft#2 [0-42]: \"The talks were held in Ankara on 15 March.\""));
  }

  @Test
  void missingConflictShowsTheConflictsThereAre() {
    assertThatThrownBy(() -> assertThat(REPORT).hasConflict(FindingKind.TIME, "wire", "draft"))
        .hasMessage(String.join(NL, "",
            "Expecting report on sources:",
            "  [\"agency\", \"draft\", \"wire\"]",
            "to have a TIME conflict between \"wire\" and \"draft\", but its conflicts are:",
            "  1. PLACE: where 'hold' happened: Moscow (wire) vs Ankara (draft)",
            "       wire#4 [10-53]: \"The talks were held in Moscow on 15 March.\"",
            "       draft#2 [0-42]: \"The talks were held in Ankara on 15 March.\""));
  }

  @Test
  void missingAgreementSaysWhenThereAreNone() {
    CrossCheckReport onlyConflict = new CrossCheckReport(REPORT.sources(), REPORT.claims(), List.of(PLACE), List.of());
    assertThatThrownBy(() -> assertThat(onlyConflict).hasAgreementBetween("agency", "draft"))
        .hasMessage(String.join(NL, "",
            "Expecting report on sources:",
            "  [\"agency\", \"draft\", \"wire\"]",
            "to have an agreement between \"agency\" and \"draft\", but it has no agreements"));
  }

  @Test
  void unknownSourceFailsInsteadOfPassingQuietly() {
    assertThatThrownBy(() -> assertThat(REPORT).hasConflict(FindingKind.PLACE, "wire", "drfat"))
        .hasMessage(String.join(NL, "",
            "Expecting report on sources:",
            "  [\"agency\", \"draft\", \"wire\"]",
            "to have a source \"drfat\", but it does not"));
  }

  @Test
  void inconsistentDraftListsOnlyConflictsWithTheDraft() {
    DraftReport draft = new DraftReport("draft", List.of("agency", "wire"), REPORT);
    assertThatThrownBy(() -> assertThat(draft).isConsistentWithReferences())
        .hasMessage(String.join(NL, "",
            "Expecting draft:",
            "  \"draft\"",
            "to be consistent with its references:",
            "  [\"agency\", \"wire\"]",
            "but found 1 conflict:",
            "  1. PLACE: where 'hold' happened: Moscow (wire) vs Ankara (draft)",
            "       wire#4 [10-53]: \"The talks were held in Moscow on 15 March.\"",
            "       draft#2 [0-42]: \"The talks were held in Ankara on 15 March.\""));
  }

  @Test
  void undercorroboratedDraftNamesTheReferencesThatDoCorroborate() {
    DraftReport draft = new DraftReport("draft", List.of("agency", "wire"), REPORT);
    assertThat(draft).isCorroboratedByAtLeast(1);
    assertThatThrownBy(() -> assertThat(draft).isCorroboratedByAtLeast(2))
        .hasMessage(String.join(NL, "",
            "Expecting draft:",
            "  \"draft\"",
            "to be corroborated by at least 2 of its references:",
            "  [\"agency\", \"wire\"]",
            "but only 1 states one of its claims:",
            "  [\"agency\"]"));
  }

  @Test
  void findingFailureShowsTheWholeFinding() {
    assertThat(PLACE).isConflict().hasKind(FindingKind.PLACE).isBetween("draft", "wire");
    assertThat(MET).isAgreement().isBetween("agency", "draft");
    assertThatThrownBy(() -> assertThat(PLACE).hasKind(FindingKind.TIME))
        .hasMessage(String.join(NL, "",
            "Expecting finding:",
            "  PLACE: where 'hold' happened: Moscow (wire) vs Ankara (draft)",
            "    wire#4 [10-53]: \"The talks were held in Moscow on 15 March.\"",
            "    draft#2 [0-42]: \"The talks were held in Ankara on 15 March.\"",
            "to be of kind TIME, but it is not"));
    assertThatThrownBy(() -> assertThat(MET).isConflict()).hasMessageContaining("to be a conflict, but it is not");
    assertThatThrownBy(() -> assertThat(MET).isBetween("wire", "draft"))
        .hasMessageContaining("to be between \"wire\" and \"draft\", but it is not");
  }

  @Test
  void descriptionsPrefixTheMessageAsInAssertJ() {
    assertThatThrownBy(() -> assertThat(REPORT).as("editorial gate").hasNoConflicts())
        .hasMessageStartingWith("[editorial gate] " + NL + "Expecting report on sources:");
  }
}
