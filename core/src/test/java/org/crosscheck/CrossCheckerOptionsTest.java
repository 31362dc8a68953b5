package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.DraftReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The options users tune on the facade, and the draft view of a report. */
class CrossCheckerOptionsTest {
  private static List<Article> seeds;
  private static CrossChecker checker;

  @BeforeAll
  static void read() {
    seeds = ArticleReader.withDefaults()
        .read(List.of(Path.of(System.getProperty("crosscheck.seeds", "../seeds")))).articles();
    checker = CrossChecker.create();
  }

  private static Article seed(String prefix) {
    return seeds.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void keepDropsFindingsOfOtherKindsButKeepsEveryClaim() {
    CrossCheckReport all = checker.check(seeds);
    CrossCheckReport onlyParticipants = CrossChecker.builder().keep(FindingKind.PARTICIPANTS).build().check(seeds);

    assertThat(onlyParticipants.findings()).isNotEmpty().allMatch(f -> f.kind() == FindingKind.PARTICIPANTS);
    assertThat(onlyParticipants.findings())
        .isEqualTo(all.findings().stream().filter(f -> f.kind() == FindingKind.PARTICIPANTS).toList());
    assertThat(onlyParticipants.claims()).isEqualTo(all.claims());
  }

  @Test
  void tooManyArticlesAreRefused() {
    CrossChecker two = CrossChecker.builder().maxArticles(2).build();
    assertThatThrownBy(() -> two.check(seeds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot check 5 articles at once: the limit is 2 (CrossChecker.Builder.maxArticles)");
  }

  @Test
  void tooLongArticleIsRefusedByName() {
    CrossChecker small = CrossChecker.builder().maxArticleLength(20).build();
    Article longOne = Article.of("long", "long.txt", "Turkey severed ties with Syria in 2011.");
    assertThatThrownBy(() -> small.check(List.of(longOne)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article long (from long.txt) has 39 characters, more than the limit of 20"
            + " (CrossChecker.Builder.maxArticleLength)");
    assertThatThrownBy(() -> small.claims(longOne)).hasMessageContaining("article long (from long.txt)");
  }

  @Test
  void duplicateIdsAreRefused() {
    Article a = Article.of("same", "a.txt", "Turkey severed ties with Syria in 2011.");
    Article b = Article.of("same", "b.txt", "Turkey cut ties with Syria in 2012.");
    assertThatThrownBy(() -> checker.check(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"same\"").hasMessageContaining("b.txt");
  }

  @Test
  void referenceDateStandsInForAMissingPublicationDateOnly() {
    LocalDate day = LocalDate.of(2023, 3, 16);
    CrossChecker withDefault = CrossChecker.builder().referenceDate(day).build();
    List<Article> published = seeds.stream().map(a -> a.withPublished(day)).toList();
    List<Article> publishedEarlier = seeds.stream().map(a -> a.withPublished(LocalDate.of(2020, 1, 1))).toList();

    assertThat(withDefault.check(seeds)).isEqualTo(checker.check(published));
    assertThat(withDefault.check(publishedEarlier)).isEqualTo(checker.check(publishedEarlier));
    // and dates matter on the seeds, so the equalities above are not trivially true
    assertThat(checker.check(publishedEarlier).findings()).isNotEqualTo(checker.check(published).findings());
  }

  @Test
  void draftReportSeesOnlyTheDraftAgainstItsReferences() {
    DraftReport r = checker.check(seed("002"), List.of(seed("001")));

    assertThat(r.draft()).isEqualTo(seed("002").id());
    assertThat(r.references()).containsExactly(seed("001").id());
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.conflicts()).extracting(Finding::kind).contains(FindingKind.PARTICIPANTS);
    assertThat(r.conflicts()).allMatch(f -> f.claims().stream().map(Claim::source).distinct().count() == 2);
    assertThat(r.corroboratingSources()).containsExactly(seed("001").id());
    assertThat(r.draftClaims()).isNotEmpty().allMatch(c -> c.source().equals(r.draft()));
  }

  @Test
  void conflictsAmongReferencesAreNotTheDraftsConcern() {
    // 001 and 002 conflict with each other; 004 conflicts with neither.
    DraftReport r = checker.check(seed("004"), List.of(seed("001"), seed("002")));

    assertThat(r.report().hasConflicts()).isTrue();
    assertThat(r.conflicts()).allMatch(f -> f.claims().stream().anyMatch(c -> c.source().equals(r.draft())));
  }

  @Test
  void draftNeedsReferencesOtherThanItself() {
    assertThatThrownBy(() -> checker.check(seed("001"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least one reference");
    assertThatThrownBy(() -> checker.check(seed("001"), List.of(seed("001"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + seed("001").id() + "\"");
  }
}
