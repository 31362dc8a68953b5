package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Concepts;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.normalize.CalendarTimeResolver;
import org.crosscheck.claim.Role;
import org.junit.jupiter.api.Test;

class IndexedClaimAlignerTest {
  private final IndexedClaimAligner aligner =
      new IndexedClaimAligner(new Evidence(Concepts.standard(), new CalendarTimeResolver()));

  @Test
  void sameEventFromTwoSourcesIsOneGroup() {
    ClaimFacts a = Facts.of(0, "sever").with(Role.AGENT, "Turkey").with(Role.PATIENT, "Syria").in(2011).build();
    ClaimFacts b = Facts.of(1, "sever").with(Role.AGENT, "Turkey").in(2011).build();
    assertThat(aligner.align(List.of(a, b))).singleElement()
        .satisfies(g -> assertThat(g.facts()).containsExactly(a, b));
  }

  @Test
  void synonymsAndDerivedNounsShareAConcept() {
    ClaimFacts mend = Facts.of(0, "mend").with(Role.PARTICIPANTS, "Turkey", "Syria").build();
    ClaimFacts restoration = Facts.of(1, "restoration").with(Role.PARTICIPANTS, "Syria", "Turkey").build();
    assertThat(aligner.align(List.of(mend, restoration))).hasSize(1);
  }

  @Test
  void aKillingAndADeathOfOnePersonAlign() {
    ClaimFacts killed = Facts.of(0, "kill").with(Role.PATIENT, "Bettie Page").in(2008).build();
    ClaimFacts died = Facts.of(1, "die").with(Role.AGENT, "Bettie Page").in(2008).build();
    assertThat(aligner.align(List.of(killed, died))).hasSize(1);
  }

  @Test
  void claimsNamingNothingAlignWithinTheirStory() {
    // "has died" read without its subject, in two sources about Esther Williams
    List<ClaimGroup> groups = storyWithUnnamed("die");
    assertThat(groups).singleElement()
        .satisfies(g -> assertThat(g.facts()).extracting(f -> f.claim().lemma()).containsExactly("die", "die"));
  }

  @Test
  void aNameReadAsAPredicateIsNoEventOfTheStory() {
    assertThat(storyWithUnnamed("hollywood")).isEmpty();
  }

  /** Two sources about Esther Williams, each also with a claim of {@code lemma} naming nothing. */
  private List<ClaimGroup> storyWithUnnamed(String lemma) {
    return aligner.align(List.of(
        Facts.of(0, "swim").with(Role.AGENT, "Esther Williams").build(), Facts.of(0, lemma).build(),
        Facts.of(1, "act").with(Role.AGENT, "Esther Williams").build(), Facts.of(1, lemma).build()));
  }

  @Test
  void twoThingsSaidOfOneKindOfEventInAStoryAreTwoFacts() {
    // "The gathering marked a significant moment" and "which marked the anniversary": one verb,
    // one story, nothing else shared
    List<ClaimGroup> groups = storyWith(
        Facts.of(0, "mark").with(Role.PATIENT, "a significant moment").build(),
        Facts.of(1, "mark").with(Role.PATIENT, "the anniversary").build());
    assertThat(groups).isEmpty();
  }

  @Test
  void aClaimSayingNoMoreThanItsEventIsItsStorys() {
    // "Turkey severed ties with Syria" and "relations ... severed since 2011" in one story
    List<ClaimGroup> groups = storyWith(
        Facts.of(0, "sever").with(Role.PATIENT, "ties").build(),
        Facts.of(1, "sever").build());
    assertThat(groups).singleElement()
        .satisfies(g -> assertThat(g.facts()).extracting(f -> f.claim().lemma()).containsExactly("sever", "sever"));
  }

  /** {@code claims} with two sources about Esther Williams they belong to. */
  private List<ClaimGroup> storyWith(ClaimFacts... claims) {
    List<ClaimFacts> all = new ArrayList<>(List.of(
        Facts.of(0, "swim").with(Role.AGENT, "Esther Williams").build(),
        Facts.of(1, "act").with(Role.AGENT, "Esther Williams").build()));
    all.addAll(List.of(claims));
    return aligner.align(all);
  }

  @Test
  void aClaimJoinsTheLookAlikeEventOfTheSourceNamingWhatItsSourceNames() {
    // one story, two deaths a year apart; the undated "has died" of source 0 links to both with
    // the same score, and goes with source 2, which names the same people (source 1 names one)
    ClaimFacts undated = Facts.of(0, "die").build();
    ClaimFacts earlier = Facts.of(1, "die").on(LocalDate.of(2012, 1, 5)).build();
    ClaimFacts later = Facts.of(2, "die").on(LocalDate.of(2013, 6, 6)).build();
    List<ClaimGroup> groups = aligner.align(List.of(
        Facts.of(0, "swim").with(Role.AGENT, "Esther Williams").build(),
        Facts.of(0, "act").with(Role.AGENT, "Fernando Lamas").build(), undated,
        Facts.of(1, "swim").with(Role.AGENT, "Esther Williams").build(), earlier,
        Facts.of(2, "swim").with(Role.AGENT, "Esther Williams").build(),
        Facts.of(2, "act").with(Role.AGENT, "Fernando Lamas").build(), later));
    assertThat(groups).filteredOn(g -> g.facts().contains(undated)).singleElement()
        .satisfies(g -> assertThat(g.facts()).containsExactly(undated, later));
  }

  @Test
  void claimsNamingNothingStayApartAcrossStories() {
    ClaimFacts diedA = Facts.of(0, "die").build();
    ClaimFacts diedB = Facts.of(1, "die").build();
    assertThat(aligner.align(List.of(diedA, diedB))).isEmpty();
  }

