package org.crosscheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.crosscheck.align.ClaimAligner;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.IndexedClaimAligner;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Concepts;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.align.internal.FactBuilder;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.Judge;
import org.crosscheck.judge.RuleBasedJudge;
import org.crosscheck.normalize.CalendarTimeResolver;
import org.crosscheck.normalize.EntityResolver;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.NumericQuantityResolver;
import org.crosscheck.normalize.QuantityResolver;
import org.crosscheck.normalize.ReferenceDates;
import org.crosscheck.normalize.TimeResolver;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.Source;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.analysis.Analyzer;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.claim.DependencyClaimExtractor;
import org.jspecify.annotations.Nullable;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.claim.ClaimExtractor;
import org.crosscheck.ingest.Article;

/**
 * The entry point: reads articles into claims through the stages clean, analyse and extract.
 * Build one (models load once, which takes about a second) and reuse it:
 *
 * <pre>{@code
 * CrossChecker checker = CrossChecker.create();
 * ArticleClaims result = checker.claims(Article.of("a1", "a1.txt", "Turkey severed ties with Syria in 2011."));
 * result.claims().get(0).predicate().text();   // "severed"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Results are deterministic: the same articles give the same
 * claims, in the same order, whatever the number of threads.
 */
public final class CrossChecker {
  private final Cleaner cleaner;
  private final Analyzer analyzer;
  private final ClaimExtractor extractor;
  private final FactBuilder facts;
  private final ClaimAligner aligner;
  private final Judge judge;
  private final int threads;

  private CrossChecker(Builder b) {
    this.cleaner = b.cleaner != null ? b.cleaner : new HeuristicBoilerplateCleaner();
    this.analyzer = b.analyzer != null ? b.analyzer : OpenNlpAnalyzer.create(TransitionDependencyParser.loadDefault());
    this.extractor = b.extractor != null ? b.extractor : DependencyClaimExtractor.create();
    TimeResolver times = b.times != null ? b.times : new CalendarTimeResolver();
    this.facts = new FactBuilder(
        b.entities != null ? b.entities : LexicalEntityResolver.standard(),
        times,
        b.quantities != null ? b.quantities : new NumericQuantityResolver(),
        Concepts.standard());
    Evidence evidence = new Evidence(Concepts.standard(), times);
    this.aligner = new IndexedClaimAligner(evidence);
    this.judge = new RuleBasedJudge(evidence);
    this.threads = b.threads;
  }

  /** A checker with the default stages and one thread per available processor. */
  public static CrossChecker create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Cross-checks articles: extracts their claims, aligns the claims that state the same fact
   * across sources, and judges each aligned group. Inputs that could not be read can be passed
   * along as {@code problems} so that the report names them. The report lists sources in the
   * order of their ids, so it does not depend on the order the articles were given in.
   */
  public CrossCheckReport check(List<Article> given, List<InputProblem> problems) {
    List<Article> articles = given.stream().sorted(Comparator.comparing(Article::id)).toList();
    List<ArticleClaims> extracted = claims(articles);
    List<ClaimFacts> read = new ArrayList<>();
    for (int i = 0; i < extracted.size(); i++) {
      ArticleClaims a = extracted.get(i);
      read.addAll(facts.facts(i, a, referenceDate(a.article())));
    }
    Map<String, Set<String>> affiliations = facts.affiliations(read);
    List<ClaimFacts> all = read.stream().map(f -> f.withAffiliations(affiliations)).toList();
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup group : aligner.align(all)) {
      findings.addAll(judge.judge(group));
    }
    List<Claim> claims = extracted.stream().flatMap(a -> a.claims().stream()).toList();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      position.put(claims.get(i).id(), i);
    }
    findings.sort(Comparator.comparing((Finding f) -> !f.isConflict())
        .thenComparingInt(f -> position.get(f.claims().get(0).id())));
    List<Source> sources = articles.stream()
        .map(a -> new Source(a.id(), a.origin(), a.title())).toList();
    return new CrossCheckReport(sources, claims, findings, problems);
  }

  /** {@link #check(List, List)} of articles that were all read without problems. */
  public CrossCheckReport check(List<Article> articles) {
    return check(articles, List.of());
  }

  private static Optional<LocalDate> referenceDate(Article article) {
    return ReferenceDates.of(article.published(), article.text());
  }

  /** The claims of one article. */
  public ArticleClaims claims(Article article) {
    Objects.requireNonNull(article, "article");
    return new ArticleClaims(article, extractor.extract(analyzer.analyze(cleaner.clean(article))));
  }

  /** The claims of each article, in the order given, computed on up to {@link Builder#threads} threads. */
  public List<ArticleClaims> claims(List<Article> articles) {
    if (threads <= 1 || articles.size() <= 1) {
      return articles.stream().map(this::claims).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, articles.size()), r -> {
      Thread t = new Thread(r, "crosscheck-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ArticleClaims>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> claims(a)));
      }
      List<ArticleClaims> out = new ArrayList<>(articles.size());
      for (Future<ArticleClaims> f : futures) {
        out.add(f.get());
      }
      return List.copyOf(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting claims", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Configures a {@link CrossChecker}; every stage has a default. */
  public static final class Builder {
    private @Nullable Cleaner cleaner;
    private @Nullable Analyzer analyzer;
    private @Nullable ClaimExtractor extractor;
    private @Nullable EntityResolver entities;
    private @Nullable TimeResolver times;
    private @Nullable QuantityResolver quantities;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    public Builder cleaner(Cleaner value) {
      this.cleaner = Objects.requireNonNull(value, "cleaner");
      return this;
    }

    public Builder analyzer(Analyzer value) {
      this.analyzer = Objects.requireNonNull(value, "analyzer");
      return this;
    }

    public Builder extractor(ClaimExtractor value) {
      this.extractor = Objects.requireNonNull(value, "extractor");
      return this;
    }

    /** How names are resolved to canonical entities; by default WordNet places plus the bundled alias table. */
    public Builder entities(EntityResolver value) {
      this.entities = Objects.requireNonNull(value, "entities");
      return this;
    }

    public Builder times(TimeResolver value) {
      this.times = Objects.requireNonNull(value, "times");
      return this;
    }

    public Builder quantities(QuantityResolver value) {
      this.quantities = Objects.requireNonNull(value, "quantities");
      return this;
    }

    /** How many articles to work on at once; at least 1, by default one per available processor. */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      this.threads = value;
      return this;
    }

    /** Builds the checker, loading the default models for the stages not set (about a second). */
    public CrossChecker build() {
      return new CrossChecker(this);
    }
  }
}
