package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Mentions on real-looking news sentences, each expectation checked by hand. */
class MentionsTest {

  private static List<Mention> mentions(String text) {
    AnalyzedArticle a = TestArticles.analyzer().analyze(TestArticles.cleaned(text));
    AnalyzerContractTest.assertOffsetsConsistent(a);
    return a.mentions();
  }

  private static List<Tuple> typed(String text) {
    return mentions(text).stream().map(m -> tuple(m.type(), m.text())).toList();
  }

  @Test
  void peopleAfterTitlesWithoutTheTitles() {
    String text = "Syrian President Bashar al-Assad held a meeting with his Russian counterpart "
        + "Vladimir Putin on 15 March.";
    assertThat(typed(text)).containsExactly(
        tuple(MentionType.PERSON, "Bashar al-Assad"),
        tuple(MentionType.PERSON, "Vladimir Putin"),
        tuple(MentionType.DATE, "15 March"));
    Mention assad = mentions(text).get(0);
    assertThat(assad.span().begin()).isEqualTo(text.indexOf("Bashar"));
    assertThat(assad.span().end()).isEqualTo(text.indexOf(" held"));
  }

  @Test
  void placesFromTheGazetteerAndAYear() {
    assertThat(typed("Turkey severed ties with Syria in 2011.")).containsExactly(
        tuple(MentionType.PLACE, "Turkey"),
        tuple(MentionType.PLACE, "Syria"),
        tuple(MentionType.DATE, "2011"));
  }

  @Test
  void vagueCounts() {
    assertThat(typed("The earthquake struck the region, killing thousand and affecting millions."))
        .contains(tuple(MentionType.NUMBER, "thousand"), tuple(MentionType.NUMBER, "millions"));
    assertThat(typed("Tens of thousands fled and three people died."))
        .contains(tuple(MentionType.NUMBER, "Tens of thousands"), tuple(MentionType.NUMBER, "three"));
  }

  @Test
  void quantitiesWithCurrencyPercentAndUnits() {
    assertThat(typed("The deal is worth $5 million, up 40% on the 12 km road."))
        .contains(tuple(MentionType.QUANTITY, "$5 million"), tuple(MentionType.QUANTITY, "40%"),
            tuple(MentionType.QUANTITY, "12 km"))
        .doesNotContain(tuple(MentionType.NUMBER, "5"), tuple(MentionType.NUMBER, "40"));
    assertThat(typed("A 12-year-old boy was among 1.5 million visitors."))
        .contains(tuple(MentionType.QUANTITY, "12-year"), tuple(MentionType.NUMBER, "1.5 million"));
  }

  @Test
  void absoluteDates() {
    assertThat(typed("The talks began on March 15, 2023 and ended on 2023-03-16."))
        .contains(tuple(MentionType.DATE, "March 15, 2023"), tuple(MentionType.DATE, "2023-03-16"));
    assertThat(typed("He visited Moscow in March 2023 and again on 15 March 2024."))
        .contains(tuple(MentionType.DATE, "March 2023"), tuple(MentionType.DATE, "15 March 2024"));
  }

  @Test
  void weekdaysMonthsAndRelativeDates() {
    List<Tuple> m = typed("The Kremlin said the meeting took place this Wednesday, a day earlier "
        + "than planned, and another is due next week or in August.");
    assertThat(m).contains(tuple(MentionType.DATE, "this Wednesday"),
        tuple(MentionType.DATE, "a day earlier"), tuple(MentionType.DATE, "next week"),
        tuple(MentionType.DATE, "August"));
    assertThat(typed("Yesterday he said prices rose last month, two years ago they fell."))
        .contains(tuple(MentionType.DATE, "Yesterday"), tuple(MentionType.DATE, "last month"),
            tuple(MentionType.DATE, "two years ago"));
  }

  @Test
  void timesOfDay() {
    assertThat(typed("The vote opened at 10:30 and closed at 3 p.m. on Monday; results came at noon."))
        .contains(tuple(MentionType.TIME, "10:30"), tuple(MentionType.TIME, "3 p.m."),
            tuple(MentionType.DATE, "Monday"), tuple(MentionType.TIME, "noon"));
  }

  @Test
  void aSurnameIsNotAMonth() {
    List<Tuple> m = typed("Former prime minister Theresa May spoke in London in May 2019.");
    assertThat(m).contains(tuple(MentionType.DATE, "May 2019"), tuple(MentionType.PLACE, "London"));
    assertThat(m).doesNotContain(tuple(MentionType.DATE, "May"));
  }

  @Test
  void organisationsByHeadWordAndAcronym() {
    assertThat(typed("The Turkish Foreign Ministry and NATO welcomed the statement by Foreign "
        + "Minister Sergei Lavrov."))
        .contains(tuple(MentionType.ORGANIZATION, "Turkish Foreign Ministry"),
            tuple(MentionType.ORGANIZATION, "NATO"), tuple(MentionType.PERSON, "Sergei Lavrov"));
  }

