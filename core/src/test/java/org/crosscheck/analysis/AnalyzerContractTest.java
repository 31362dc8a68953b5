package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.crosscheck.Span;
import org.crosscheck.clean.CleanedArticle;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Analyzer} passes: exact offsets and well-formed sentences, tokens and
 * mentions on the seeds, on odd text and on random text, and the same output on repeated calls.
 * Subclass it with the implementation under test.
 */
abstract class AnalyzerContractTest {

  protected abstract Analyzer analyzer();

  /** Every token covers its text (modulo quote straightening), sentences contain their tokens. */
  static void assertOffsetsConsistent(AnalyzedArticle a) {
    String text = a.text();
    String straight = OpenNlpAnalyzer.straighten(text);
    Span previous = null;
    for (Sentence s : a.sentences()) {
      assertThat(s.tokens()).isNotEmpty();
      assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
      if (previous != null) {
        assertThat(s.span().begin()).isGreaterThanOrEqualTo(previous.end());
      }
      previous = s.span();
      assertThat(a.cleaned().body()).anySatisfy(block -> assertThat(block.contains(s.span())).isTrue());
      for (Token t : s.tokens()) {
        assertThat(s.span().contains(t.span())).isTrue();
        assertThat(t.span().isEmpty()).isFalse();
        assertThat(t.span().coveredText(straight)).isEqualTo(t.text());
        assertThat(t.text().length()).isEqualTo(t.span().coveredText(text).length());
        assertThat(t.text()).doesNotContainAnyWhitespaces();
        assertThat(t.tag()).matches("ADJ|ADP|ADV|AUX|CCONJ|DET|INTJ|NOUN|NUM|PART|PRON|PROPN|PUNCT|SCONJ|SYM|VERB|X");
        assertThat(t.lemma()).isNotEmpty();
      }
      for (int i = 1; i < s.size(); i++) {
        assertThat(s.token(i).span().begin()).isGreaterThanOrEqualTo(s.token(i - 1).span().end());
      }
    }
    Mention before = null;
    for (Mention m : a.mentions()) {
      if (before != null) {
        assertThat(m.span().begin()).as("%s after %s", m, before).isGreaterThanOrEqualTo(before.span().end());
      }
      before = m;
      assertThat(a.sentences()).anySatisfy(s -> assertThat(s.span().contains(m.span())).isTrue());
      assertThat(m.span().coveredText(text)).isEqualTo(m.text());
      assertThat(m.text()).isNotBlank();
      assertThat(m.text()).isEqualTo(m.text().strip());
    }
  }

  @Test
  void offsetsAreExactOnTheSeeds() {
    List<Path> seeds = TestArticles.seeds();
    assertThat(seeds).hasSize(5);
    for (Path p : seeds) {
      AnalyzedArticle a = analyzer().analyze(TestArticles.cleaned(p.getFileName().toString(), TestArticles.read(p)));
      assertThat(a.sentences()).hasSizeGreaterThan(5);
      assertOffsetsConsistent(a);
    }
  }

  @Test
  void oddTextKeepsOffsetsExact() {
    List<String> texts = List.of(
        "",
        "   \n\n  \t ",
        "a line with no punctuation at all",
        "“Quoted,” she said. ‘Single’ quotes and don’t, won’t, can’t, Syria’s.",
        "Ünïcödé façade — naïve café in São Paulo; 北京 and Москва. Emoji 😀 here!",
        "x",
        ".",
        "Tabs\tand\u00A0no-break\u00A0spaces.\r\nWindows line\r\nends.");
    for (String t : texts) {
      AnalyzedArticle a = analyzer().analyze(TestArticles.cleaned(t));
      assertOffsetsConsistent(a);
    }
    assertThat(analyzer().analyze(TestArticles.cleaned("")).sentences()).isEmpty();
    assertThat(analyzer().analyze(TestArticles.cleaned("a line with no punctuation at all")).sentences())
        .hasSize(1);
  }

  @Test
  void randomTextKeepsOffsetsExact() {
    Random random = new Random(42);
    String alphabet = "abcdefghij KLMNOP .,;:!?'’\"“”-–\n\t0123456789$%()éüß北";
    for (int n = 0; n < 30; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertOffsetsConsistent(analyzer().analyze(TestArticles.cleaned(b.toString())));
    }
  }

  @Test
  void repeatedCallsGiveEqualResults() {
    for (Path p : TestArticles.seeds()) {
      CleanedArticle c = TestArticles.cleaned(p.getFileName().toString(), TestArticles.read(p));
      assertThat(analyzer().analyze(c)).isEqualTo(analyzer().analyze(c));
    }
  }
}
