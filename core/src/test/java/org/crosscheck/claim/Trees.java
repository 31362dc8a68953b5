package org.crosscheck.claim;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Span;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.MentionType;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.Token;
import org.crosscheck.clean.CleanedArticle;
import org.crosscheck.ingest.Article;

/**
 * Builds analysed articles from hand-written dependency trees, one token a line in CoNLL-U order:
 * {@code form TAG lemma head relation}, heads counted from 1 and 0 for the root. Words are joined
 * by single spaces, so offsets are predictable. Lets extractor tests use trees checked by hand
 * instead of depending on the parser.
 */
final class Trees {
  private final List<String[]> rows = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<String[]> mentionSpecs = new ArrayList<>();

  static Trees sentence(String conll) {
    Trees t = new Trees();
    for (String line : conll.strip().split("\n")) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length != 5) {
        throw new IllegalArgumentException("expected 'form TAG lemma head relation': " + line);
      }
      t.rows.add(cols);
    }
    return t;
  }

  /** Marks the words {@code from..to} (1-based, inclusive) as a mention of the given type. */
  Trees mention(MentionType type, int from, int to) {
    mentionSpecs.add(new String[] {type.name(), Integer.toString(from), Integer.toString(to)});
    return this;
  }

  AnalyzedArticle article() {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      if (i > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(r[0]);
      tokens.add(new Token(i, Span.of(begin, text.length()), r[0], r[1], r[2],
          Integer.parseInt(r[3]) - 1, r[4]));
    }
    for (String[] m : mentionSpecs) {
      int from = Integer.parseInt(m[1]) - 1;
      int to = Integer.parseInt(m[2]) - 1;
      Span span = Span.of(tokens.get(from).span().begin(), tokens.get(to).span().end());
      mentions.add(new Mention(MentionType.valueOf(m[0]), span, span.coveredText(text)));
    }
    Article article = Article.of("t", "test", text.toString());
    Span all = Span.of(0, text.length());
    CleanedArticle cleaned = new CleanedArticle(article, List.of(all), List.of());
    return new AnalyzedArticle(cleaned, List.of(new Sentence(0, all, tokens)), mentions);
  }

  List<Claim> claims() {
    return DependencyClaimExtractor.create().extract(article());
  }
}
