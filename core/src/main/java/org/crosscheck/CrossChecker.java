package org.crosscheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
import org.crosscheck.internal.Workers;
import org.crosscheck.ingest.LanguageCheck;
import org.crosscheck.ingest.ReadResult;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
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
import org.crosscheck.report.DraftReport;
import org.crosscheck.report.Source;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.crosscheck.analysis.Analyzer;
import org.crosscheck.analysis.DependencyParser;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.claim.DependencyClaimExtractor;
import org.jspecify.annotations.Nullable;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.claim.ClaimExtractor;
import org.crosscheck.ingest.Article;

/**
 * The entry point: cross-checks articles claim by claim. Build one (models load once, which takes
 * about a second) and reuse it for any number of checks, from any number of threads:
 *
 * <pre>{@code
 * CrossChecker checker = CrossChecker.builder()
 *     .referenceDate(LocalDate.of(2023, 3, 16))        // for articles without a publication date
 *     .keep(FindingKind.PARTICIPANTS, FindingKind.TIME) // only these findings in reports
 *     .build();
 * CrossCheckReport report = checker.check(articles);
 * DraftReport draft = checker.check(myDraft, references);
 * draft.conflicts();                                     // the draft against its references only
 * ArticleClaims result = checker.claims(Article.of("a1", "a1.txt", "Turkey severed ties with Syria in 2011."));
 * result.claims().get(0).predicate().text();   // "severed"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Results are deterministic: the same articles give the same
 * claims and reports, in the same order, whatever the number of threads. Reports are immutable
 * values; no method returns null.
 */
public final class CrossChecker {
  private final Cleaner cleaner;
  private final Analyzer analyzer;
  private final ClaimExtractor extractor;
  private final FactBuilder facts;
  private final ClaimAligner aligner;
  private final Judge judge;
  private final int threads;
  private final ProgressListener progress;
  private final @Nullable LocalDate defaultReferenceDate;
  private final Set<FindingKind> kept;
  private final int maxArticles;
  private final int maxArticleLength;
  private final boolean checkLanguage;

  private CrossChecker(Builder b) {
    this.cleaner = b.cleaner != null ? b.cleaner : new HeuristicBoilerplateCleaner();
    TimeResolver times = b.times != null ? b.times : new CalendarTimeResolver();
    EntityResolver entities;
    try (Workers loading = new Workers("crosscheck-load", 3)) {
      Future<Analyzer> analyzer = b.analyzer != null ? CompletableFuture.completedFuture(b.analyzer)
          : defaultAnalyzer(loading, b.maxSentenceTokens);
      Future<ClaimExtractor> extractor = b.extractor != null ? CompletableFuture.completedFuture(b.extractor)
          : loading.start(DependencyClaimExtractor::create);
      entities = b.entities != null ? b.entities : LexicalEntityResolver.standard();
      this.facts = new FactBuilder(entities, times,
          b.quantities != null ? b.quantities : new NumericQuantityResolver(), Concepts.standard());
      this.analyzer = Workers.result(analyzer, LOADING);
      this.extractor = Workers.result(extractor, LOADING);
    }
    Evidence evidence = new Evidence(Concepts.standard(), times, entities);
    this.aligner = new IndexedClaimAligner(evidence, b.threads);
    this.judge = new RuleBasedJudge(evidence);
    this.threads = b.threads;
    this.progress = b.progress;
    this.defaultReferenceDate = b.referenceDate;
    this.kept = Set.copyOf(b.kept);
    this.maxArticles = b.maxArticles;
    this.maxArticleLength = b.maxArticleLength;
    this.checkLanguage = b.checkLanguage;
  }

  private static final String LOADING = "loading models";

  /**
   * OpenNLP's models and the bundled parser, loading side by side (the default models take a
   * fraction of a second each, and a command-line run waits for all of them); done when both are.
   */
  private static Future<Analyzer> defaultAnalyzer(Workers loading, int maxSentenceTokens) {
    Future<TransitionDependencyParser> parser = loading.start(TransitionDependencyParser::loadDefault);
    // the analyzer only holds its parser until the first sentence, so it need not wait for it
    DependencyParser loaded = (words, tags) -> Workers.result(parser, LOADING).parse(words, tags);
    return loading.start(() -> {
      Analyzer analyzer = OpenNlpAnalyzer.create(loaded, maxSentenceTokens);
      Workers.result(parser, LOADING); // a parser that cannot load fails the build, not the first check
      return analyzer;
    });
  }

  /**
   * A checker with the default stages and options and one thread per available processor.
   *
   * @return a new checker, its models loaded
   */
  public static CrossChecker create() {
    return builder().build();
  }

