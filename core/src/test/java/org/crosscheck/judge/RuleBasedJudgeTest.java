package org.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.Facts;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Concepts;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.normalize.CalendarTimeResolver;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.Quantity;
import org.junit.jupiter.api.Test;

class RuleBasedJudgeTest {
  private final RuleBasedJudge judge =
      new RuleBasedJudge(new Evidence(Concepts.standard(), new CalendarTimeResolver()));

  private List<Finding> judge(ClaimFacts... facts) {
    return judge.judge(new ClaimGroup(List.of(facts)));
  }

  @Test
  void differentPartiesInTheSameSlotConflictAndTheMajorityAgrees() {
    ClaimFacts russia = Facts.of(0, "restoration").with(Role.PARTICIPANTS, "Russia", "Turkey").build();
    ClaimFacts syria = Facts.of(1, "restoration").with(Role.PARTICIPANTS, "Syria", "Turkey").build();
    ClaimFacts syriaToo = Facts.of(2, "mend").with(Role.PARTICIPANTS, "Turkey", "Syria").build();

    List<Finding> findings = judge(russia, syria, syriaToo);

    assertThat(findings).filteredOn(Finding::isConflict).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.PARTICIPANTS);
      assertThat(f.claims()).contains(russia.claim(), syria.claim());
      assertThat(f.explanation()).contains("Russia and Turkey").contains("Syria and Turkey");
    });
    assertThat(findings).filteredOn(f -> !f.isConflict()).singleElement()
        .satisfies(f -> assertThat(f.claims()).containsExactly(syria.claim(), syriaToo.claim()));
  }

  /** Assad and Putin, each known from a title to speak for his country. */
  private static final Map<String, Set<String>> STATESMEN =
      Map.of("name:assad", Set.of("syria"), "name:putin", Set.of("russia"));

  @Test
  void aConflictListsOnlyTheClaimsThatTakeASide() {
    ClaimFacts assad = Facts.of(0, "escalation").with(Role.PATIENT, "conflicts").withPeople(Role.SPEAKER, "Assad").build()
        .withAffiliations(STATESMEN);
    // told by no one: it does not differ from Assad's claim, but it does not say who said it either
    ClaimFacts untold = Facts.of(1, "escalate").with(Role.AGENT, "a violent crackdown").build();
    ClaimFacts putin = Facts.of(1, "escalation").with(Role.PATIENT, "conflicts").withPeople(Role.SPEAKER, "Putin").build()
        .withAffiliations(STATESMEN);

    assertThat(judge(assad, untold, putin)).filteredOn(Finding::isConflict).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.SPEAKER);
      assertThat(f.claims()).containsExactly(assad.claim(), putin.claim());
    });
  }

  @Test
  void descriptionsAreNotComparedWithNames() {
    ClaimFacts named = Facts.of(0, "sever").with(Role.AGENT, "Turkey", "Syria").build();
    ClaimFacts described = Facts.of(1, "sever").with(Role.AGENT, "two countries").build();
    assertThat(judge(named, described)).singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void differentPeopleAsSpeakersConflictButOrganisationsDoNot() {
    ClaimFacts assad = Facts.of(0, "escalation").with(Role.PATIENT, "conflicts").withPeople(Role.SPEAKER, "Assad").build()
        .withAffiliations(STATESMEN);
    ClaimFacts putin = Facts.of(1, "escalation").with(Role.PATIENT, "conflicts").withPeople(Role.SPEAKER, "Putin").build()
        .withAffiliations(STATESMEN);
    assertThat(judge(assad, putin)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.SPEAKER);

    // two outlets, or an officer and his force, reporting one fact corroborate it
    ClaimFacts reuters = Facts.of(0, "recover").with(Role.SPEAKER, "Reuters").build();
    ClaimFacts patrol = Facts.of(1, "recover").with(Role.SPEAKER, "California Highway Patrol").build();
    ClaimFacts officer = Facts.of(2, "recover").withPeople(Role.SPEAKER, "Brad Baehr").build();
    assertThat(judge(reuters, patrol)).noneMatch(Finding::isConflict);
    assertThat(judge(patrol, officer)).noneMatch(Finding::isConflict);
  }

  @Test
  void speakersDifferWhereNeitherNamesAllTheOthers() {
    // one quote credited to two pairs of producers
    ClaimFacts zadanAndMeron = Facts.of(0, "thrill").with(Role.AGENT, "the show").withPeople(Role.SPEAKER, "Zadan", "Meron")
        .sentence("\"The show thrilled everyone who watched the rehearsals,\" said Zadan and Meron.").build();
    ClaimFacts zadanAndUnger = Facts.of(1, "thrill").with(Role.AGENT, "the show").withPeople(Role.SPEAKER, "Zadan", "Unger")
        .sentence("\"The show thrilled everyone who watched the rehearsals,\" said Zadan and Unger.").build();
    ClaimFacts zadan = Facts.of(2, "thrill").withPeople(Role.SPEAKER, "Zadan").build();
    assertThat(judge(zadanAndMeron, zadanAndUnger)).singleElement().extracting(Finding::kind)
        .isEqualTo(FindingKind.SPEAKER);
    assertThat(judge(zadanAndMeron, zadan)).noneMatch(Finding::isConflict); // one report names fewer
  }

  @Test
  void whoReportsSomethingIsItsSpeaker() {
    ClaimFacts meyer = Facts.of(0, "confirm").withPeople(Role.AGENT, "Stephenie Meyer").with(Role.PATIENT, "the news")
        .sentence("Stephenie Meyer confirmed the news of the sequel's new director on her website.").build();
    ClaimFacts pattinson = Facts.of(1, "confirm").withPeople(Role.AGENT, "Robert Pattinson").with(Role.PATIENT, "the news")
        .sentence("Robert Pattinson confirmed the news of the sequel's new director on her website.").build();
    assertThat(judge(meyer, pattinson)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.SPEAKER);
  }

  @Test
  void descriptionsOfSpeakersAreNotOtherPeople() {
    ClaimFacts elianita = Facts.of(0, "fall").withPeople(Role.SPEAKER, "Bensu Elianita").build();
    ClaimFacts resident = Facts.of(1, "fall").withPersonIn(Role.SPEAKER, "a Bukit Sama village resident", "Sama").build();
    ClaimFacts gage = Facts.of(0, "go").withPeople(Role.SPEAKER, "Gage").build();
    ClaimFacts undersheriff = Facts.of(1, "go").withPersonIn(Role.SPEAKER, "Undersheriff James Gage", "Undersheriff").build();
    ClaimFacts investigators = Facts.of(1, "go").withPeople(Role.SPEAKER, "Investigators").build();
    assertThat(judge(elianita, resident)).noneMatch(Finding::isConflict);
    assertThat(judge(gage, undersheriff)).noneMatch(Finding::isConflict);
    assertThat(judge(gage, investigators)).noneMatch(Finding::isConflict);
  }

  @Test
  void oppositePolarityConflictsOnlyWhenNeitherIsHedged() {
    ClaimFacts did = Facts.of(0, "meet").with(Role.AGENT, "Erdogan").build();
    ClaimFacts didNot = Facts.of(1, "meet").with(Role.AGENT, "Erdogan").negated().build();
    ClaimFacts mayNot = Facts.of(2, "meet").with(Role.AGENT, "Erdogan").negated().hedged().build();
    assertThat(judge(did, didNot)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.POLARITY);
    assertThat(judge(did, mayNot)).noneMatch(Finding::isConflict);
  }

  @Test
  void aNotBetweenStatementsAboutOtherPeopleIsNeitherConflictNorAgreement() {
    // "Two jurors ... declined to be identified" / "the white woman, who was identified as Juror No. 12"
    ClaimFacts jurors = Facts.of(0, "identify").with(Role.PATIENT, "two jurors").negated().build();
    ClaimFacts woman = Facts.of(1, "identify").with(Role.PATIENT, "the white woman").build();
    assertThat(judge(jurors, woman)).isEmpty();
    // "I didn't even see it coming" / "he didn't know if Garrard saw him"
    ClaimFacts notSeen = Facts.of(0, "see").with(Role.AGENT, "I").with(Role.PATIENT, "it").negated().build();
    ClaimFacts seen = Facts.of(1, "see").with(Role.AGENT, "Garrard").with(Role.PATIENT, "him").build();
    assertThat(judge(notSeen, seen)).isEmpty();
    // a "no" against a bare mention that says nothing of whom: no contradiction either
    ClaimFacts noDeal = Facts.of(0, "deal").negated().build();
    ClaimFacts deal = Facts.of(1, "deal").build();
    assertThat(judge(noDeal, deal)).noneMatch(Finding::isConflict);
  }

  @Test
  void otherPartiesConflictOnlyWhereTheRestIsOneFact() {
    // two firings by two teams: other agents, and other people fired
    ClaimFacts sixers = Facts.of(0, "fire").with(Role.AGENT, "Sixers").with(Role.PATIENT, "Cheeks").build();
    ClaimFacts lakers = Facts.of(1, "fire").with(Role.AGENT, "Lakers").with(Role.PATIENT, "Brown").build();
    assertThat(judge(sixers, lakers)).noneMatch(Finding::isConflict);
    // one firing, two accounts of who fired him
    ClaimFacts wizards = Facts.of(1, "fire").with(Role.AGENT, "Wizards").with(Role.PATIENT, "Cheeks").build();
    assertThat(judge(sixers, wizards)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PARTICIPANTS);
  }

  @Test
  void aStatisticOfSomeoneNamedOnlyByAPronounIsNoOnesInParticular() {
    // "Bush caught 52 passes" / "He caught eight passes": he may be another player
    ClaimFacts bush = Facts.of(0, "catch").with(Role.AGENT, "Bush").with(Role.PATIENT, "52 passes")
        .amounts(Role.PATIENT, new Quantity(52, "pass", false)).build();
    ClaimFacts he = Facts.of(1, "catch").with(Role.AGENT, "he").with(Role.PATIENT, "eight passes")
        .amounts(Role.PATIENT, new Quantity(8, "pass", false)).build();
    assertThat(judge(bush, he)).noneMatch(Finding::isConflict);
    // named on both sides, the counts conflict
    ClaimFacts bushAgain = Facts.of(1, "catch").with(Role.AGENT, "Bush").with(Role.PATIENT, "eight passes")
        .amounts(Role.PATIENT, new Quantity(8, "pass", false)).build();
    assertThat(judge(bush, bushAgain)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.NUMBER);
    // a sentence and its copy: "he" is one person in both
    ClaimFacts he52 = Facts.of(0, "catch").with(Role.AGENT, "he").with(Role.PATIENT, "52 passes")
        .sentence("He caught 52 passes for 600 yards in his rookie season with the Saints.")
        .amounts(Role.PATIENT, new Quantity(52, "pass", false)).build();
    ClaimFacts he8 = Facts.of(1, "catch").with(Role.AGENT, "he").with(Role.PATIENT, "eight passes")
        .sentence("He caught eight passes for 600 yards in his rookie season with the Saints.")
        .amounts(Role.PATIENT, new Quantity(8, "pass", false)).build();
    assertThat(judge(he52, he8)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.NUMBER);
    assertThat(judge(bush, he)).noneMatch(Finding::isConflict);
    // one says who, the other not: "[he] missed nine games in a row" / "Thomas missed 10 games"
    ClaimFacts nine = Facts.of(0, "miss").with(Role.PATIENT, "nine games")
        .amounts(Role.PATIENT, new Quantity(9, "game", false)).build();
    ClaimFacts ten = Facts.of(1, "miss").with(Role.AGENT, "Thomas").with(Role.PATIENT, "10 games")
        .amounts(Role.PATIENT, new Quantity(10, "game", false)).build();
    assertThat(judge(nine, ten)).noneMatch(Finding::isConflict);
    // neither says who ("12 civilians were killed", "20 civilians were killed"): the counts conflict
    ClaimFacts twelve = Facts.of(0, "kill").with(Role.PATIENT, "12 civilians")
        .amounts(Role.PATIENT, new Quantity(12, "civilian", false)).build();
    ClaimFacts twenty = Facts.of(1, "kill").with(Role.PATIENT, "20 civilians")
        .amounts(Role.PATIENT, new Quantity(20, "civilian", false)).build();
    assertThat(judge(twelve, twenty)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.NUMBER);
  }

  @Test
  void otherDoersOfWhatMayBeOtherDeedsAreTwoFacts() {
    // a judge and a deputy each "called" something: nothing but the verb in common
    ClaimFacts judgeSaid = Facts.of(0, "call").with(Role.AGENT, "Hickok")
        .with(Role.ATTRIBUTE, "the slaying of the newlywed deputy a cold-blooded murder")
        .sentence("Hickok called the slaying of the newlywed deputy a cold-blooded murder.").build();
    ClaimFacts deputySaid = Facts.of(1, "call").with(Role.AGENT, "Timothy Brennan")
        .with(Role.ATTRIBUTE, "the verdict bittersweet")
        .sentence("Sheriff's Deputy Timothy Brennan called the verdict bittersweet.").build();
    assertThat(judge(judgeSaid, deputySaid)).noneMatch(Finding::isConflict);
    // the same verdict called bittersweet by two people: who said it is in question
    ClaimFacts judgeToo = Facts.of(0, "call").with(Role.AGENT, "Hickok")
        .with(Role.ATTRIBUTE, "the verdict bittersweet")
        .sentence("Judge Hickok later called the verdict bittersweet in a statement.").build();
    assertThat(judge(judgeToo, deputySaid)).singleElement().extracting(Finding::kind)
        .isEqualTo(FindingKind.PARTICIPANTS);
  }

  @Test
  void sentencesSharingOnlyTheWordsOfAStatisticAreNotOneSentenceCopied() {
    // every word of the shorter sentence is in the longer, but in no common run: two players' figures
    ClaimFacts bush = Facts.of(0, "catch").with(Role.AGENT, "Bush").with(Role.PATIENT, "52 passes")
        .sentence("Bush rushed for 404 yards and two touchdowns, caught 52 passes for 440 yards and four TDs.")
        .amounts(Role.PATIENT, new Quantity(52, "pass", false)).build();
    ClaimFacts he = Facts.of(1, "catch").with(Role.AGENT, "He").with(Role.PATIENT, "eight passes")
        .sentence("He has also caught eight passes for 66 yards and two touchdowns.")
        .amounts(Role.PATIENT, new Quantity(8, "pass", false)).build();
    assertThat(judge(bush, he)).noneMatch(Finding::isConflict);
    // a copy keeps words in a row: "he" of a sentence and of its rewrite is one player
    ClaimFacts heCopy = Facts.of(1, "catch").with(Role.AGENT, "He").with(Role.PATIENT, "eight passes")
        .sentence("Bush rushed for 404 yards and two touchdowns; he caught eight passes for 440 yards.")
        .amounts(Role.PATIENT, new Quantity(8, "pass", false)).build();
    assertThat(judge(bush, heCopy)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.NUMBER);
  }

  @Test
  void notUntilSaysWhenItHappenedAndDeniesNothing() {
    ClaimFacts began = Facts.of(0, "begin").with(Role.PATIENT, "negotiations with Ross")
        .sentence("Negotiations with Ross began last month.").build();
    ClaimFacts notUntil = Facts.of(1, "begin").with(Role.PATIENT, "negotiations with Ross").negated()
        .written("until", "three weeks before the release")
        .sentence("Negotiations with Ross didn't begin until three weeks before the release.").build();
    assertThat(judge(began, notUntil)).noneMatch(Finding::isConflict);
    // without "until" the "not" denies it
    ClaimFacts never = Facts.of(1, "begin").with(Role.PATIENT, "negotiations with Ross").negated()
        .sentence("Negotiations with Ross never began.").build();
    assertThat(judge(began, never)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.POLARITY);
    // a bound both write: "stayed until 5" and "did not stay until 5" contradict
    ClaimFacts stayed = Facts.of(0, "stay").with(Role.AGENT, "Ross").written("until", "Friday")
        .sentence("Ross stayed until Friday.").build();
    ClaimFacts left = Facts.of(1, "stay").with(Role.AGENT, "Ross").written("until", "Friday").negated()
        .sentence("Ross did not stay until Friday.").build();
    assertThat(judge(stayed, left)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.POLARITY);
  }

  @Test
  void aNotThatDeniesAVerbOfIntentContradicts() {
    // "the demographic wanted to spend" / "the demographic didn't want to spend": both hedged alike
    ClaimFacts wanted = Facts.of(0, "want to spend").with(Role.AGENT, "Lionsgate").hedged().build();
    ClaimFacts notWanted = Facts.of(1, "want to spend").with(Role.AGENT, "Lionsgate").hedged().negated().build();
    assertThat(judge(wanted, notWanted)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.POLARITY);
    // "Lionsgate may pay" / "Lionsgate may not pay": both possible
    ClaimFacts mayPay = Facts.of(0, "pay").with(Role.AGENT, "Lionsgate").hedged().build();
    ClaimFacts mayNotPay = Facts.of(1, "pay").with(Role.AGENT, "Lionsgate").hedged().negated().build();
    assertThat(judge(mayPay, mayNotPay)).noneMatch(Finding::isConflict);
  }

  @Test
  void aYearContainsItsMonthsButNotOtherDays() {
    ClaimFacts year = Facts.of(0, "begin").with(Role.AGENT, "Russia").in(2015).build();
    ClaimFacts day = Facts.of(1, "begin").with(Role.AGENT, "Russia").on(LocalDate.of(2015, 9, 30)).build();
    assertThat(judge(year, day)).noneMatch(Finding::isConflict);

    ClaimFacts monday = Facts.of(0, "arrive").with(Role.AGENT, "Assad").on(LocalDate.of(2023, 3, 13)).build();
    ClaimFacts tuesday = Facts.of(1, "arrive").with(Role.AGENT, "Assad").on(LocalDate.of(2023, 3, 14)).build();
    assertThat(judge(monday, tuesday)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.TIME);
  }

  @Test
  void otherWeekdaysAsWrittenConflictButAWeekdayAndADateDoNot() {
    ClaimFacts tuesday = Facts.of(0, "arrest").with(Role.PATIENT, "Jackson").written("on tuesday").build();
    ClaimFacts thursday = Facts.of(1, "arrest").with(Role.PATIENT, "Jackson").written("on thursday").build();
    ClaimFacts tuesdayNight = Facts.of(2, "arrest").with(Role.PATIENT, "Jackson").written("late tuesday night").build();
    ClaimFacts dated = Facts.of(3, "arrest").with(Role.PATIENT, "Jackson").on(LocalDate.of(2008, 12, 18)).build();

    assertThat(judge(tuesday, thursday)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.TIME);
      assertThat(f.explanation()).contains("on tuesday").contains("on thursday");
    });
    assertThat(judge(tuesday, tuesdayNight)).noneMatch(Finding::isConflict);
    // a weekday against a date needs a reference date to compare: never a conflict without one
    assertThat(judge(thursday, dated)).noneMatch(Finding::isConflict);
  }

  @Test
  void datesWithoutAYearAreComparedAsWritten() {
    ClaimFacts eighth = Facts.of(0, "crash").with(Role.AGENT, "Lohan").written("on june 8").build();
    ClaimFacts eleventh = Facts.of(1, "crash").with(Role.AGENT, "Lohan").written("on june 11").build();
    ClaimFacts eighthAgain = Facts.of(2, "crash").with(Role.AGENT, "Lohan").written("june 8").build();

    assertThat(judge(eighth, eleventh)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.TIME);
    assertThat(judge(eighth, eighthAgain)).singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void namesThatOnlyDescribeSomeoneAreNotParties() {
    // "A Mafia boss in Palermo hanged himself" / "Gaetano Lo Presti, 52, hanged himself ... in a Palermo jail"
    ClaimFacts boss = Facts.of(0, "hang").withPersonIn(Role.AGENT, "A Mafia boss", "Mafia")
        .with(Role.PATIENT, "himself").at("Palermo").build();
    ClaimFacts loPresti = Facts.of(1, "hang").withPeople(Role.AGENT, "Gaetano Lo Presti")
        .with(Role.PATIENT, "himself").at("Palermo").build();
    ClaimFacts riina = Facts.of(2, "hang").withPeople(Role.AGENT, "Salvatore Riina")
        .with(Role.PATIENT, "himself").at("Palermo").build();
    assertThat(judge(boss, loPresti)).noneMatch(Finding::isConflict);
    assertThat(judge(riina, loPresti)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PARTICIPANTS);
    // a team's number is part of its name: "The Philadelphia 76ers" fired him, not "Philadelphia"'s someone
    ClaimFacts sixers = Facts.of(0, "fire").withPersonIn(Role.AGENT, "The Philadelphia 76ers", "Philadelphia")
        .with(Role.PATIENT, "Cheeks").build();
    ClaimFacts wizards = Facts.of(1, "fire").with(Role.AGENT, "Wizards").with(Role.PATIENT, "Cheeks").build();
    assertThat(judge(sixers, wizards)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PARTICIPANTS);
  }

  @Test
  void twoPeopleSayingNothingButAPronounAreNotOneStatement() {
    // "Lieutenant Hastings said he did not know why ..." / "Sznewajs said he did not know whether ..."
    ClaimFacts hastings = Facts.of(0, "know").with(Role.AGENT, "he").withPeople(Role.SPEAKER, "Hastings")
        .negated().build();
    ClaimFacts sznewajs = Facts.of(1, "know").with(Role.AGENT, "he").withPeople(Role.SPEAKER, "Sznewajs")
        .negated().build();
    assertThat(judge(hastings, sznewajs)).noneMatch(Finding::isConflict);
  }

  @Test
  void aPlaceCutShortIsTheSamePlace() {
    // "in Key Biscayne" read by one parse as "in Key"
    ClaimFacts key = Facts.of(0, "meet").withPeople(Role.PARTICIPANTS, "Mitchell", "Magruder").at("Key").build();
    ClaimFacts biscayne = Facts.of(1, "meet").withPeople(Role.PARTICIPANTS, "Mitchell", "Magruder")
        .at("Key Biscayne").build();
    ClaimFacts miami = Facts.of(2, "meet").withPeople(Role.PARTICIPANTS, "Mitchell", "Magruder").at("Miami").build();
    assertThat(judge(key, biscayne)).noneMatch(Finding::isConflict);
    assertThat(judge(biscayne, miami)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PLACE);
  }

  @Test
  void aNoBeforeAnEventNounDeniesNothingItsVerbSays() {
    // "no financial terms of the transaction were disclosed" / "Financial terms ... were not disclosed"
    ClaimFacts noTerms = Facts.of(0, "term").with(Role.PATIENT, "the transaction").nominal().negated().build();
    ClaimFacts terms = Facts.of(1, "term").with(Role.PATIENT, "the transaction").nominal().build();
    assertThat(judge(noTerms, terms)).noneMatch(Finding::isConflict);
  }

  @Test
  void aVerbWithAParticleIsAnotherVerb() {
    // "Pirates holding about a dozen ships" / "the pirates, who decided not to hold out"
    ClaimFacts holding = Facts.of(0, "hold").with(Role.AGENT, "pirates").build();
    ClaimFacts holdOut = Facts.of(1, "hold out").with(Role.AGENT, "pirates").negated().build();
    ClaimFacts notHolding = Facts.of(2, "hold").with(Role.AGENT, "pirates").negated().build();
    assertThat(judge(holding, holdOut)).noneMatch(Finding::isConflict);
    assertThat(judge(holding, notHolding)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.POLARITY);
  }

  @Test
  void speakersThatArePeopleAreComparedByThePeopleNotTheirOrganisation() {
    // both speak for one society: the organisation they share does not make them one speaker of one quote
    ClaimFacts thornhill = Facts.of(0, "evolve").with(Role.AGENT, "threats")
        .with(Role.SPEAKER, "Society").withPeople(Role.SPEAKER, "Alan Thornhill")
        .sentence("\"Threats to wildlife evolve faster than the rules,\" said Alan Thornhill of the Society.").build();
    ClaimFacts wetzler = Facts.of(1, "evolve").with(Role.AGENT, "threats")
        .with(Role.SPEAKER, "Society").withPeople(Role.SPEAKER, "Andrew Wetzler")
        .sentence("\"Threats to wildlife evolve faster than the rules,\" said Andrew Wetzler of the Society.").build();
    ClaimFacts thornhillAgain = Facts.of(2, "evolve").with(Role.AGENT, "threats")
        .withPeople(Role.SPEAKER, "Thornhill").build();

    assertThat(judge(thornhill, wetzler)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.SPEAKER);
    assertThat(judge(thornhill, thornhillAgain)).noneMatch(Finding::isConflict);
  }

  @Test
  void twoPeopleSayingOneThingInTheirOwnWordsBothSaidIt() {
    // two officers of one police force on the gun found in the car
    ClaimFacts pickell = Facts.of(0, "find").with(Role.AGENT, "Officers").with(Role.PATIENT, "a shotgun")
        .withPeople(Role.SPEAKER, "Pickell")
        .sentence("Officers found a 12-gauge pump-action shotgun and three live shells in the vehicle, Pickell said.").build();
    ClaimFacts scherlinck = Facts.of(1, "find").with(Role.AGENT, "Officers").with(Role.PATIENT, "a gun")
        .withPeople(Role.SPEAKER, "Gerry Scherlinck")
        .sentence("Officers found a gun in the vehicle matching the description, Lt. Gerry Scherlinck said.").build();
    assertThat(judge(pickell, scherlinck)).noneMatch(Finding::isConflict);
    // nor is one sentence two reports share but neither quotes
    ClaimFacts steele = Facts.of(0, "work").with(Role.AGENT, "a small group of women").withPeople(Role.SPEAKER, "Steele")
        .sentence("Mr Steele said the fire started as a small group of women were working on crafts.").build();
    ClaimFacts kroon = Facts.of(1, "work").with(Role.AGENT, "a small group of women").withPeople(Role.SPEAKER, "Kroon")
        .sentence("Kroon says the fire broke out while a small group of women were working on crafts.").build();
    assertThat(judge(steele, kroon)).noneMatch(Finding::isConflict);

    // the same words credited to two people are one statement misattributed
    ClaimFacts smith = Facts.of(0, "aware").with(Role.PATIENT, "the issue").withPeople(Role.SPEAKER, "A.J. Smith")
        .sentence("\"We're aware of the off-the-field issue involving Vincent,\" general manager A.J. Smith said.").build();
    ClaimFacts butler = Facts.of(1, "aware").with(Role.PATIENT, "the issue").withPeople(Role.SPEAKER, "AJ Butler")
        .sentence("\"We're aware of the off-the-field issue involving Vincent,\" general manager AJ Butler said.").build();
    assertThat(judge(smith, butler)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.SPEAKER);
  }

  @Test
  void aBodyNamedInASpeakersWordsIsNoPerson() {
    String sentence = "\"Jackson was arrested while on probation for a previous DUI arrest,\" %s said.";
    ClaimFacts baehr = Facts.of(0, "arrest").with(Role.AGENT, "Jackson").withPeople(Role.SPEAKER, "Brad Baehr")
        .sentence(sentence.formatted("CHP Officer Brad Baehr")).build();
    ClaimFacts patrol = Facts.of(1, "arrest").with(Role.AGENT, "Jackson")
        .withPersonIn(Role.SPEAKER, "the California Highway Patrol", "Patrol")
        .sentence(sentence.formatted("the California Highway Patrol")).build();
    ClaimFacts researchers = Facts.of(1, "arrest").with(Role.AGENT, "Jackson")
        .withPersonIn(Role.SPEAKER, "Researchers at the software security firm Trend", "Trend")
        .sentence(sentence.formatted("Researchers at the software security firm Trend")).build();
    ClaimFacts city = Facts.of(1, "arrest").with(Role.AGENT, "Jackson")
        .withPersonIn(Role.SPEAKER, "the City of Palmer", "Palmer")
        .sentence(sentence.formatted("the City of Palmer")).build();
    ClaimFacts assad = Facts.of(1, "arrest").with(Role.AGENT, "Jackson")
        .withPersonIn(Role.SPEAKER, "The Syrian President Bashar Assad", "Assad")
        .sentence(sentence.formatted("The Syrian President Bashar Assad")).build();
    assertThat(judge(baehr, patrol)).noneMatch(Finding::isConflict);
    assertThat(judge(baehr, researchers)).noneMatch(Finding::isConflict);
    assertThat(judge(baehr, city)).noneMatch(Finding::isConflict);
    // a title after "The" leaves the name a person's
    assertThat(judge(baehr, assad)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.SPEAKER);
  }

  @Test
  void partiesEachSentenceAlsoNamesAreReadingsNotConflicts() {
    ClaimFacts misread = Facts.of(0, "live").with(Role.AGENT, "New")
        .sentence("The New Zealand-born man, who lived in Australia, fell.").build();
    ClaimFacts read = Facts.of(1, "live").with(Role.AGENT, "New Zealand")
        .sentence("The New Zealander, who lived in Australia, fell.").build();
    assertThat(judge(misread, read)).noneMatch(Finding::isConflict);

    // one sentence names the other's party too: a team and its manager, not a contradiction
    ClaimFacts king = Facts.of(0, "fire").with(Role.AGENT, "King")
        .sentence("After the Sixers ended their season, King decided to fire O'Brien.").build();
    ClaimFacts sixers = Facts.of(1, "fire").with(Role.AGENT, "Sixers").sentence("The Sixers fired O'Brien.").build();
    assertThat(judge(king, sixers)).noneMatch(Finding::isConflict);

    // neither sentence names the other's party: a conflict
    ClaimFacts obama = Facts.of(0, "sign").with(Role.AGENT, "Obama").with(Role.PATIENT, "the order")
        .sentence("Obama signed the order.").build();
    ClaimFacts pimm = Facts.of(1, "sign").with(Role.AGENT, "Pimm").with(Role.PATIENT, "the order")
        .sentence("Pimm signed the order.").build();
    assertThat(judge(obama, pimm)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PARTICIPANTS);
  }

  @Test
  void differentCountsOfTheSameUnitConflict() {
    ClaimFacts twelve = Facts.of(0, "kill").with(Role.AGENT, "Earthquake").count(12, "person").build();
    ClaimFacts twenty = Facts.of(1, "kill").with(Role.AGENT, "Earthquake").count(20, "person").build();
    assertThat(judge(twelve, twenty)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.NUMBER);
  }
}
