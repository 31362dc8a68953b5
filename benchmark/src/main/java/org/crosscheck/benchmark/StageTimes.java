package org.crosscheck.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.ArticleClaims;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.clean.CleanedArticle;
import org.crosscheck.ingest.Article;
import org.crosscheck.judge.Finding;

/**
 * Runs the stages of {@code CrossChecker.check} one after the other over a whole corpus on the
 * calling thread, timing each by that thread's CPU time, so the figures hold however busy the
 * machine is. The parser's share of analysis is measured by parsing the analysed sentences again.
 */
final class StageTimes {
  static final String PARSE = "  of which parse";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StageTimes() {}

  /** CPU seconds per stage, in pipeline order, and how many claims and findings the run gave. */
  record Result(Map<String, Double> seconds, int claims, int findings) {
    /** All stages' CPU seconds, parsing counted once (as part of analysis). */
    double total() {
      return seconds.values().stream().mapToDouble(Double::doubleValue).sum() - seconds.getOrDefault(PARSE, 0.0);
    }
  }

  /** Times each stage over the articles, which must be sorted by id as check sorts them. */
  static Result run(Pipeline pipeline, List<Article> sorted) {
    Map<String, Double> out = new LinkedHashMap<>();
    List<CleanedArticle> cleaned = time(out, "clean", () -> pipeline.clean(sorted));
    List<AnalyzedArticle> analysed = time(out, "analyse", () -> pipeline.analyse(cleaned));
    time(out, PARSE, () -> pipeline.parse(analysed));
    List<ArticleClaims> claims = time(out, "extract", () -> pipeline.extract(analysed));
    List<ClaimFacts> facts = time(out, "normalise", () -> pipeline.normalise(claims));
    List<ClaimGroup> groups = time(out, "align", () -> pipeline.align(facts));
    List<Finding> findings = time(out, "judge", () -> pipeline.judge(groups));
    return new Result(out, facts.size(), findings.size());
  }

  private static <T> T time(Map<String, Double> out, String stage, Supplier<T> work) {
    long start = THREADS.getCurrentThreadCpuTime();
    T result = work.get();
    out.put(stage, (THREADS.getCurrentThreadCpuTime() - start) / 1e9);
    return result;
  }
}
