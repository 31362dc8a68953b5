package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.Test;

/** The facade leaves articles not in English out of checks, names them, and refuses them alone. */
class LanguageScreeningTest {
  private static final Article WIRE = Article.of("wire", "wire.txt", "Turkey severed ties with Syria in 2011.");
  private static final Article GERMAN = Article.of("de", "de.txt",
      "Nach vier Jahren Bauzeit ist am Samstag in Köln die neue Rheinbrücke für den Verkehr freigegeben"
          + " worden. Die Stadtverwaltung teilte mit, dass die Baukosten deutlich höher ausgefallen seien.");

  private final CrossChecker checker = CrossChecker.builder().threads(1).build();

  @Test
  void checkLeavesTheArticleOutAndNamesItAfterTheGivenProblems() {
    InputProblem unreadable = new InputProblem("bad.txt", "no text");
    CrossCheckReport report = checker.check(List.of(GERMAN, WIRE), List.of(unreadable));

    assertThat(report.sources()).extracting(s -> s.id()).containsExactly("wire");
    assertThat(report.claims()).isNotEmpty().allMatch(c -> c.source().equals("wire"));
    assertThat(report.problems()).hasSize(2).first().isEqualTo(unreadable);
    assertThat(report.problems().get(1).toString()).startsWith("de.txt: unsupported language: German (deu, confidence");
  }

  @Test
  void claimsAndDraftChecksRefuseItByName() {
    assertThatThrownBy(() -> checker.claims(GERMAN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("article de (from de.txt): unsupported language: German")
        .hasMessageEndingWith("(CrossChecker.Builder.checkLanguage)");
    assertThatThrownBy(() -> checker.check(WIRE, List.of(GERMAN))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article de (from de.txt)");
  }

  @Test
  void screeningCanBeTurnedOffForAnotherLanguagesAnalyzer() {
    CrossChecker any = CrossChecker.builder().threads(1).checkLanguage(false).build();
    assertThat(any.screen(List.of(GERMAN, WIRE)).problems()).isEmpty();
    assertThat(any.check(List.of(GERMAN, WIRE)).sources()).hasSize(2);
    assertThat(checker.screen(List.of(GERMAN, WIRE)).articles()).containsExactly(WIRE);
  }
}
