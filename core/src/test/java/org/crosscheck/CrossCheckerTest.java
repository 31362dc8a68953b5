package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facade's promises: the same articles give the same report, whatever the order or threads. */
class CrossCheckerTest {
  private static List<Article> seeds;

  @BeforeAll
  static void read() {
    seeds = ArticleReader.withDefaults()
        .read(List.of(Path.of(System.getProperty("crosscheck.seeds", "../seeds")))).articles();
    assertThat(seeds).hasSize(5);
  }

  @Test
  void reportDoesNotDependOnInputOrderOrThreads() {
    CrossCheckReport oneThread = CrossChecker.builder().threads(1).build().check(seeds);
    List<Article> reversed = new ArrayList<>(seeds);
    Collections.reverse(reversed);
    CrossCheckReport twoThreadsReversed = CrossChecker.builder().threads(2).build().check(reversed);

    assertThat(twoThreadsReversed).isEqualTo(oneThread);
    assertThat(oneThread.findings()).isNotEmpty();
  }

  @Test
  void everyClaimIsReportedAndUnverifiedOnesAreThoseInNoFinding() {
    CrossCheckReport report = CrossChecker.create().check(seeds);
    int extracted = CrossChecker.create().claims(seeds).stream().mapToInt(a -> a.claims().size()).sum();
    assertThat(report.claims()).hasSize(extracted);
    assertThat(report.unverified()).isNotEmpty()
        .noneMatch(c -> report.findings().stream().anyMatch(f -> f.claims().contains(c)));
  }
}
