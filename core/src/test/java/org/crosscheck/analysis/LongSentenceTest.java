package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.ingest.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Text without sentence punctuation is tagged and parsed in pieces of bounded length: the
 * tagger's beam search is quadratic in sentence length, so one 5,000-token "sentence" would take
 * minutes and hundreds of MB (measured: 20,000 characters took 5.8 s and 460 MB, 1 MB did not
 * finish in 5 minutes).
 */
class LongSentenceTest {
  private static OpenNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = OpenNlpAnalyzer.create(TransitionDependencyParser.loadDefault(), 100);
  }

  private static String runOn(int words) {
    String[] vocabulary = {"the", "river", "rose", "Turkey", "and", "Syria", "said", "officials", "on",
        "Monday", "two", "metres", "flood", "barrier", "held", "city", "engineers", "talks"};
    Random random = new Random(3);
    StringBuilder text = new StringBuilder("The");
    for (int i = 1; i < words; i++) {
      text.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return text.append('.').toString();
  }

  @Test
  @Timeout(60)
  void runOnTextIsSplitIntoSentencesOfAtMostTheLimitCoveringEveryToken() {
    String text = runOn(5_000);
    Article article = Article.of("run-on", "run-on.txt", text);
    AnalyzedArticle analyzed = analyzer.analyze(new HeuristicBoilerplateCleaner().clean(article));

    List<Sentence> sentences = analyzed.sentences();
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(50)
        .allSatisfy(s -> assertThat(s.tokens()).hasSizeBetween(1, 100));
    int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    assertThat(tokens).isEqualTo(5_001); // every word and the final period, none lost
    for (int i = 1; i < sentences.size(); i++) {
      assertThat(sentences.get(i).span().begin()).isGreaterThanOrEqualTo(sentences.get(i - 1).span().end());
    }
    assertThat(sentences.get(0).span().begin()).isZero();
    assertThat(sentences.get(sentences.size() - 1).span().end()).isEqualTo(text.length());
  }

  @Test
  void ordinarySentencesAreNotSplit() {
    String text = "Turkey severed ties with Syria in 2011, officials said on Monday.";
    Article article = Article.of("a", "a.txt", text);
    assertThat(analyzer.analyze(new HeuristicBoilerplateCleaner().clean(article)).sentences()).singleElement();
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> OpenNlpAnalyzer.create(TransitionDependencyParser.loadDefault(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
  }
}
