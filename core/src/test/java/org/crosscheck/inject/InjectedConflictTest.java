package org.crosscheck.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.crosscheck.CrossChecker;
import org.crosscheck.Span;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.claim.Claim;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.ingest.Article;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.Test;

/**
 * Injected conflicts: real ECB+ articles, each checked against copies of itself with one fact
 * changed (a participant, a number, a date, a negation, a speaker) and against harmlessly
 * reworded copies (an alias, a date format, paragraphs reordered, no change at all).
 *
 * <p>A change counts as detected when a CONFLICT finding of the expected kind holds a claim of
 * the copy whose evidence overlaps the changed characters, and the original does not give the
 * same conflict against an identical copy of itself; every other conflict is a false one.
 * Prints recall per kind and false conflicts per harmless copy, with the targets (recall 0.9,
 * under 0.05 false conflicts per harmless copy), and asserts floors a little below what the
 * current implementation measured, so that it catches regressions.
 *
 * <p>Sample: the first {@value #DOCS_PER_TOPIC} documents (by file name) of the first
 * {@value #TOPICS} topics (by number) of {@code ${crosscheck.shared}/corpora/ecbplus/text}.
 */
class InjectedConflictTest {
  static final int TOPICS = 10;
  static final int DOCS_PER_TOPIC = 6;
  static final int PER_TYPE = 2;

  static final double RECALL_TARGET = 0.9;
  static final double FALSE_TARGET = 0.05;

  /**
   * Floors: measured on this sample minus 0.05, as regression guards below the targets (measured
   * 2026-11-21 after weekdays and year-less dates were compared as written, speakers only as
   * people, and parties that both sentences name no longer counted as a difference:
   * participants 0.71, number 0.71, time 0.75, polarity 0.83, speaker 0.38; harmless 0.007
   * conflicts per copy; then 2026-11-22 after every amount of a claim was read, a sentence
   * copied with one passage changed counted as one fact, and dates written in one frame were
   * compared: number 0.91, time 0.97, with participants 0.81, polarity 0.87, speaker 0.53,
   * harmless 0.007; then after speakers reached every claim of what they report and the same
   * reported words counted as evidence: speaker 0.90, the rest unchanged, harmless 0; all
   * together on main, 2026-11-22, with conflicts only between two statements of one fact and
   * datelines cut off: participants 0.85, number 0.89, time 0.97, polarity 0.87, speaker 0.90,
   * harmless 0; then polarity 0.89 once a "not" denying a verb of intent counted, and
   * participants 0.88 once a name after a description counted as the phrase's head; then
   * later on 2026-11-22, once a short sentence after the same text counted as a copy, a "not" denied a
   * plan or an ability, bare reports met their edited copies, and a copy with one name changed
   * named another party whatever its parse: participants 0.95, number 0.91, time 0.98, polarity
   * 0.94, speaker 0.90, harmless 0; merged with the misreadings mended (titles before names,
   * spaced punctuation) and nominal events: participants 0.95, number 0.91, time 0.98, polarity
   * 0.95, speaker 0.95, harmless 0; floors since then about 0.03 below).
   * Raise them as the library improves.
   */
  static final Map<Mutation.Type, Double> RECALL_FLOOR = new EnumMap<>(Map.of(
      Mutation.Type.PARTICIPANTS, 0.92,
      Mutation.Type.NUMBER, 0.88,
      Mutation.Type.TIME, 0.95,
      Mutation.Type.POLARITY, 0.91,
      Mutation.Type.SPEAKER, 0.92));
  static final double FALSE_CEILING = 0.03;

  record Outcome(String article, Mutation mutation, boolean detected, int falseConflicts, String diagnosis) {}

