package org.crosscheck.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.align.Facts;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.CalendarTimeResolver;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.Quantity;
import org.junit.jupiter.api.Test;

class NumbersAndTimesDifferTest {
  private final Evidence evidence = new Evidence(Concepts.standard(), new CalendarTimeResolver());

  private List<Difference.Kind> kinds(ClaimFacts a, ClaimFacts b) {
    return evidence.differences().between(a, b).stream().map(Difference::kind).toList();
  }

  @Test
  void twoLowerBoundsAreTwoCountsThatDifferBeyondAbout() {
    assertThat(Differences.differ(Quantity.atLeast(3, "person"), Quantity.atLeast(6, "person"))).isTrue();
    assertThat(Differences.differ(Quantity.atLeast(300, "house"), Quantity.atLeast(330, "house"))).isFalse();
    assertThat(Differences.differ(Quantity.atLeast(40, "person"), Quantity.exact(45, "person"))).isFalse();
    assertThat(Differences.differ(Quantity.atMost(40, "person"), Quantity.atMost(80, "person"))).isTrue();
    // bounds of other units say nothing of each other ("at least two houses", "at least two homes")
    assertThat(Differences.differ(Quantity.atLeast(2, "house"), Quantity.atLeast(2, "home"))).isFalse();
    assertThat(Differences.differ(Quantity.atLeast(2, "house"), Quantity.atLeast(9, "home"))).isFalse();
  }

  @Test
  void acrossSentencesOnlyTheFirstAmountOfARoleCounts() {
    ClaimFacts a = Facts.of(0, "average").sentence("Brand averaged 15.9 points and 10 rebounds last season.")
        .amounts(Role.PATIENT, Quantity.exact(15.9, "point"), Quantity.exact(10, "rebound")).build();
    ClaimFacts b = Facts.of(1, "average").sentence("Over his career Brand averaged 15.9 points and 13 rebounds a game.")
        .amounts(Role.PATIENT, Quantity.exact(15.9, "point"), Quantity.exact(13, "rebound")).build();
    assertThat(kinds(a, b)).isEmpty();
  }

  @Test
  void anAmountWithNoRoleOfItsOwnMeetsTheOtherClaimsOnlyAmountOfItsUnit() {
    // the parse hung "with 4, 051 yards" on the time, which counts it as the claim's quantity
    ClaimFacts a = Facts.of(0, "set")
        .sentence("And he also set the NFL rookie record for most passing yards in a season with 4, 051 yards.")
        .amounts(Role.QUANTITY, Quantity.exact(4051, "yard")).build();
    ClaimFacts b = Facts.of(1, "set").sentence("Luck also set an NFL rookie record for a season with 4, 183 passing yards.")
        .amounts(Role.PATIENT, Quantity.exact(4183, "yard")).build();
    assertThat(kinds(a, b)).containsExactly(Difference.Kind.NUMBER);
    assertThat(kinds(b, a)).containsExactly(Difference.Kind.NUMBER);
    // a claim that states two amounts of the unit does not say which answers the loose one
    ClaimFacts c = Facts.of(1, "set").sentence("Luck set a record with 4, 183 passing yards, 205 of them in the game.")
        .amounts(Role.PATIENT, Quantity.exact(4183, "yard"), Quantity.exact(205, "yard")).build();
    assertThat(kinds(a, c)).isEmpty();
    // nor does one of another unit
    ClaimFacts d = Facts.of(1, "set").sentence("Luck set a rookie record with 23 touchdown passes.")
        .amounts(Role.PATIENT, Quantity.exact(23, "pass")).build();
    assertThat(kinds(a, d)).isEmpty();
  }

  @Test
  void anEditedCopyComparesEveryAmountWhateverItsRoleTheSpeakersToo() {
    String sentence = "Excluding Brand's 15.9 points and 10 rebounds, the team's stars have struggled.";
    ClaimFacts a = Facts.of(0, "exclude").sentence(sentence)
        .amounts(Role.PATIENT, Quantity.exact(15.9, "point"), Quantity.exact(10, "rebound")).build();
    ClaimFacts b = Facts.of(1, "exclude").sentence(sentence.replace("10 rebounds", "13 rebounds"))
        .amounts(Role.PATIENT, Quantity.exact(15.9, "point"), Quantity.exact(13, "rebound")).build();
    assertThat(kinds(a, b)).containsExactly(Difference.Kind.NUMBER);

    String quote = "We appreciate your respect at this time, the 33-year-old actress's rep Jack Ketsoyan told us.";
    ClaimFacts c = Facts.of(0, "appreciate").sentence(quote).amounts(Role.SPEAKER, Quantity.exact(33, "year")).build();
    ClaimFacts d = Facts.of(1, "appreciate").sentence(quote.replace("33", "66"))
        .amounts(Role.SPEAKER, Quantity.exact(66, "year")).build();
    ClaimFacts e = Facts.of(1, "appreciate").sentence("The 66-year-old actress's rep said they appreciate it.")
        .amounts(Role.SPEAKER, Quantity.exact(66, "year")).build();
    assertThat(kinds(c, d)).containsExactly(Difference.Kind.NUMBER);
    assertThat(kinds(c, e)).isEmpty();
  }