  @Test
  void lookAlikeEventsAYearApartStayApart() {
    ClaimFacts march = Facts.of(0, "meet").with(Role.AGENT, "Putin").with(Role.PATIENT, "Assad")
        .on(LocalDate.of(2023, 3, 15)).build();
    ClaimFacts july = Facts.of(1, "meet").with(Role.AGENT, "Putin").with(Role.PATIENT, "Assad")
        .on(LocalDate.of(2024, 7, 24)).build();
    ClaimFacts alsoMarch = Facts.of(2, "meet").with(Role.AGENT, "Putin").with(Role.PATIENT, "Assad")
        .on(LocalDate.of(2023, 3, 15)).build();
    List<ClaimGroup> groups = aligner.align(List.of(march, july, alsoMarch));
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.facts()).containsExactly(march, alsoMarch));
  }

  @Test
  void aGroupDoesNotGatherTheLookAlikeEventOfSourcesTellingAnotherStory() {
    // "Microsoft released ... for Internet Explorer" in all four sources: predicate and both
    // names shared, enough to align across stories, but sources 0 and 1 tell of December 2008
    // and sources 2 and 3 of September 2013
    List<ClaimGroup> releases = aligner.align(TwoPatches.claims()).stream()
        .filter(g -> g.facts().get(0).claim().lemma().equals("release")).toList();
    assertThat(releases).extracting(g -> g.facts().stream().map(ClaimFacts::source).toList())
        .containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
  }

  @Test
  void theSameWordsCreditedToSomeoneAreEvidenceOfOneUtterance() {
    Evidence evidence = new Evidence(Concepts.standard(), new CalendarTimeResolver());
    ClaimFacts klitschko = Facts.of(0, "satisfy").with(Role.AGENT, "we").withPeople(Role.SPEAKER, "Klitschko").build();
    ClaimFacts bowe = Facts.of(1, "satisfy").with(Role.AGENT, "we").withPeople(Role.SPEAKER, "Bowe").build();
    ClaimFacts otherWords = Facts.of(1, "satisfy").with(Role.AGENT, "they").withPeople(Role.SPEAKER, "Bowe").build();
    assertThat(evidence.score(klitschko, bowe)).isEqualTo(evidence.score(klitschko, otherWords) + 1);
  }

  @Test
  void whoSaidSomethingIsNotWhatItIsAbout() {
    Evidence evidence = new Evidence(Concepts.standard(), new CalendarTimeResolver());
    ClaimFacts saidByAssad = Facts.of(0, "visit").withPeople(Role.SPEAKER, "Assad").build();
    ClaimFacts byAssad = Facts.of(1, "visit").withPeople(Role.AGENT, "Assad").build();
    ClaimFacts alsoByAssad = Facts.of(2, "visit").withPeople(Role.AGENT, "Assad").build();
    assertThat(evidence.score(saidByAssad, byAssad)).isEqualTo(1); // the same predicate only
    assertThat(evidence.score(byAssad, alsoByAssad)).isEqualTo(2);
  }

  @Test
  void differentEventsOrOneSourceNeverAlign() {
    ClaimFacts arrive = Facts.of(0, "arrive").with(Role.AGENT, "Assad").build();
    ClaimFacts meet = Facts.of(1, "meet").with(Role.AGENT, "Assad").build();
    ClaimFacts sameSource = Facts.of(0, "arrive").with(Role.AGENT, "Assad").build();
    assertThat(aligner.align(List.of(arrive, meet, sameSource))).isEmpty();
  }

  @Test
  void groupsAreTheSameWhateverTheInputOrder() {
    ClaimFacts a = Facts.of(0, "sever").with(Role.AGENT, "Turkey").in(2011).build();
    ClaimFacts b = Facts.of(1, "sever").with(Role.AGENT, "Turkey").in(2011).build();
    ClaimFacts c = Facts.of(2, "sever").with(Role.AGENT, "Turkey").in(2011).build();
    assertThat(aligner.align(List.of(a, b, c)).get(0).facts()).containsExactly(a, b, c);
    assertThat(aligner.align(List.of(c, a, b)).get(0).facts()).containsExactlyInAnyOrder(a, b, c);
  }

  @Test
  void groupsAreTheSameOnAnyNumberOfThreads() {
    // enough claims for several parallel tasks: 250 sources of 25 stories, each source telling
    // its story's events with the story's people, in one of two years
    List<String> events = List.of("meet", "kill", "die", "arrest", "visit", "sign", "win", "resign");
    Random random = new Random(7);
    List<ClaimFacts> facts = new ArrayList<>();
    for (int source = 0; source < 250; source++) {
      int story = source / 10;
      for (int claim = 0; claim < 12; claim++) {
        facts.add(Facts.of(source, events.get(random.nextInt(events.size())))
            .withPeople(Role.AGENT, "Agent" + story + "x" + random.nextInt(3))
            .withPeople(Role.PATIENT, "Patient" + story + "x" + random.nextInt(3))
            .in(2010 + random.nextInt(2)).build());
      }
    }
    Evidence evidence = new Evidence(Concepts.standard(), new CalendarTimeResolver());
    List<ClaimGroup> oneThread = new IndexedClaimAligner(evidence, 1).align(facts);
    assertThat(oneThread).hasSizeGreaterThan(100);
    assertThat(new IndexedClaimAligner(evidence, 3).align(facts)).isEqualTo(oneThread);
  }

  @Test
  void aNumberOfThreadsBelowOneIsRefused() {
    Evidence evidence = new Evidence(Concepts.standard(), new CalendarTimeResolver());
    assertThatThrownBy(() -> new IndexedClaimAligner(evidence, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be at least 1, got 0");
  }
}
