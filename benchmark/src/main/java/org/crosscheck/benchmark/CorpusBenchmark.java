package org.crosscheck.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.CrossChecker;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ReadResult;
import org.crosscheck.report.CrossCheckReport;

/**
 * The whole-corpus benchmark: every figure of issue 7 from one command. In this JVM (heap capped
 * by the exec configuration): model loading, {@code check} over the corpus cold (the first run,
 * JIT still compiling) and warm on one thread and on every core, claims per second, the ratio of
 * the time for all articles to that for the first half, CPU time per stage, peak heap and resident
 * memory. Then, in child processes, the command line as users run it: {@code check} over the
 * corpus (wall time and peak resident memory) and over the seeds (wall time, JVM start included).
 * Prints figures and asserts nothing: timings on a shared machine are noisy, so the load average is
 * printed with them, and the per-stage figures are thread CPU time.
 *
 * <pre>mvn -q install -DskipTests &amp;&amp; mvn -q -pl benchmark exec:exec [-Dcorpus=DIR]</pre>
 *
 * <p>Arguments: the corpus directory, then optionally the repository root (for the command-line
 * runs; skipped when {@code cli/target/crosscheck.jar} is not there).
 */
public final class CorpusBenchmark {
  private CorpusBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/ecbplus/text");
    Path repository = Path.of(args.length > 1 ? args[1] : ".");
    String loadBefore = loadAverage();
    ReadResult read = ArticleReader.withDefaults().read(List.of(corpus));
    List<Article> articles = read.articles().stream().sorted(Comparator.comparing(Article::id)).toList();
    if (articles.isEmpty()) {
      System.err.println("benchmark: no articles under " + corpus + ": " + read.problems());
      System.exit(2);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    HeapPeak heap = new HeapPeak();

    long t0 = System.nanoTime();
    TransitionDependencyParser parser = TransitionDependencyParser.loadDefault();
    long parserLoaded = System.nanoTime();
    OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.create(parser);
    long analyzerLoaded = System.nanoTime();
    CrossChecker one = CrossChecker.builder().analyzer(analyzer).threads(1).build();
    CrossChecker all = CrossChecker.builder().analyzer(analyzer).threads(cores).build();
    long loaded = System.nanoTime();
    System.gc();
    heap.reset();

    Run cold = Run.of(all, articles); // the first run: JIT compiling, memos empty
    long tokens = countTokens(articles, analyzer);
    all.check(articles); // warm-up
    Run single = Run.of(one, articles);
    Run parallel = Run.of(all, articles);
    Run parallelAgain = Run.of(all, articles);
    Run best = parallel.seconds <= parallelAgain.seconds ? parallel : parallelAgain;
    List<Article> half = articles.subList(0, articles.size() / 2);
    Run halfRun = Run.best(all, half, 2);
    Run allRun = Run.best(all, articles, 2);
    StageTimes.Result stages = StageTimes.run(new Pipeline(parser, analyzer), articles);
    long peakResident = ProcessMemory.peakResidentKb(ProcessHandle.current().pid());

    System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s; load average before: %s%n",
        cores, cpuModel(), System.getProperty("java.version"), loadBefore);
    System.out.printf(Locale.ROOT, "corpus: %s, %d articles, %,d tokens, %d unreadable%n",
        corpus, articles.size(), tokens, read.problems().size());
    System.out.printf(Locale.ROOT, "model load: %.2f s (parser %.2f s, OpenNLP models and gazetteer %.2f s, "
            + "lexicons and entity tables %.2f s)%n",
        seconds(loaded - t0), seconds(parserLoaded - t0), seconds(analyzerLoaded - parserLoaded),
        seconds(loaded - analyzerLoaded));
    System.out.println();
    System.out.println("check, end to end (clean, analyse, extract, normalise, align, judge), wall clock:");
    cold.print("first run, " + cores + " threads (JIT compiling)", tokens);
    single.print("warm, 1 thread", tokens);
    best.print("warm, " + cores + " threads", tokens);
    System.out.printf(Locale.ROOT, "  speed-up 1 -> %d threads: %.2f%n", cores, single.seconds / best.seconds);
    System.out.printf(Locale.ROOT, "  %d articles: %.2f s; %d articles: %.2f s; ratio %.2f (linear: %.2f)%n",
        half.size(), halfRun.seconds, articles.size(), allRun.seconds, allRun.seconds / halfRun.seconds,
        (double) articles.size() / half.size());
    System.out.println();
    System.out.println("per stage, 1 thread, thread CPU time (warm):");
    for (Map.Entry<String, Double> e : stages.seconds().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-18s %6.2f s  %,9.0f tokens/s  %5.1f%%%n", e.getKey(), e.getValue(),
          tokens / e.getValue(), 100 * e.getValue() / stages.total());
    }
    System.out.printf(Locale.ROOT, "  %-18s %6.2f s  %,9.0f tokens/s%n", "all stages", stages.total(),
        tokens / stages.total());
    System.out.println();
    System.out.printf(Locale.ROOT, "memory of this JVM (max heap %d MB): heap in use at most %d MB, live after a "
            + "collection at most %d MB, peak resident %d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, heap.peakUsed() >> 20, heap.peakLive() >> 20, peakResident >> 10);

    Path jar = repository.resolve("cli/target/crosscheck.jar");
    if (Files.isRegularFile(jar)) {
      CommandLineRuns.print(repository, jar, corpus, tokens);
    } else {
      System.out.println("command line: skipped, no " + jar + " (mvn install builds it)");
    }
    System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
  }

  /** One timed check: wall seconds and the report's size. */
  private record Run(double seconds, int claims, int findings) {
    static Run of(CrossChecker checker, List<Article> articles) {
      long start = System.nanoTime();
      CrossCheckReport report = checker.check(articles);
      return new Run(CorpusBenchmark.seconds(System.nanoTime() - start), report.claims().size(), report.findings().size());
    }

    static Run best(CrossChecker checker, List<Article> articles, int runs) {
      Run best = of(checker, articles);
      for (int i = 1; i < runs; i++) {
        Run next = of(checker, articles);
        best = next.seconds < best.seconds ? next : best;
      }
      return best;
    }

    void print(String label, long tokens) {
      System.out.printf(Locale.ROOT, "  %-40s %6.2f s  %,8.0f tokens/s  %,7.0f claims/s  (%d claims, %d findings)%n",
          label + ":", seconds, tokens / seconds, claims / seconds, claims, findings);
    }
  }

  private static long countTokens(List<Article> articles, OpenNlpAnalyzer analyzer) {
    HeuristicBoilerplateCleaner cleaner = new HeuristicBoilerplateCleaner();
    long n = 0;
    for (Article a : articles) {
      n += analyzer.analyze(cleaner.clean(a)).sentences().stream().mapToLong(Sentence::size).sum();
    }
    return n;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