  @Test
  void aSentenceEditedInOnePlaceStatesOneFactHoweverFarApartItsDates() {
    String s = "He was convicted in June 1998 of aggravated sexual assault of a child.";
    ClaimFacts a = Facts.of(0, "convict").sentence(s).written("in June 1998").build();
    ClaimFacts b = Facts.of(1, "convict").sentence(s.replace("1998", "1997")).written("in June 1997").build();
    ClaimFacts c = Facts.of(1, "convict").sentence("A jury convicted him in June 1997, his lawyer said on Monday.")
        .written("in June 1997").build();
    assertThat(Evidence.sameSentenceEdited(a, b)).isTrue();
    assertThat(Evidence.sameSentenceEdited(a, c)).isFalse();
    assertThat(evidence.mustStayApart(a, b, 0)).isFalse();
    assertThat(evidence.mustStayApart(a, c, 1)).isTrue();
    assertThat(kinds(a, b)).containsExactly(Difference.Kind.TIME);
  }

  @Test
  void twoPeopleSayingItInTheirOwnWordsAreNoConflictButTwoStatements() {
    // two officers on a gun found in a car: both said it, so the judge sees no SPEAKER conflict;
    // but a weak link between two such statements (one word and the story) does not join them
    ClaimFacts pickell = Facts.of(0, "find").with(Role.PATIENT, "a shotgun")
        .withPeople(Role.SPEAKER, "Pickell")
        .sentence("Officers found a 12-gauge pump-action shotgun and three live shells in the vehicle, Pickell said.").build();
    ClaimFacts scherlinck = Facts.of(1, "find").with(Role.PATIENT, "a gun")
        .withPeople(Role.SPEAKER, "Gerry Scherlinck")
        .sentence("Officers found a gun in the vehicle matching the description, Lt. Gerry Scherlinck said.").build();
    ClaimFacts pickellAgain = Facts.of(1, "find").with(Role.PATIENT, "a weapon")
        .withPeople(Role.SPEAKER, "Pickell")
        .sentence("Officers found a weapon in the vehicle, Pickell said.").build();
    assertThat(kinds(pickell, scherlinck)).isEmpty();
    assertThat(evidence.mustStayApart(pickell, scherlinck, 1)).isTrue();
    assertThat(evidence.mustStayApart(pickell, pickellAgain, 1)).isFalse();
  }

  @Test
  void boundsAndRangesDifferInTheDateTheyBothWrite() {
    assertThat(kinds(Facts.of(0, "be").with(Role.AGENT, "Jenkin").written("until Dec. 7").build(), Facts.of(1, "be").with(Role.AGENT, "Jenkin").written("until Dec. 10").build()))
        .containsExactly(Difference.Kind.TIME);
    assertThat(kinds(Facts.of(0, "be").with(Role.AGENT, "Jenkin").written("between 1991 and 1998").build(),
        Facts.of(1, "be").with(Role.AGENT, "Jenkin").written("between 1991 and 1997").build())).containsExactly(Difference.Kind.TIME);
    assertThat(kinds(Facts.of(0, "be").with(Role.AGENT, "Jenkin").written("since 2005").build(), Facts.of(1, "be").with(Role.AGENT, "Jenkin").written("since 2004").build()))
        .containsExactly(Difference.Kind.TIME);
  }

  @Test
  void aLessSpecificDateOrAWeekdayAgainstADateDoesNotDiffer() {
    assertThat(kinds(Facts.of(0, "be").with(Role.AGENT, "Jenkin").written("until 2015").build(), Facts.of(1, "be").with(Role.AGENT, "Jenkin").written("until September 2015").build()))
        .isEmpty();
    assertThat(kinds(Facts.of(0, "be").with(Role.AGENT, "Jenkin").written("until Monday").build(), Facts.of(1, "be").with(Role.AGENT, "Jenkin").written("until June 8").build()))
        .isEmpty();
    assertThat(kinds(Facts.of(0, "be").with(Role.AGENT, "Jenkin").written("until Monday").build(), Facts.of(1, "be").with(Role.AGENT, "Jenkin").written("until Wednesday").build()))
        .containsExactly(Difference.Kind.TIME);
  }

  @Test
  void aNumberCapitalisedAtTheStartOfASentenceNamesNoOne() {
    assertThat(Evidence.isNamed(new Entity("two", "Two"))).isFalse();
    assertThat(Evidence.isNamed(new Entity("name:jurors", "Jurors"))).isTrue();
  }

  @Test
  void theSameWordsForATimeNeverDiffer() {
    ClaimFacts a = Facts.of(0, "experience").written("this morning").on(LocalDate.of(2013, 8, 16)).build();
    assertThat(evidence.timesDifferAsWritten(a, a)).isFalse();
  }
}