  /**
   * A builder with every stage and option at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Cross-checks articles: extracts their claims, aligns the claims that state the same fact
   * across sources, and judges each aligned group. Inputs that could not be read can be passed
   * along as {@code problems} so that the report names them. The report lists sources in the
   * order of their ids, so it does not depend on the order the articles were given in.
   *
   * <p>An article confidently not in English is left out of the analysis and named in the
   * report's problems, after those given (see {@link #screen} and {@link Builder#checkLanguage}).
   *
   * @throws IllegalArgumentException when two articles share an id, or the articles exceed the
   *     limits set by {@link Builder#maxArticles} or {@link Builder#maxArticleLength} (the message
   *     names the article)
   * @param given    the articles, with unique ids, in any order
   * @param problems inputs that could not be read, passed on to the report as they are
   * @return the report: every source, claim and finding
   */
  public CrossCheckReport check(List<Article> given, List<InputProblem> problems) {
    Objects.requireNonNull(given, "articles");
    Objects.requireNonNull(problems, "problems");
    validate(given);
    ReadResult screened = screen(given.stream().sorted(Comparator.comparing(Article::id)).toList());
    List<Article> articles = screened.articles();
    List<InputProblem> allProblems = new ArrayList<>(problems);
    allProblems.addAll(screened.problems());
    // Normalising is per article too, so it runs on the workers with extraction.
    List<Extracted> done = inParallel(articles, (i, a) -> {
      ArticleClaims c = extract(a);
      return new Extracted(c, facts.facts(i, c, referenceDate(a)));
    });
    List<ArticleClaims> extracted = done.stream().map(Extracted::claims).toList();
    List<ClaimFacts> read = done.stream().flatMap(e -> e.facts().stream()).toList();
    // immutable once, so that each claim's facts share it (ClaimFacts copies a mutable map)
    Map<String, Set<String>> affiliations = Map.copyOf(facts.affiliations(read));
    List<ClaimFacts> all = read.stream().map(f -> f.withAffiliations(affiliations)).toList();
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup group : aligner.align(all)) {
      judge.judge(group).stream().filter(f -> kept.contains(f.kind())).forEach(findings::add);
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
    return new CrossCheckReport(sources, claims, findings, allProblems);
  }

  /**
   * Splits articles into those this checker analyses and a problem for each it leaves out: an
   * article confidently not in English ({@link LanguageCheck}), unless
   * {@link Builder#checkLanguage} is off. {@link #check(List, List)} does this itself; call it
   * before {@link #claims(List)} to skip such articles rather than fail on them.
   *
   * @param articles the articles, in any order
   * @return the articles to analyse, in the order given, and a problem naming each one left out
   */
  public ReadResult screen(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    List<Article> kept = new ArrayList<>(articles.size());
    List<InputProblem> problems = new ArrayList<>();
    for (Article a : articles) {
      Optional<InputProblem> problem = unsupported(a);
      if (problem.isPresent()) {
        problems.add(problem.get());
      } else {
        kept.add(a);
      }
    }
    return new ReadResult(kept, problems);
  }

  private Optional<InputProblem> unsupported(Article article) {
    return checkLanguage ? LanguageCheck.english().check(article) : Optional.empty();
  }

  /**
   * {@link #check(List, List)} of articles that were all read without problems.
   *
   * @param articles the articles, with unique ids, in any order
   * @return the report: every source, claim and finding
   */
  public CrossCheckReport check(List<Article> articles) {
    return check(articles, List.of());
  }

