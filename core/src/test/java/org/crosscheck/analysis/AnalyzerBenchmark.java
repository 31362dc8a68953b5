package org.crosscheck.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.crosscheck.clean.CleanedArticle;

/**
 * Measures {@link OpenNlpAnalyzer}: model load time, tokens per second of {@code analyze()} over
 * the ECB+ corpus on 1 and 2 threads (with a trivial dependency parser), and peak heap. Prints
 * only; never asserts. Run from the repository root after {@code mvn -q -pl core test-compile}:
 *
 * <pre>
 * mvn -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx300m -cp core/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) \
 *   org.crosscheck.analysis.AnalyzerBenchmark ../shared/corpora/ecbplus/text
 * </pre>
 */
public final class AnalyzerBenchmark {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/ecbplus/text");
    List<CleanedArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(TestArticles.cleaned(p.getFileName().toString().replace(".txt", ""),
            TestArticles.read(p)));
      }
    }
    long t0 = System.nanoTime();
    OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.create(TestArticles.FIRST_VERB_PARSER);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long afterLoad = usedHeap();
    System.out.printf("articles: %d, load: %d ms, heap after load: %d MB%n", articles.size(), loadMs,
        afterLoad >> 20);

    long t1 = System.nanoTime();
    long tokens = run(analyzer, articles, 1);
    report("first pass (cold cache, JIT warming), 1 thread", tokens, System.nanoTime() - t1);
    for (int threads : new int[] {1, 2, 1, 2}) {
      long t = System.nanoTime();
      tokens = run(analyzer, articles, threads);
      report(threads + " thread(s)", tokens, System.nanoTime() - t);
    }
    OpenNlpAnalyzer fresh = OpenNlpAnalyzer.create(TestArticles.FIRST_VERB_PARSER);
    long t2 = System.nanoTime();
    tokens = run(fresh, articles, 2);
    report("fresh analyzer (cold lemma cache, warm JIT), 2 threads", tokens, System.nanoTime() - t2);
    System.out.printf("peak heap: %d MB (max %d MB)%n", peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long run(OpenNlpAnalyzer analyzer, List<CleanedArticle> articles, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        int first = k;
        parts.add(pool.submit(() -> {
          long n = 0;
          for (int i = first; i < articles.size(); i += threads) {
            AnalyzedArticle a = analyzer.analyze(articles.get(i));
            for (Sentence s : a.sentences()) {
              n += s.size();
            }
          }
          return n;
        }));
      }
      long total = 0;
      for (Future<Long> f : parts) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  private static void report(String what, long tokens, long nanos) {
    System.out.printf("%s: %d tokens in %.2f s = %,.0f tokens/s%n", what, tokens, nanos / 1e9,
        tokens / (nanos / 1e9));
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
