package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.ingest.Article;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second source that copies a report with one passage changed: the change is reported, and
 * only where the copy is evident (the same sentence, or the same text before a short one).
 */
class EditedCopyTest {
  private static final String LEAD = "A gunman opened fire on a bus stop in the north of the city on Monday morning, "
      + "police said. A woman waiting for the number 12 bus was hit twice in the chest.";
  private static final String TAIL = " Detectives have asked witnesses to come forward.";

  private static CrossChecker checker;

  @BeforeAll
  static void build() {
    checker = CrossChecker.create();
  }

  private static List<Finding> conflicts(String first, String second) {
    CrossCheckReport report = checker.check(List.of(Article.of("first", "first", first),
        Article.of("second", "second", second)));
    return report.conflicts();
  }

  /** The conflicts of one kind whose claim of the second source states the given words. */
  private static List<Finding> conflicts(String first, String second, FindingKind kind, String words) {
    int at = second.indexOf(words);
    Span changed = Span.of(at, at + words.length());
    return conflicts(first, second).stream().filter(f -> f.kind() == kind)
        .filter(f -> f.claims().stream().anyMatch(c -> c.source().equals("second") && c.evidence().overlaps(changed)))
        .toList();
  }

  @Test
  void aShortSentenceAfterTheSameTextIsACopy() {
    String survived = LEAD + " She survived the attack." + TAIL;
    String died = LEAD + " She did not survive the attack." + TAIL;
    assertThat(conflicts(survived, died, FindingKind.POLARITY, "did not survive")).hasSize(1);

    // after other text, "she" may be someone else: two women, two attacks
    String other = "A second woman was stabbed outside a nightclub in the south of the city late on Friday, "
        + "hours after the shooting." + " She did not survive the attack." + TAIL;
    assertThat(conflicts(survived, other, FindingKind.POLARITY, "did not survive")).isEmpty();
  }

  @Test
  void aNotDeniesAPlanOrAnAbilityButNotAPossibility() {
    String will = LEAD + " The city will close the bus stop for the rest of the week while officers search it." + TAIL;
    String willNot = LEAD + " The city will not close the bus stop for the rest of the week while officers search it."
        + TAIL;
    assertThat(conflicts(will, willNot, FindingKind.POLARITY, "will not close")).hasSize(1);

    String can = LEAD + " Doctors said she can leave the hospital at the end of the week." + TAIL;
    String cannot = LEAD + " Doctors said she can not leave the hospital at the end of the week." + TAIL;
    assertThat(conflicts(can, cannot, FindingKind.POLARITY, "can not leave")).hasSize(1);

    // "may" and "may not" both leave it possible
    String may = LEAD + " Doctors said she may leave the hospital at the end of the week." + TAIL;
    String mayNot = LEAD + " Doctors said she may not leave the hospital at the end of the week." + TAIL;
    assertThat(conflicts(may, mayNot, FindingKind.POLARITY, "may not leave")).isEmpty();
  }

  @Test
  void aClauseThatAsksWhetherStatesNothing() {
    String asks = LEAD + " The question now is whether the city will close the bus stop for the rest of the week." + TAIL;
    String states = LEAD + " The city will not close the bus stop for the rest of the week, the mayor said." + TAIL;
    assertThat(conflicts(asks, states, FindingKind.POLARITY, "will not close")).isEmpty();
  }

  @Test
  void aBareReportMeetsItsEditedCopyOnly() {
    String two = LEAD + " \"We will find him,\" the two detectives said in a statement on Monday evening." + TAIL;
    String five = LEAD + " \"We will find him,\" the five detectives said in a statement on Monday evening." + TAIL;
    // the report, and what it reports (whose speakers' number is part of its copied sentence)
    assertThat(conflicts(two, five, FindingKind.NUMBER, "five detectives")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.explanation()).contains("2 detective").contains("5 detective"));
    // the same "police said" in two reports states nothing to agree on
    CrossCheckReport same = checker.check(List.of(Article.of("first", "first", two), Article.of("second", "second", two)));
    assertThat(same.agreements()).noneMatch(f -> f.explanation().endsWith("police said"));
  }

  @Test
  void aCopyWithAnotherNameNamesAnotherPartyWhateverTheParse() {
    String congress = LEAD + " Democratic leaders in Congress applauded the decision to reverse the rule on Monday." + TAIL;
    String nebraska = LEAD + " Democratic leaders in Nebraska applauded the decision to reverse the rule on Monday." + TAIL;
    assertThat(conflicts(congress, nebraska, FindingKind.PARTICIPANTS, "Nebraska")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.explanation()).contains("Congress").contains("Nebraska"));

    // one name spelt two ways shares its other words: not another party
    String advisers = LEAD + " The accountant was listed on the website of Gordon Advisers, a firm in the building." + TAIL;
    String advisors = LEAD + " The accountant was listed on the website of Gordon Advisors, a firm in the building." + TAIL;
    assertThat(conflicts(advisers, advisors, FindingKind.PARTICIPANTS, "Advisors")).isEmpty();
  }
}