  /**
   * Checks a draft against reference articles: one report over all of them, viewed from the
   * draft (its conflicts and agreements with the references, which references corroborate it).
   *
   * @throws IllegalArgumentException when a reference has the draft's id, two references share
   *     an id, there are no references, the articles exceed the checker's limits, or one of them
   *     is not in English (a draft check must not pass by leaving an article out)
   * @param draft      the article to check, e.g. a rewrite or a generated summary
   * @param references the articles it must agree with; at least one
   * @return the report over all of them, seen from the draft
   */
  public DraftReport check(Article draft, List<Article> references) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(references, "references");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("draft " + draft.id() + " needs at least one reference article");
    }
    List<Article> all = new ArrayList<>(references.size() + 1);
    all.add(draft);
    all.addAll(references);
    for (Article a : all) {
      requireSupported(a);
    }
    CrossCheckReport report = check(all);
    return new DraftReport(draft.id(), references.stream().map(Article::id).sorted().toList(), report);
  }

  private void validate(List<Article> articles) {
    if (articles.size() > maxArticles) {
      throw new IllegalArgumentException("cannot check " + articles.size() + " articles at once: the limit is "
          + maxArticles + " (CrossChecker.Builder.maxArticles)");
    }
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "article");
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("two articles have the id \"" + a.id() + "\" (the second from "
            + a.origin() + "); ids must be unique within one check");
      }
      requireShortEnough(a);
    }
  }

  private void requireShortEnough(Article article) {
    if (article.text().length() > maxArticleLength) {
      throw new IllegalArgumentException("article " + article.id() + " (from " + article.origin() + ") has "
          + article.text().length() + " characters, more than the limit of " + maxArticleLength
          + " (CrossChecker.Builder.maxArticleLength)");
    }
  }

  private void requireSupported(Article article) {
    Optional<InputProblem> problem = unsupported(article);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("article " + article.id() + " (from " + article.origin() + "): "
          + problem.get().message() + " (CrossChecker.Builder.checkLanguage)");
    }
  }

  /** Its publication date, else the configured default, else the latest full date its text gives. */
  private Optional<LocalDate> referenceDate(Article article) {
    if (article.published().isEmpty() && defaultReferenceDate != null) {
      return Optional.of(defaultReferenceDate);
    }
    return ReferenceDates.of(article.published(), article.text());
  }

  /**
   * The claims of one article.
   *
   * @throws IllegalArgumentException when the article is longer than {@link Builder#maxArticleLength}
   *     or confidently not in English (unless {@link Builder#checkLanguage} is off)
   * @param article the article
   * @return its claims, in text order
   */
  public ArticleClaims claims(Article article) {
    Objects.requireNonNull(article, "article");
    requireShortEnough(article);
    requireSupported(article);
    return extract(article);
  }

  private ArticleClaims extract(Article article) {
    return new ArticleClaims(article, extractor.extract(analyzer.analyze(cleaner.clean(article))));
  }

  /**
   * The claims of each article, in the order given, computed on up to {@link Builder#threads} threads.
   *
   * @throws IllegalArgumentException when an article is refused as {@link #claims(Article)} would
   *     refuse it (use {@link #screen} first to leave out articles not in English)
   * @param articles the articles
   * @return one {@link ArticleClaims} per article, in the same order
   */
  public List<ArticleClaims> claims(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    for (Article a : articles) {
      Objects.requireNonNull(a, "article");
      requireShortEnough(a);
      requireSupported(a);
    }
    return inParallel(articles, (i, a) -> extract(a));
  }

  /** One article's claims and what they state, normalised. */
  private record Extracted(ArticleClaims claims, List<ClaimFacts> facts) {}

  /** What one article gives, from its position in the run and the article. */
  private interface PerArticle<T> {
    T apply(int index, Article article);
  }

  /**
   * {@code work} applied to each article, on up to {@link Builder#threads} threads, telling the
   * progress listener after each; the results in the order of the articles.
   */
  private <T> List<T> inParallel(List<Article> articles, PerArticle<T> work) {
    AtomicInteger done = new AtomicInteger();
    Function<Integer, T> one = i -> {
      T result = work.apply(i, articles.get(i));
      progress.progress(done.incrementAndGet(), articles.size());
      return result;
    };
    if (threads <= 1 || articles.size() <= 1) {
      return java.util.stream.IntStream.range(0, articles.size()).boxed().map(one).toList();
    }
    try (Workers pool = new Workers("crosscheck-worker", Math.min(threads, articles.size()))) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        int index = i;
        futures.add(pool.start(() -> one.apply(index)));
      }
      List<T> out = new ArrayList<>(articles.size());
      for (Future<T> f : futures) {
        out.add(Workers.result(f, "extracting claims"));
      }
      return List.copyOf(out);
    }
  }

  /** Configures a {@link CrossChecker}; every stage and option has a default. Not thread-safe. */
  public static final class Builder {
    /** The default {@link #maxArticleLength}: 10 485 760 characters. */
    public static final int DEFAULT_MAX_ARTICLE_LENGTH = 10 * 1024 * 1024;

    private @Nullable Cleaner cleaner;
    private @Nullable Analyzer analyzer;
    private @Nullable ClaimExtractor extractor;
    private @Nullable EntityResolver entities;
    private @Nullable TimeResolver times;
    private @Nullable QuantityResolver quantities;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ProgressListener progress = ProgressListener.NONE;
    private @Nullable LocalDate referenceDate;
    private Set<FindingKind> kept = EnumSet.allOf(FindingKind.class);
    private int maxArticles = Integer.MAX_VALUE;
    private int maxArticleLength = DEFAULT_MAX_ARTICLE_LENGTH;
    private int maxSentenceTokens = OpenNlpAnalyzer.DEFAULT_MAX_SENTENCE_TOKENS;
    private boolean checkLanguage = true;

    private Builder() {}

    /**
     * How boilerplate is removed; by default {@link HeuristicBoilerplateCleaner}.
     *
     * @param value the cleaner
     * @return this builder
     */
    public Builder cleaner(Cleaner value) {
      this.cleaner = Objects.requireNonNull(value, "cleaner");
      return this;
    }

    /**
     * How text is split and tagged; by default OpenNLP with the bundled dependency parser.
     *
     * @param value the analyzer
     * @return this builder
     */
    public Builder analyzer(Analyzer value) {
      this.analyzer = Objects.requireNonNull(value, "analyzer");
      return this;
    }

    /**
     * How claims are read from analysed text; by default {@link DependencyClaimExtractor}.
     *
     * @param value the extractor
     * @return this builder
     */
    public Builder extractor(ClaimExtractor value) {
      this.extractor = Objects.requireNonNull(value, "extractor");
      return this;
    }

    /**
     * How names are resolved to canonical entities; by default WordNet places plus the bundled alias table.
     *
     * @param value the entity resolver
     * @return this builder
     */
    public Builder entities(EntityResolver value) {
      this.entities = Objects.requireNonNull(value, "entities");
      return this;
    }

    /**
     * How time expressions become intervals; by default {@link CalendarTimeResolver}.
     *
     * @param value the time resolver
     * @return this builder
     */
    public Builder times(TimeResolver value) {
      this.times = Objects.requireNonNull(value, "times");
      return this;
    }

    /**
     * How amounts become values and units; by default {@link NumericQuantityResolver}.
     *
     * @param value the quantity resolver
     * @return this builder
     */
    public Builder quantities(QuantityResolver value) {
      this.quantities = Objects.requireNonNull(value, "quantities");
      return this;
    }

    /**
     * Who is told how far each run has come (see {@link ProgressListener}); by default no one.
     *
     * @param value the listener, called from worker threads
     * @return this builder
     */
    public Builder progress(ProgressListener value) {
      this.progress = Objects.requireNonNull(value, "progress");
      return this;
    }

    /**
     * How many articles to work on at once; at least 1, by default one per available processor.
     *
     * @param value the number of threads
     * @return this builder
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * The date that relative times ("on Wednesday", "a day earlier") count from in articles
     * without a publication date. Without it such an article counts from the latest full date its
     * text gives, if any; an explicit date is preferred to that guess.
     *
     * @param value the date
     * @return this builder
     */
    public Builder referenceDate(LocalDate value) {
      this.referenceDate = Objects.requireNonNull(value, "referenceDate");
      return this;
    }

    /**
     * Keeps only findings of these kinds in reports (by default all). Claims stay in the report
     * either way; those of dropped findings count as unverified. Keep
     * {@link FindingKind#CORROBORATION} to see agreements.
     *
     * @param first a kind to keep
     * @param more  more kinds to keep
     * @return this builder
     */
    public Builder keep(FindingKind first, FindingKind... more) {
      Objects.requireNonNull(first, "kind");
      EnumSet<FindingKind> kinds = EnumSet.of(first);
      for (FindingKind k : more) {
        kinds.add(Objects.requireNonNull(k, "kind"));
      }
      this.kept = kinds;
      return this;
    }

    /**
     * The most articles one check accepts; at least 1, by default no limit.
     *
     * @param value the most articles
     * @return this builder
     */
    public Builder maxArticles(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxArticles must be at least 1, got " + value);
      }
      this.maxArticles = value;
      return this;
    }

    /**
     * The longest article text accepted, in characters; at least 1, by default
     * {@value #DEFAULT_MAX_ARTICLE_LENGTH} (as many as the reader's 10 MB file limit can hold).
     *
     * @param value the most characters
     * @return this builder
     */
    public Builder maxArticleLength(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxArticleLength must be at least 1, got " + value);
      }
      this.maxArticleLength = value;
      return this;
    }

    /**
     * The most tokens the default analyzer tags and parses as one sentence; at least 1, by default
     * {@value OpenNlpAnalyzer#DEFAULT_MAX_SENTENCE_TOKENS}. A longer run of text without sentence
     * punctuation is analysed in pieces of this many tokens, so that time and memory grow
     * linearly with it. Has no effect on an {@link #analyzer} set here.
     *
     * @param value the most tokens in one sentence
     * @return this builder
     */
    public Builder maxSentenceTokens(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxSentenceTokens must be at least 1, got " + value);
      }
      this.maxSentenceTokens = value;
      return this;
    }

    /**
     * Whether articles confidently not in English are left out (by default they are): checks
     * name them as problems in the report, and {@link CrossChecker#claims(Article)} refuses them.
     * Turn it off only with an {@link #analyzer} for their language. See {@link LanguageCheck}.
     *
     * @param value whether to check the language of each article
     * @return this builder
     */
    public Builder checkLanguage(boolean value) {
      this.checkLanguage = value;
      return this;
    }

    /**
     * Builds the checker, loading the default models for the stages not set (about a second).
     *
     * @return a new checker
     */
    public CrossChecker build() {
      return new CrossChecker(this);
    }
  }
}
