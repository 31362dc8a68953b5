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

  @Test
  void progressCountsEveryArticleOnceWithoutChangingTheResult() {
    java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    CrossChecker listened = CrossChecker.builder().threads(2).progress((done, total) -> {
      assertThat(total).isEqualTo(5);
      seen.add(done);
      calls.incrementAndGet();
    }).build();

    assertThat(listened.check(seeds)).isEqualTo(CrossChecker.builder().threads(1).build().check(seeds));
    assertThat(calls).hasValue(5);
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }
}
