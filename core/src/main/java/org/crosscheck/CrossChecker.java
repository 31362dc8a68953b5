package org.crosscheck;

import java.util.ArrayList;
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
  private final int threads;

  private CrossChecker(Cleaner cleaner, Analyzer analyzer, ClaimExtractor extractor, int threads) {
    this.cleaner = cleaner;
    this.analyzer = analyzer;
    this.extractor = extractor;
    this.threads = threads;
  }

  /** A checker with the default stages and one thread per available processor. */
  public static CrossChecker create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
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
      return new CrossChecker(
          cleaner != null ? cleaner : new HeuristicBoilerplateCleaner(),
          analyzer != null ? analyzer : OpenNlpAnalyzer.create(TransitionDependencyParser.loadDefault()),
          extractor != null ? extractor : DependencyClaimExtractor.create(),
          threads);
    }
  }
}
