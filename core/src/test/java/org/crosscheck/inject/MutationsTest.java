package org.crosscheck.inject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.CrossChecker;
import org.crosscheck.Span;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.Analyzer;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.MentionType;
import org.crosscheck.analysis.OpenNlpAnalyzer;
import org.crosscheck.analysis.TransitionDependencyParser;
import org.crosscheck.clean.HeuristicBoilerplateCleaner;
import org.crosscheck.ingest.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MutationsTest {
  private static Analyzer analyzer;
  private static CrossChecker checker;

  @BeforeAll
  static void load() {
    analyzer = new CachingAnalyzer(OpenNlpAnalyzer.create(TransitionDependencyParser.loadDefault()));
    checker = CrossChecker.builder().analyzer(analyzer).threads(1).build();
  }

  /** The copy is the original with exactly {@code before} replaced by the copy's {@code after}. */
  private static void assertOneChange(String original, Mutation m) {
    String copy = m.copy();
    assertThat(copy.substring(0, m.before().begin())).isEqualTo(original.substring(0, m.before().begin()));
    assertThat(copy.substring(m.after().end())).isEqualTo(original.substring(m.before().end()));
    assertThat(m.after().end() - m.before().end()).isEqualTo(copy.length() - original.length());
    assertThat(m.after().coveredText(copy)).isNotEqualTo(m.before().coveredText(original));
  }

  @Test
  void aNumberIsChangedWhereItStands() {
    String text = "Police said 12 people were arrested.";
    Mutation m = Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(12, 21), "12 people")).orElseThrow();
    assertThat(m.copy()).isEqualTo("Police said 24 people were arrested.");
    assertThat(m.before()).isEqualTo(Span.of(12, 14));
    assertThat(m.after().coveredText(m.copy())).isEqualTo("24");
    assertOneChange(text, m);
  }

  @Test
  void smallCountsWordsAndThousandsChangeClearly() {
    String text = "Three people died and 1,200 were hurt; 5 fled.";
    assertThat(Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(0, 5), "Three"))
        .orElseThrow().copy()).startsWith("Six people died");
    assertThat(Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(22, 27), "1,200"))
        .orElseThrow().copy()).contains("and 2,400 were");
    assertThat(Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(39, 40), "5"))
        .orElseThrow().copy()).endsWith("; 8 fled.");
  }

  @Test
  void yearsClockTimesAndScoresAreNotNumbersToChange() {
    String text = "In 2008 he fell at 6:41 after a 45-7-2 record.";
    assertThat(Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(3, 7), "2008"))).isEmpty();
    assertThat(Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(21, 23), "41"))).isEmpty();
    assertThat(Mutations.changeNumber(text, new Mention(MentionType.NUMBER, Span.of(32, 34), "45"))).isEmpty();
  }

  @Test
  void datesShiftByDaysOrAYear() {
    String text = "It happened on March 15, 2023 in Ankara.";
    Mutation full = Mutations.shiftDate(text, Span.of(15, 29)).orElseThrow();
    assertThat(full.copy()).isEqualTo("It happened on March 18, 2023 in Ankara.");
    assertThat(full.before()).isEqualTo(Span.of(21, 23));
    assertOneChange(text, full);

    String year = "Turkey severed ties with Syria in 2011.";
    Mutation y = Mutations.shiftDate(year, Span.of(34, 38)).orElseThrow();
    assertThat(y.copy()).isEqualTo("Turkey severed ties with Syria in 2010.");
    assertOneChange(year, y);

    String late = "They met on 30 June 2012 and on Tuesday.";
    assertThat(Mutations.shiftDate(late, Span.of(11, 24)).orElseThrow().copy()).startsWith("They met on 27 June 2012");
    assertThat(Mutations.shiftDate(late, Span.of(32, 39)).orElseThrow().copy()).endsWith("on Thursday.");
  }

  @Test
  void dateFormatWritesDayBeforeMonth() {
    String text = "Talks on March 15, 2023 followed those of Sept. 2, 2008.";
    Mutation m = Mutations.dateFormat(text).orElseThrow();
    assertThat(m.copy()).isEqualTo("Talks on 15 March 2023 followed those of 2 September 2008.");
    assertThat(m.type().harmless()).isTrue();
    assertThat(Mutations.dateFormat("Downloaded on 2 October 2013.").orElseThrow().copy())
        .isEqualTo("Downloaded on October 2, 2013.");
  }

  @Test
  void reorderKeepsTheFirstParagraphAndEveryOther() {
    String text = "Headline\n\nFirst para.\n\nSecond para.\n\nThird para.\n";
    Mutation m = Mutations.reorder(text, new Random(1)).orElseThrow();
    assertThat(m.copy()).startsWith("Headline\n\n").isNotEqualTo(text).hasSameSizeAs(text);
    assertThat(m.copy()).contains("First para.", "Second para.", "Third para.");
    assertThat(Mutations.reorder("One.\n\nTwo.", new Random(1))).isEmpty();
  }

  @Test
  void aliasSwapUsesTheLibrarysTableAndSkipsLongerNames() {
    Mutations mutations = new Mutations(1);
    String text = "The United States and Turkey met. The United States Senate did not.";
    Mutation m = mutations.alias(text).orElseThrow();
    assertThat(m.copy()).isEqualTo("The U.S.A. and Turkey met. The United States Senate did not.");
  }

  @Test
  void conflictMutationsOfARealArticleChangeExactlyTheirSite() {
    String text = """
        Turkish Foreign Minister Mevlut Cavusoglu met Syrian officials in Moscow on March 15, 2023.

        Police arrested 12 protesters outside the embassy, a spokesman said.

        The talks were held behind closed doors, Cavusoglu said.

        Russia did not attend the second round.
        """;
    Article article = Article.of("a", "a.txt", text);
    Article other = Article.of("b", "b.txt", "Sergei Lavrov spoke to reporters. Hakan Fidan arrived in Ankara.");
    AnalyzedArticle analysis = analyzer.analyze(new HeuristicBoilerplateCleaner().clean(article));
    AnalyzedArticle otherAnalysis = analyzer.analyze(new HeuristicBoilerplateCleaner().clean(other));
    Map<MentionType, List<String>> names = Mutations.names(List.of(otherAnalysis));
    Mutations.Input in = new Mutations.Input("a", text, analysis, checker.claims(article).claims(), names);

    List<Mutation> out = new Mutations(5).conflicts(in);
    assertThat(out).isNotEmpty();
    for (Mutation m : out) {
      assertOneChange(text, m);
      assertThat(m.type().expected()).isPresent();
    }
    assertThat(out).filteredOn(m -> m.type() == Mutation.Type.NUMBER)
        .allSatisfy(m -> assertThat(m.before().coveredText(text)).isEqualTo("12"))
        .allSatisfy(m -> assertThat(m.after().coveredText(m.copy())).isEqualTo("24"));
    assertThat(out).filteredOn(m -> m.type() == Mutation.Type.TIME)
        .allSatisfy(m -> assertThat(m.copy()).contains("on March 18, 2023"));
    assertThat(out).filteredOn(m -> m.type() == Mutation.Type.POLARITY)
        .allSatisfy(m -> assertThat(m.copy()).containsAnyOf("did not arrest", "did not meet", "were not held",
            "Russia did attend"));
    assertThat(out).filteredOn(m -> m.type() == Mutation.Type.SPEAKER || m.type() == Mutation.Type.PARTICIPANTS)
        .allSatisfy(m -> assertThat(m.after().coveredText(m.copy())).isIn("Lavrov", "Fidan", "Sergei Lavrov",
            "Hakan Fidan", "Ankara"));
    assertThat(out).extracting(Mutation::type).contains(Mutation.Type.PARTICIPANTS, Mutation.Type.NUMBER,
        Mutation.Type.TIME, Mutation.Type.POLARITY, Mutation.Type.SPEAKER);
    assertThat(out).extracting(Mutation::copy).anyMatch(c -> c.contains("Russia did attend the second round."));
    assertThat(out).filteredOn(m -> m.type() == Mutation.Type.SPEAKER)
        .allSatisfy(m -> assertThat(m.copy()).containsAnyOf("closed doors, Lavrov said", "closed doors, Fidan said"));
  }
}
