package org.crosscheck.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ArticleClaims;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.IndexedClaimAligner;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Concepts;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.align.internal.FactBuilder;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.DependencyParser;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.Token;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.claim.DependencyClaimExtractor;
import org.crosscheck.clean.CleanedArticle;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.ingest.Article;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.RuleBasedJudge;
import org.crosscheck.normalize.CalendarTimeResolver;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.NumericQuantityResolver;
import org.crosscheck.normalize.ReferenceDates;

/**
 * The stages of {@code CrossChecker.check} one at a time, wired as {@code CrossChecker} wires its
 * defaults, so that each can be timed on its own. Thread-safe, as the stages are.
 */
final class Pipeline {
  final TransitionDependencyParser parser;
  final OpenNlpAnalyzer analyzer;
  private final HeuristicBoilerplateCleaner cleaner = new HeuristicBoilerplateCleaner();
  private final DependencyClaimExtractor extractor = DependencyClaimExtractor.create();
  private final CalendarTimeResolver times = new CalendarTimeResolver();
  private final FactBuilder facts = new FactBuilder(LexicalEntityResolver.standard(), times,
      new NumericQuantityResolver(), Concepts.standard());
  private final Evidence evidence = new Evidence(Concepts.standard(), times);
  private final IndexedClaimAligner aligner = new IndexedClaimAligner(evidence);
  private final RuleBasedJudge judge = new RuleBasedJudge(evidence);

  Pipeline(TransitionDependencyParser parser, OpenNlpAnalyzer analyzer) {
    this.parser = parser;
    this.analyzer = analyzer;
  }

  /** The default models, loaded. */
  static Pipeline load() {
    TransitionDependencyParser parser = TransitionDependencyParser.loadDefault();
    return new Pipeline(parser, OpenNlpAnalyzer.create(parser));
  }

  List<CleanedArticle> clean(List<Article> articles) {
    return articles.stream().map(cleaner::clean).toList();
  }

  List<AnalyzedArticle> analyse(List<CleanedArticle> cleaned) {
    return cleaned.stream().map(analyzer::analyze).toList();
  }

  /** Parses the analysed sentences again (the parser's share of analysis); returns the arcs made. */
  int parse(List<AnalyzedArticle> analysed) {
    int arcs = 0;
    for (AnalyzedArticle a : analysed) {
      for (Sentence s : a.sentences()) {
        List<String> words = s.tokens().stream().map(Token::text).toList();
        List<String> tags = s.tokens().stream().map(Token::tag).toList();
        arcs += parser.parse(words, tags).size();
      }
    }
    return arcs;
  }

  List<ArticleClaims> extract(List<AnalyzedArticle> analysed) {
    List<ArticleClaims> out = new ArrayList<>(analysed.size());
    for (AnalyzedArticle a : analysed) {
      out.add(new ArticleClaims(a.cleaned().article(), extractor.extract(a)));
    }
    return out;
  }

  /** Each claim's facts, the articles numbered in the order given (sort them by id, as check does). */
  List<ClaimFacts> normalise(List<ArticleClaims> claims) {
    List<ClaimFacts> read = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Article a = claims.get(i).article();
      read.addAll(facts.facts(i, claims.get(i), ReferenceDates.of(a.published(), a.text())));
    }
    Map<String, Set<String>> affiliations = Map.copyOf(facts.affiliations(read));
    return read.stream().map(f -> f.withAffiliations(affiliations)).toList();
  }

  List<ClaimGroup> align(List<ClaimFacts> facts) {
    return aligner.align(facts);
  }

  List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> out = new ArrayList<>();
    groups.forEach(g -> out.addAll(judge.judge(g)));
    return out;
  }

  static long tokens(List<AnalyzedArticle> analysed) {
    return analysed.stream().flatMap(a -> a.sentences().stream()).mapToLong(Sentence::size).sum();
  }
}