  @Test
  void injectedConflictsAreReportedAndHarmlessRewordingsAreNot() throws Exception {
    String shared = System.getProperty("crosscheck.shared");
    assumeTrue(shared != null, "system property crosscheck.shared not set");
    Path corpus = Path.of(shared, "corpora", "ecbplus", "text");
    assumeTrue(Files.isDirectory(corpus), "no ECB+ corpus at " + corpus);

    long start = System.nanoTime();
    CachingAnalyzer analyzer = new CachingAnalyzer(OpenNlpAnalyzer.create(TransitionDependencyParser.loadDefault()));
    CrossChecker checker = CrossChecker.builder().analyzer(analyzer).threads(1).build();
    HeuristicBoilerplateCleaner cleaner = new HeuristicBoilerplateCleaner();
    Mutations mutations = new Mutations(PER_TYPE);

    Map<Integer, List<Article>> sample = sample(corpus);
    List<Article> all = sample.values().stream().flatMap(List::stream).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, AnalyzedArticle> analysed = new LinkedHashMap<>();
      Map<String, List<Claim>> claims = new LinkedHashMap<>();
      List<Future<Object[]>> pre = new ArrayList<>();
      for (Article a : all) {
        pre.add(pool.submit(() -> new Object[] {analyzer.analyze(cleaner.clean(a)), checker.claims(a).claims()}));
      }
      for (int i = 0; i < all.size(); i++) {
        Object[] r = pre.get(i).get();
        analysed.put(all.get(i).id(), (AnalyzedArticle) r[0]);
        @SuppressWarnings("unchecked")
        List<Claim> c = (List<Claim>) r[1];
        claims.put(all.get(i).id(), c);
      }

      record Job(Article original, Mutation mutation) {}
      List<Job> jobs = new ArrayList<>();
      for (List<Article> topic : sample.values()) {
        for (Article a : topic) {
          List<AnalyzedArticle> others = topic.stream().filter(o -> o != a).map(o -> analysed.get(o.id())).toList();
          Mutations.Input in = new Mutations.Input(a.id(), a.text(), analysed.get(a.id()), claims.get(a.id()),
              Mutations.names(others));
          mutations.conflicts(in).forEach(m -> jobs.add(new Job(a, m)));
          mutations.harmless(in).forEach(m -> jobs.add(new Job(a, m)));
        }
      }
      // first the identical copies: the conflicts an article gives against itself are no evidence of a change
      Map<String, Set<String>> baseline = new java.util.concurrent.ConcurrentHashMap<>();
      List<Future<?>> identical = new ArrayList<>();
      for (Job j : jobs) {
        if (j.mutation().type() == Mutation.Type.IDENTICAL) {
          identical.add(pool.submit(() -> baseline.put(j.original().id(), selfConflicts(checker, j.original()))));
        }
      }
      for (Future<?> f : identical) {
        f.get();
      }
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Job j : jobs) {
        futures.add(pool.submit(() -> evaluate(checker, j.original(), j.mutation(),
            baseline.getOrDefault(j.original().id(), Set.of()))));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      print(all.size(), outcomes, seconds);
      check(outcomes);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Topic number -> its first documents, both sorted. */
  static Map<Integer, List<Article>> sample(Path corpus) throws IOException {
    List<Integer> topics;
    try (Stream<Path> s = Files.list(corpus)) {
      topics = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d+")).map(Integer::parseInt).sorted().limit(TOPICS).toList();
    }
    Map<Integer, List<Article>> out = new TreeMap<>();
    for (int t : topics) {
      List<Path> docs;
      try (Stream<Path> s = Files.list(corpus.resolve(Integer.toString(t)))) {
        docs = s.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.comparing(Path::toString))
            .limit(DOCS_PER_TOPIC).toList();
      }
      List<Article> articles = new ArrayList<>();
      for (Path p : docs) {
        String id = p.getFileName().toString().replaceFirst("\\.txt$", "");
        articles.add(Article.of(id, p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
      out.put(t, articles);
    }
    return out;
  }

  private static String copyId(Article original, Mutation m) {
    return original.id() + "~" + m.type().name().toLowerCase(Locale.ROOT);
  }

  /** The conflicts an article gives against an identical copy of itself, as {@link #key} strings. */
  static Set<String> selfConflicts(CrossChecker checker, Article original) {
    Mutation same = new Mutation(Mutation.Type.IDENTICAL, original.text(), Span.of(0, 0), Span.of(0, 0), "IDENTICAL");
    String copyId = copyId(original, same);
    CrossCheckReport report = checker.check(List.of(original, Article.of(copyId, original.origin(), original.text())));
    return report.conflicts().stream().map(f -> key(f, copyId)).collect(java.util.stream.Collectors.toSet());
  }

  /** A conflict's kind and explanation with the copy's id neutralised. */
  private static String key(Finding f, String copyId) {
    return f.kind() + " " + f.explanation().replace(copyId, "COPY");
  }

  /**
   * Checks the original against the copy. A conflict the original also gives against an
   * identical copy of itself ({@code baseline}) does not count as detecting the change.
   */
  static Outcome evaluate(CrossChecker checker, Article original, Mutation m, Set<String> baseline) {
    String copyId = copyId(original, m);
    Article copy = Article.of(copyId, original.origin() + " (" + m.description() + ")", m.copy());
    CrossCheckReport report = checker.check(List.of(original, copy));
    List<Finding> conflicts = report.conflicts();
    if (m.type().harmless()) {
      String diagnosis = conflicts.isEmpty() ? "" : conflicts.get(0).kind() + ": " + conflicts.get(0).explanation();
      return new Outcome(original.id(), m, false, conflicts.size(), diagnosis);
    }
    FindingKind expected = m.type().expected().orElseThrow();
    Span changed = m.afterAtLeastOneChar();
    boolean detected = conflicts.stream().anyMatch(f -> f.kind() == expected && touches(f, copyId, changed)
        && !baseline.contains(key(f, copyId)));
    int falseConflicts = conflicts.size() - (detected ? 1 : 0);
    String diagnosis = "";
    if (!detected) {
      // the copy's claims whose own words (predicate or an argument) hold the change
      List<Claim> changedClaims = report.claims().stream()
          .filter(c -> c.source().equals(copyId) && holds(c, changed))
          .sorted(Comparator.comparing((Claim c) -> c.kind() == org.crosscheck.claim.ClaimKind.ROLE)).toList();
      Finding otherKind = conflicts.stream().filter(f -> touches(f, copyId, changed)).findFirst().orElse(null);
      Finding agreement = report.agreements().stream()
          .filter(f -> f.claims().stream().anyMatch(changedClaims::contains)).findFirst().orElse(null);
      if (otherKind != null) {
        diagnosis = "reported as " + otherKind.kind() + ": " + otherKind.explanation();
      } else if (changedClaims.isEmpty()) {
        diagnosis = "no claim of the copy has the change in its predicate or arguments";
      } else if (agreement != null) {
        diagnosis = "aligned, judged agreement: " + describe(agreement, copyId);
      } else {
        diagnosis = "changed claim not aligned with its original: " + changedClaims.get(0);
      }
    }
    return new Outcome(original.id(), m, detected, falseConflicts, diagnosis);
  }

  private static boolean holds(Claim c, Span changed) {
    return c.predicate().span().overlaps(changed)
        || c.arguments().stream().anyMatch(a -> a.phrase().span().overlaps(changed));
  }

  private static String describe(Finding f, String copyId) {
    return f.claims().stream().map(c -> (c.source().equals(copyId) ? "copy: " : "orig: ") + c.text() + " "
        + c.arguments()).collect(java.util.stream.Collectors.joining(" / "));
  }

  private static boolean touches(Finding f, String copyId, Span changed) {
    return f.claims().stream().anyMatch(c -> c.source().equals(copyId) && c.evidence().overlaps(changed));
  }

  static void print(int articles, List<Outcome> outcomes, double seconds) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%nInjected conflicts over %d ECB+ articles (%d topics x %d docs), %d copies, %.1f s%n",
        articles, TOPICS, DOCS_PER_TOPIC, outcomes.size(), seconds));
    sb.append(String.format(Locale.ROOT, "%-13s %6s %9s %7s %7s %16s %15s%n", "kind", "tried", "detected", "recall",
        "target", "other conflicts", "beyond identical"));
    Map<String, Integer> identical = new java.util.HashMap<>();
    outcomes.stream().filter(x -> x.mutation().type() == Mutation.Type.IDENTICAL)
        .forEach(x -> identical.put(x.article(), x.falseConflicts()));
    for (Mutation.Type t : Mutation.Type.values()) {
      if (t.harmless()) {
        continue;
      }
      List<Outcome> o = outcomes.stream().filter(x -> x.mutation().type() == t).toList();
      long hit = o.stream().filter(Outcome::detected).count();
      int other = o.stream().mapToInt(Outcome::falseConflicts).sum();
      int beyond = o.stream().mapToInt(x -> Math.max(0, x.falseConflicts() - identical.getOrDefault(x.article(), 0))).sum();
      sb.append(String.format(Locale.ROOT, "%-13s %6d %9d %7.2f %7.2f %16d %15d%n", t, o.size(), hit,
          o.isEmpty() ? 0.0 : (double) hit / o.size(), RECALL_TARGET, other, beyond));
    }
    sb.append("by sort of edit (kind, what was changed: tried / detected):\n");
    for (Mutation.Type t : Mutation.Type.values()) {
      if (t.harmless()) {
        continue;
      }
      Map<String, int[]> bySort = new TreeMap<>();
      outcomes.stream().filter(x -> x.mutation().type() == t).forEach(x -> {
        int[] c = bySort.computeIfAbsent(x.mutation().description().split(" ")[1], k -> new int[2]);
        c[0]++;
        c[1] += x.detected() ? 1 : 0;
      });
      sb.append("  ").append(t).append(':');
      bySort.forEach((k, c) -> sb.append(' ').append(k).append(' ').append(c[1]).append('/').append(c[0]));
      sb.append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%-13s %6s %9s %8s %7s %15s%n", "harmless", "tried", "conflicts", "per copy",
        "target", "beyond identical"));
    List<Outcome> harmless = outcomes.stream().filter(x -> x.mutation().type().harmless()).toList();
    Map<String, Integer> baseline = new java.util.HashMap<>();
    harmless.stream().filter(x -> x.mutation().type() == Mutation.Type.IDENTICAL)
        .forEach(x -> baseline.put(x.article(), x.falseConflicts()));
    for (Mutation.Type t : Mutation.Type.values()) {
      if (!t.harmless()) {
        continue;
      }
      List<Outcome> o = harmless.stream().filter(x -> x.mutation().type() == t).toList();
      int c = o.stream().mapToInt(Outcome::falseConflicts).sum();
      int beyond = o.stream().mapToInt(x -> Math.max(0, x.falseConflicts() - baseline.getOrDefault(x.article(), 0))).sum();
      sb.append(String.format(Locale.ROOT, "%-13s %6d %9d %8.3f %7s %15d%n", t, o.size(), c,
          o.isEmpty() ? 0.0 : (double) c / o.size(), "", beyond));
    }
    int total = harmless.stream().mapToInt(Outcome::falseConflicts).sum();
    sb.append(String.format(Locale.ROOT, "%-13s %6d %9d %8.3f %7.2f%n", "all harmless", harmless.size(), total,
        harmless.isEmpty() ? 0.0 : (double) total / harmless.size(), FALSE_TARGET));
    sb.append("(\"beyond identical\": conflicts over those the same article gives against an identical copy of itself)\n");
    sb.append("Misses and false conflicts:\n");
    for (Outcome o : outcomes) {
      if (!o.diagnosis().isEmpty()) {
        sb.append("  ").append(o.article()).append(' ').append(o.mutation().description()).append(" | ")
            .append(o.diagnosis()).append('\n');
      }
    }
    System.out.print(sb);
  }

  static void check(List<Outcome> outcomes) {
    for (Mutation.Type t : Mutation.Type.values()) {
      if (t.harmless()) {
        continue;
      }
      List<Outcome> o = outcomes.stream().filter(x -> x.mutation().type() == t).toList();
      assertThat(o).as("copies with a %s change", t).isNotEmpty();
      double recall = (double) o.stream().filter(Outcome::detected).count() / o.size();
      assertThat(recall).as("recall of %s changes", t).isGreaterThanOrEqualTo(RECALL_FLOOR.get(t));
    }
    List<Outcome> harmless = outcomes.stream().filter(x -> x.mutation().type().harmless()).toList();
    double perCopy = (double) harmless.stream().mapToInt(Outcome::falseConflicts).sum() / harmless.size();
    assertThat(perCopy).as("false conflicts per harmless copy").isLessThanOrEqualTo(FALSE_CEILING);
  }
}