  @Test
  void surnamesTakeThePersonTypeFromTheFullName() {
    String text = "Assad arrives in Moscow\nPutin hosted Syria’s president Bashar al-Assad on Wednesday. "
        + "Assad thanked him.";
    List<Mention> m = mentions(text);
    assertThat(m).filteredOn(x -> x.text().equals("Assad")).hasSize(2)
        .allSatisfy(x -> assertThat(x.type()).isEqualTo(MentionType.PERSON));
    assertThat(m).extracting(Mention::type, Mention::text)
        .contains(tuple(MentionType.PERSON, "Bashar al-Assad"), tuple(MentionType.PLACE, "Syria"),
            tuple(MentionType.PERSON, "Putin"), tuple(MentionType.PLACE, "Moscow"));
  }

  @Test
  void titleCaseHeadlineWordsAreNotNames() {
    List<Tuple> m = typed("Russia And Syria Ties Deepen As Leaders Meet");
    assertThat(m).contains(tuple(MentionType.PLACE, "Russia"), tuple(MentionType.PLACE, "Syria"));
    assertThat(m).extracting(x -> x.toList().get(1))
        .doesNotContain("Ties", "Ties Deepen", "Leaders Meet", "Leaders", "Meet");
  }

  @Test
  void mentionsOnTheSeedsAreExactAndCoverTheKnownNames() {
    for (var p : TestArticles.seeds()) {
      String text = TestArticles.read(p);
      List<Mention> m = mentions(text);
      assertThat(m).extracting(Mention::text).contains("Syria", "Putin");
      assertThat(m).filteredOn(x -> x.text().equals("Syria"))
          .allSatisfy(x -> assertThat(x.type()).isEqualTo(MentionType.PLACE));
      assertThat(m).filteredOn(x -> x.text().equals("Putin"))
          .allSatisfy(x -> assertThat(x.type()).isEqualTo(MentionType.PERSON));
    }
  }

  @Test
  void aFourDigitNumberIsAYearUnlessItCountsSomething() {
    assertThat(typed("The 2011 uprising began in 2011."))
        .containsExactly(tuple(MentionType.DATE, "2011"), tuple(MentionType.DATE, "2011"));
    assertThat(typed("Officials said 2011 people were evacuated."))
        .contains(tuple(MentionType.NUMBER, "2011"));
  }

  @Test
  void possessivesAreSplitOffNames() {
    String text = "The National Telecommunications Regulatory Authority's decision angered Egypt.";
    AnalyzedArticle a = TestArticles.analyzer().analyze(TestArticles.cleaned(text));
    assertThat(a.sentences().get(0).tokens()).extracting(Token::text).contains("Authority", "'s");
    assertThat(a.mentions()).extracting(Mention::type, Mention::text).contains(
        tuple(MentionType.ORGANIZATION, "National Telecommunications Regulatory Authority"),
        tuple(MentionType.PLACE, "Egypt"));
  }

  @Test
  void articleEvidenceTypesNamesTheGazetteerLacks() {
    String text = "Apple Inc. unveiled a laptop in Cupertino, Calif. on Tuesday.\n"
        + "Lindsay Lohan checked into rehab. Apple said Lohan was not involved.";
    assertThat(typed(text)).contains(
        tuple(MentionType.ORGANIZATION, "Apple Inc."), tuple(MentionType.PLACE, "Cupertino"),
        tuple(MentionType.DATE, "Tuesday"), tuple(MentionType.PERSON, "Lindsay Lohan"),
        tuple(MentionType.ORGANIZATION, "Apple"), tuple(MentionType.PERSON, "Lohan"));
  }

  @Test
  void holidaysAndTimesWithZones() {
    assertThat(typed("The quake struck at 0300 GMT on Christmas Day."))
        .contains(tuple(MentionType.TIME, "0300 GMT"), tuple(MentionType.DATE, "Christmas Day"))
        .doesNotContain(tuple(MentionType.ORGANIZATION, "GMT"));
  }

  @Test
  void teamsAreNotPeopleAndSurnamesBeatTowns() {
    List<Tuple> teams = typed("The Indianapolis Colts beat the Chiefs on Sunday. The Colts scored twice.");
    assertThat(teams).extracting(x -> x.toList().get(0)).doesNotContain(MentionType.PERSON);
    List<Tuple> singer = typed("Michael Jackson sang in Jackson on Friday. Jackson smiled.");
    assertThat(singer).containsExactly(
        tuple(MentionType.PERSON, "Michael Jackson"), tuple(MentionType.PLACE, "Jackson"),
        tuple(MentionType.DATE, "Friday"), tuple(MentionType.PERSON, "Jackson"));
  }

  @Test
  void adjacentNumbersStaySeparateUnlessTheyFormOne() {
    assertThat(typed("Scores were 4 3 and one hundred and fifty fans left."))
        .contains(tuple(MentionType.NUMBER, "4"), tuple(MentionType.NUMBER, "3"),
            tuple(MentionType.NUMBER, "one hundred and fifty"));
  }
}
