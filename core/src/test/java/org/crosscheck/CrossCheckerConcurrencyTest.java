package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.Test;

/** One checker shared by several threads gives each of them the report one thread gets alone. */
class CrossCheckerConcurrencyTest {
  private static final int THREADS = 4;

  @Test
  void sharedCheckerGivesEveryThreadTheSingleThreadedReports() throws Exception {
    List<Article> seeds = ArticleReader.withDefaults()
        .read(List.of(Path.of(System.getProperty("crosscheck.seeds", "../seeds")))).articles();
    List<List<Article>> sets = List.of(seeds, seeds.subList(0, 3), seeds.subList(1, 3), seeds.subList(2, 5));
    CrossChecker checker = CrossChecker.builder().threads(2).build();
    List<CrossCheckReport> expected = new ArrayList<>();
    for (List<Article> set : sets) {
      expected.add(checker.check(set));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<CrossCheckReport>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<CrossCheckReport>> task = () -> {
          start.await();
          // each thread walks the sets from a different place, so different checks overlap
          CrossCheckReport[] got = new CrossCheckReport[sets.size()];
          for (int i = 0; i < sets.size(); i++) {
            int k = (i + offset) % sets.size();
            got[k] = checker.check(sets.get(k));
          }
          return List.of(got);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<CrossCheckReport>> f : futures) {
        assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(0).findings()).isNotEmpty();
  }
}
