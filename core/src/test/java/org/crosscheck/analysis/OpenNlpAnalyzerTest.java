package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.Span;
import org.crosscheck.clean.CleanedArticle;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest extends AnalyzerContractTest {

  private final OpenNlpAnalyzer analyzer = TestArticles.analyzer();

  @Override
  protected Analyzer analyzer() {
    return analyzer;
  }

  @Test
  void sentencesDoNotCrossLineBreaks() {
    String text = "Syria's Assad meets Putin in Moscow\nThe Syrian president voiced his concerns. Putin listened.";
    AnalyzedArticle a = analyzer.analyze(TestArticles.cleaned(text));
    // body here is one block per line; also check a single block holding both lines
    CleanedArticle oneBlock = new CleanedArticle(
        org.crosscheck.ingest.Article.of("b", "test", text), List.of(Span.of(0, text.length())), List.of());
    for (AnalyzedArticle x : List.of(a, analyzer.analyze(oneBlock))) {
      assertThat(x.sentences()).extracting(s -> s.span().coveredText(text)).containsExactly(
          "Syria's Assad meets Putin in Moscow",
          "The Syrian president voiced his concerns.",
          "Putin listened.");
    }
  }

  @Test
  void curlyApostropheNegationYieldsNot() {
    String text = "He didn’t say whether Turkey’s envoy wasn’t there.";
    AnalyzedArticle a = analyzer.analyze(TestArticles.cleaned(text));
    List<Token> tokens = a.sentences().get(0).tokens();
    assertThat(tokens).extracting(Token::text)
        .containsSubsequence("did", "n't", "say")
        .containsSubsequence("Turkey", "'s", "envoy")
        .containsSubsequence("was", "n't", "there");
    Token neg = tokens.stream().filter(t -> t.text().equals("n't")).findFirst().orElseThrow();
    assertThat(neg.tag()).isEqualTo("PART");
    assertThat(neg.lemma()).isEqualTo("not");
    assertThat(neg.span().coveredText(text)).isEqualTo("n’t");
    Token did = tokens.stream().filter(t -> t.text().equals("did")).findFirst().orElseThrow();
    assertThat(did.lemma()).isEqualTo("do");
    assertThat(tokens.stream().filter(t -> t.text().equals("Turkey")).findFirst().orElseThrow().lemma())
        .isEqualTo("Turkey");
  }

  @Test
  void tagsAreUniversalAndLemmasLowerCaseExceptProperNouns() {
    String text = "The ministers were meeting in Moscow and they signed two agreements.";
    List<Token> t = analyzer.analyze(TestArticles.cleaned(text)).sentences().get(0).tokens();
    assertThat(t).extracting(Token::text, Token::tag, Token::lemma).contains(
        org.assertj.core.groups.Tuple.tuple("The", "DET", "the"),
        org.assertj.core.groups.Tuple.tuple("ministers", "NOUN", "minister"),
        org.assertj.core.groups.Tuple.tuple("were", "AUX", "be"),
        org.assertj.core.groups.Tuple.tuple("Moscow", "PROPN", "Moscow"),
        org.assertj.core.groups.Tuple.tuple("signed", "VERB", "sign"),
        org.assertj.core.groups.Tuple.tuple("agreements", "NOUN", "agreement"));
  }

  @Test
  void parserArcsArePassedThrough() {
    String text = "Putin met Assad.";
    Sentence s = analyzer.analyze(TestArticles.cleaned(text)).sentences().get(0);
    assertThat(s.token(1).isRoot()).isTrue();
    assertThat(s.token(1).relation()).isEqualTo("root");
    assertThat(s.token(0).head()).isEqualTo(1);
    assertThat(s.children(1)).extracting(Token::text).containsExactly("Putin", "Assad", ".");
  }

  @Test
  void sameInputSameOutputOnAnyThread() throws Exception {
    List<CleanedArticle> inputs = new ArrayList<>();
    for (Path p : TestArticles.seeds()) {
      inputs.add(TestArticles.cleaned(p.getFileName().toString(), TestArticles.read(p)));
    }
    List<AnalyzedArticle> sequential = inputs.stream().map(analyzer::analyze).toList();
    // a fresh analyzer (empty lemma cache) used from four threads, articles in reverse order, twice
    OpenNlpAnalyzer fresh = OpenNlpAnalyzer.create(TestArticles.FIRST_VERB_PARSER);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int i = inputs.size() - 1; i >= 0; i--) {
          CleanedArticle c = inputs.get(i);
          futures.add(pool.submit(() -> fresh.analyze(c)));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        int i = inputs.size() - 1 - (k % inputs.size());
        assertThat(futures.get(k).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(analyzer.analyze(inputs.get(0))).isEqualTo(sequential.get(0));
  }

  @Test
  void aSentenceStartingInLowerCaseStaysWithTheOneBefore() {
    String text = "Polls closed at 3 p.m. on Monday. Counting began at once.";
    assertThat(analyzer.analyze(TestArticles.cleaned(text)).sentences())
        .extracting(s -> s.span().coveredText(text))
        .containsExactly("Polls closed at 3 p.m. on Monday.", "Counting began at once.");
  }

  @Test
  void wordsWrittenWithASpaceAfterInnerPunctuationAreOneToken() {
    String text = "The case hadn ’ t been submitted, the City Attorney ’ s office said, and 100, 000 people"
        + " marched. Scores were 3, 4 and 5. On May 5, 200 people and on Sept. 9, 300 came.";
    List<Sentence> sentences = analyzer.analyze(TestArticles.cleaned(text)).sentences();
    List<Token> tokens = sentences.get(0).tokens();
    assertThat(tokens).extracting(Token::text)
        .containsSubsequence("case", "had", "n't", "been")
        .containsSubsequence("Attorney", "'s", "office")
        .contains("100,000");
    Token not = tokens.stream().filter(t -> t.text().equals("n't")).findFirst().orElseThrow();
    assertThat(not.lemma()).isEqualTo("not");
    assertThat(not.span().coveredText(text)).isEqualTo("n ’ t");
    Token count = tokens.stream().filter(t -> t.text().equals("100,000")).findFirst().orElseThrow();
    assertThat(count.span().coveredText(text)).isEqualTo("100, 000");
    // a list of numbers keeps its numbers apart
    assertThat(sentences.get(1).tokens()).extracting(Token::text).containsSubsequence("3", ",", "4");
    // the comma after a date's day ends the date
    assertThat(sentences.get(2).tokens()).extracting(Token::text)
        .containsSubsequence("May", "5", ",", "200", "people")
        .containsSubsequence("9", ",", "300", "came");
  }

  @Test
  void aSpacedDecimalAndATitleWrittenShortEndNoSentence() {
    String text = "A magnitude-6. 0 quake can cause severe damage. He was hurt, said Sgt. Marty Earley."
        + " It fell in 2011. 300 soldiers came.";
    List<Sentence> sentences = analyzer.analyze(TestArticles.cleaned(text)).sentences();
    assertThat(sentences).extracting(s -> s.span().coveredText(text)).containsExactly(
        "A magnitude-6. 0 quake can cause severe damage.", "He was hurt, said Sgt. Marty Earley.",
        "It fell in 2011.", "300 soldiers came.");
    assertThat(sentences.get(1).tokens()).extracting(Token::text).containsSubsequence("said", "Sgt.", "Marty");
  }

  @Test
  void aDashGluedToAWordIsATokenOfItsOwn() {
    String text = "We should strengthen the Act—not weaken it--nor cut it.";
    List<Token> tokens = analyzer.analyze(TestArticles.cleaned(text)).sentences().get(0).tokens();
    assertThat(tokens).extracting(Token::text).containsSubsequence("Act", "—", "not", "weaken", "it", "--", "nor");
    // a range of numbers is no glued dash
    String range = "They won 5–3 in the 2008–09 season.";
    assertThat(analyzer.analyze(TestArticles.cleaned(range)).sentences().get(0).tokens())
        .extracting(Token::text).contains("5–3", "2008–09");
  }

  @Test
  void aSpacedDecimalBeforeAHyphenIsOneNumber() {
    // the tokenizer cuts "6. 1-magnitude" as "6" "." "1-" "magnitude"
    String text = "The 6. 1-magnitude quake struck Qeshm island, home to 120, 000 people, state media said.";
    List<Token> tokens = analyzer.analyze(TestArticles.cleaned(text)).sentences().get(0).tokens();
    assertThat(tokens).extracting(Token::text).containsSubsequence("The", "6.1", "-", "magnitude", "quake");
    Token number = tokens.stream().filter(t -> t.text().equals("6.1")).findFirst().orElseThrow();
    assertThat(number.span().coveredText(text)).isEqualTo("6. 1");
  }

  @Test
  void aVerbFormThatIsNoNounIsNoPartOfTheNounCompoundBeforeIt() {
    // OpenNLP tags "struck" NOUN after "quake", and the sentence loses its verb
    String text = "The 5. 9-magnitude quake struck Qeshm island, home to 120, 000 people, and the city of"
        + " Bandar Abbas, state media said.";
    Token struck = token(text, "struck");
    assertThat(struck.tag()).isEqualTo("VERB");
    assertThat(struck.lemma()).isEqualTo("strike");
    // a form that is a noun too stays one ("the gun shot")
    assertThat(token("Witnesses said the gun shot rang out twice.", "shot").tag()).isEqualTo("NOUN");
  }

  private Token token(String text, String word) {
    return analyzer.analyze(TestArticles.cleaned(text)).sentences().get(0).tokens().stream()
        .filter(t -> t.text().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void initialsInAQuotesSpeakerEndNoSentence() {
    String text = "\"We're aware of the off-the-field issue involving Vincent,\" team general manager A.J. Smith"
        + " said in a statement. He declined to comment further.";
    assertThat(analyzer.analyze(TestArticles.cleaned(text)).sentences()).extracting(s -> s.span().coveredText(text))
        .containsExactly("\"We're aware of the off-the-field issue involving Vincent,\" team general manager A.J. Smith"
            + " said in a statement.", "He declined to comment further.");
  }
}
