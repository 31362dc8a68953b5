package org.crosscheck.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.Span;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.claim.internal.ClaimDraft;
import org.crosscheck.claim.internal.Lexicon;
import org.crosscheck.claim.internal.QuoteSpans;
import org.crosscheck.claim.internal.SentenceGraph;
import org.crosscheck.claim.internal.SentenceClauses;

/**
 * Extracts claims from dependency parses, one clause or event noun at a time (see
 * {@code docs/claims.md}). Each claim's evidence is the sentence it came from.
 *
 * <p>Final, immutable and thread-safe: one instance may serve any number of threads.
 */
public final class DependencyClaimExtractor implements ClaimExtractor {
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

  private final Lexicon lexicon;

  private DependencyClaimExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * An extractor using the bundled WordNet-derived lexicon.
   *
   * @return a new extractor
   */
  public static DependencyClaimExtractor create() {
    return new DependencyClaimExtractor(Lexicon.standard());
  }

  @Override
  public List<Claim> extract(AnalyzedArticle article) {
    String text = article.text();
    String source = article.cleaned().article().id();
    List<List<ClaimDraft>> drafts = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<Mention> mentions = mentionsIn(article.mentions(), sentence.span());
      drafts.add(sentence.size() == 0 || isQuestion(sentence.span().coveredText(text)) ? List.of()
          : SentenceClauses.of(new SentenceGraph(sentence), lexicon, mentions));
    }
    QuoteSpans.attributeAcrossSentences(article.sentences(), text, drafts);
    List<Claim> claims = new ArrayList<>();
    Set<String> rolesSeen = new HashSet<>();
    for (int s = 0; s < drafts.size(); s++) {
      Span evidence = article.sentences().get(s).span();
      String evidenceText = evidence.coveredText(text);
      for (ClaimDraft d : drafts.get(s)) {
        if (d.kind() == ClaimKind.ROLE && !rolesSeen.add(roleKey(d))) {
          continue; // a title repeated in every mention of a person is one claim
        }
        String id = source + "#" + (claims.size() + 1);
        claims.add(new Claim(id, source, d.kind(), d.text(), d.predicate(), d.lemma(), d.arguments(),
            d.polarity(), d.modality(), evidence, evidenceText));
      }
    }
    return List.copyOf(claims);
  }

  /**
   * A question asserts nothing ("Did you feel the earthquake?"), though a sentence that reports
   * one does ("'Why?' he asked." states that he asked).
   */
  static boolean isQuestion(String sentence) {
    String s = sentence.strip();
    int end = s.length();
    while (end > 0 && "\"'\u201d\u2019)]".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && s.charAt(end - 1) == '?';
  }

  /** "Putin, the Russian leader" and "Russian leader Putin" state one role. */
  private static String roleKey(ClaimDraft role) {
    StringBuilder key = new StringBuilder();
    for (var a : role.arguments()) {
      key.append(LEADING_ARTICLE.matcher(a.text().toLowerCase(Locale.ROOT)).replaceFirst("")).append('|');
    }
    return key.toString();
  }

  private static List<Mention> mentionsIn(List<Mention> all, Span sentence) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : all) {
      if (sentence.contains(m.span())) {
        out.add(m);
      }
    }
    return out;
  }
}
