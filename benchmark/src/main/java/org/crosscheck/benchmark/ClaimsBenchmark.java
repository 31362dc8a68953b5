package org.crosscheck.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.ArticleClaims;
import org.crosscheck.CrossChecker;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ReadResult;

/**
 * Claim extraction (clean, analyse, extract) over a corpus directory: model load time, tokens and
 * claims per second on one thread and on every core, and peak heap; then the whole check (with
 * alignment and judgement) on the first half of the articles and on all of them, and the ratio. Prints figures; asserts
 * nothing, since timings on shared machines are noisy. Run with a capped heap (the exec
 * configuration uses -Xmx512m) to show the pipeline fits in it.
 *
 * <pre>mvn -q install -DskipTests &amp;&amp; mvn -q -pl benchmark exec:exec [-Dcorpus=DIR]</pre>
 */
public final class ClaimsBenchmark {
  private ClaimsBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/ecbplus/text");
    ReadResult read = ArticleReader.withDefaults().read(List.of(corpus));
    List<Article> articles = read.articles();
    if (articles.isEmpty()) {
      System.err.println("benchmark: no articles under " + corpus + ": " + read.problems());
      System.exit(2);
    }
    int cores = Runtime.getRuntime().availableProcessors();

    long t0 = System.nanoTime();
    TransitionDependencyParser parser = TransitionDependencyParser.loadDefault();
    long parserLoaded = System.nanoTime();
    OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.create(parser);
    long analyzerLoaded = System.nanoTime();
    CrossChecker one = CrossChecker.builder().analyzer(analyzer).threads(1).build();
    CrossChecker all = CrossChecker.builder().analyzer(analyzer).threads(cores).build();
    long loaded = System.nanoTime();

    long tokens = countTokens(articles, analyzer);
    resetPeaks();
    all.claims(articles); // warm-up: JIT and the lemma cache
    Run single = time(one, articles);
    Run parallel = time(all, articles);
    long peakHeap = peakHeapBytes();

    System.out.printf(Locale.ROOT, "corpus: %s, %d articles, %d tokens, %d unreadable%n",
        corpus, articles.size(), tokens, read.problems().size());
    System.out.printf(Locale.ROOT, "model load: %.2f s (parser %.2f s, OpenNLP models %.2f s)%n",
        seconds(loaded - t0), seconds(parserLoaded - t0), seconds(analyzerLoaded - parserLoaded));
    report("1 thread", single, tokens);
    report(cores + " threads", parallel, tokens);
    System.out.printf(Locale.ROOT, "speed-up 1 -> %d threads: %.2f%n", cores, single.seconds / parallel.seconds);
    System.out.printf(Locale.ROOT, "peak heap used: %d MB (max heap %d MB)%n",
        peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);

    List<Article> half = articles.subList(0, articles.size() / 2);
    double halfSeconds = timeCheck(all, half);
    double allSeconds = timeCheck(all, articles);
    System.out.printf(Locale.ROOT, "check %d articles: %.2f s; %d articles: %.2f s; ratio %.2f (linear would be %.2f)%n",
        half.size(), halfSeconds, articles.size(), allSeconds, allSeconds / halfSeconds,
        (double) articles.size() / half.size());
  }

  /** Wall time of a whole check (claims, alignment, judgement), the best of two runs. */
  private static double timeCheck(CrossChecker checker, List<Article> articles) {
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      long start = System.nanoTime();
      checker.check(articles);
      best = Math.min(best, seconds(System.nanoTime() - start));
    }
    return best;
  }

  private record Run(double seconds, long claims) {}

  private static Run time(CrossChecker checker, List<Article> articles) {
    long start = System.nanoTime();
    List<ArticleClaims> results = checker.claims(articles);
    double s = seconds(System.nanoTime() - start);
    return new Run(s, results.stream().mapToLong(r -> r.claims().size()).sum());
  }

  private static void report(String label, Run run, long tokens) {
    System.out.printf(Locale.ROOT, "%-10s %.2f s, %,.0f tokens/s, %,.0f claims/s, %d claims%n",
        label + ":", run.seconds, tokens / run.seconds, run.claims / run.seconds, run.claims);
  }

  private static long countTokens(List<Article> articles, OpenNlpAnalyzer analyzer) {
    HeuristicBoilerplateCleaner cleaner = new HeuristicBoilerplateCleaner();
    long n = 0;
    for (Article a : articles) {
      AnalyzedArticle analysed = analyzer.analyze(cleaner.clean(a));
      n += analysed.sentences().stream().mapToLong(Sentence::size).sum();
    }
    return n;
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
  private static long peakHeapBytes() {
    return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
