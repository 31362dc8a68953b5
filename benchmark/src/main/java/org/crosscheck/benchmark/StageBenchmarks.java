package org.crosscheck.benchmark;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.crosscheck.ArticleClaims;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.clean.CleanedArticle;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.judge.Finding;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot stages, each over a sample of the corpus (every {@code every}-th
 * article by id) prepared up to that stage: analysis (sentences, tokens, tags, lemmas, parse,
 * mentions), the parser alone on the analysed sentences, claim extraction, and normalisation with
 * alignment and judgement. Each reports tokens per second (claims per second for the last) next
 * to JMH's passes per second.
 *
 * <pre>mvn -q install -DskipTests &amp;&amp; mvn -q -pl benchmark exec:exec@jmh</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class StageBenchmarks {
  /** The corpus directory. */
  @Param("../shared/corpora/ecbplus/text")
  public String corpus;

  /** Which articles: every n-th by id (10: 98 of ECB+'s 982, about 37,000 tokens). */
  @Param("10")
  public int every;

  private Pipeline pipeline;
  private List<CleanedArticle> cleaned;
  private List<AnalyzedArticle> analysed;
  private List<ArticleClaims> claims;
  private long tokens;

  /** Tokens handled, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    /** Tokens handled so far. */
    public long tokens;
  }

  /** Claims handled, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Claims {
    /** Claims handled so far. */
    public long claims;
  }

  /** Loads the models and prepares the sample up to each stage's input. */
  @Setup(Level.Trial)
  public void prepare() {
    List<Article> all = ArticleReader.withDefaults().read(List.of(Path.of(corpus))).articles().stream()
        .sorted(Comparator.comparing(Article::id)).toList();
    List<Article> sample = IntStream.range(0, all.size()).filter(i -> i % every == 0).mapToObj(all::get).toList();
    if (sample.isEmpty()) {
      throw new IllegalStateException("no articles under " + corpus);
    }
    pipeline = Pipeline.load();
    cleaned = pipeline.clean(sample);
    analysed = pipeline.analyse(cleaned);
    claims = pipeline.extract(analysed);
    tokens = Pipeline.tokens(analysed);
  }

  /** Analysis: sentences, tokens, tags, lemmas, parse and mentions. */
  @Benchmark
  public List<AnalyzedArticle> analyse(Tokens counter) {
    counter.tokens += tokens;
    return pipeline.analyse(cleaned);
  }

  /** The dependency parser alone (with its tag refinement) on the analysed sentences. */
  @Benchmark
  public int parse(Tokens counter) {
    counter.tokens += tokens;
    return pipeline.parse(analysed);
  }

  /** Claim extraction from analysed articles. */
  @Benchmark
  public List<ArticleClaims> extract(Tokens counter) {
    counter.tokens += tokens;
    return pipeline.extract(analysed);
  }

  /** Normalisation, alignment and judgement of the sample's claims. */
  @Benchmark
  public List<Finding> normaliseAlignJudge(Claims counter) {
    List<ClaimFacts> facts = pipeline.normalise(claims);
    counter.claims += facts.size();
    List<ClaimGroup> groups = pipeline.align(facts);
    return pipeline.judge(groups);
  }
}
