package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LexicalEntityResolverTest {

  private static final LexicalEntityResolver RESOLVER = LexicalEntityResolver.standard();

  private static List<String> actors(String phrase) {
    return RESOLVER.actors(phrase).stream().map(Entity::key).toList();
  }

  private static List<String> actorLabels(String phrase) {
    return RESOLVER.actors(phrase).stream().map(Entity::label).toList();
  }

  private static List<String> places(String phrase) {
    return RESOLVER.places(phrase).stream().map(Entity::key).toList();
  }

  @Test
  void capitalsStandForTheirCountriesSoDifferentWordingsGiveTheSameParticipants() {
    assertThat(actors("Damascus and Ankara")).containsExactly("syria", "turkey");
    assertThat(actors("Ankara and Damascus")).containsExactly("turkey", "syria");
    assertThat(Set.copyOf(actors("Turkey and Syria")))
        .isEqualTo(Set.copyOf(actors("Damascus and Ankara")))
        .isEqualTo(Set.copyOf(actors("between Ankara and Damascus")));
    assertThat(Set.copyOf(actors("Russia and Turkey")))
        .isNotEqualTo(Set.copyOf(actors("Damascus and Ankara")))
        .containsExactlyInAnyOrder("russia", "turkey");
    assertThat(actorLabels("Damascus and Ankara")).containsExactly("Syria", "Turkey");
  }

  @Test
  void seatsOfGovernmentStandForTheirCountries() {
    assertThat(actors("the Kremlin")).containsExactly("russia");
    assertThat(actors("Moscow")).containsExactly("russia");
    assertThat(actors("the White House")).containsExactly("united states");
    assertThat(actors("Washington")).containsExactly("united states");
    assertThat(actors("Downing Street")).containsExactly("united kingdom");
    assertThat(actors("London")).containsExactly("united kingdom");
    assertThat(actors("Beijing")).containsExactly("china");
    assertThat(actors("Tehran")).containsExactly("iran");
    assertThat(actors("Kyiv")).containsExactly("ukraine");
    assertThat(actors("Kiev")).containsExactly("ukraine");
  }

  @Test
  void newAndOfficialNamesFromTheAliasTable() {
    assertThat(actors("Turkiye")).containsExactly("turkey");
    assertThat(actors("Türkiye")).containsExactly("turkey");
    assertThat(actors("Czechia")).isEqualTo(actors("the Czech Republic"));
    assertThat(actors("Burma")).isEqualTo(actors("Myanmar")).containsExactly("myanmar");
    assertThat(actors("Eswatini")).isEqualTo(actors("Swaziland"));
    assertThat(actors("the Russian Federation")).containsExactly("russia");
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(actors("the U.S.")).containsExactly("united states");
    assertThat(actors("US")).containsExactly("united states");
    assertThat(actors("USA")).containsExactly("united states");
    assertThat(actors("the UK")).isEqualTo(actors("Britain")).containsExactly("united kingdom");
    assertThat(actors("the UN")).isEqualTo(actors("the United Nations"));
    assertThat(actors("NATO")).isEqualTo(actors("the North Atlantic Treaty Organization"));
    assertThat(actors("the IAEA")).isEqualTo(actors("International Atomic Energy Agency"));
    assertThat(actors("us")).containsExactly("words:us");
    // "SANA" (the Syrian news agency) is not "Sana", the capital of Yemen
    assertThat(actors("SANA")).doesNotContain("yemen");
  }

  @Test
  void placeAdjectivesAndDemonymsWithGenericWordsGiveTheCountry() {
    assertThat(actors("Turkish officials")).containsExactly("turkey");
    assertThat(actors("Syrian security forces")).containsExactly("syria");
    assertThat(actors("the Syrian government")).containsExactly("syria");
    assertThat(actors("the Turkish Foreign Ministry")).containsExactly("turkey");
    assertThat(actors("Turkey's defence minister")).containsExactly("turkey");
    assertThat(actors("the Russians")).containsExactly("russia");
    assertThat(actors("Turks")).containsExactly("turkey");
  }

  @Test
  void coordinationIsSplitIntoOneEntityPerPart() {
    assertThat(actorLabels("defense ministers from Turkey, Syria, and Russia"))
        .containsExactly("Turkey", "Syria", "Russia");
    assertThat(actors("Syria-Turkey ties")).containsExactly("syria", "turkey");
    assertThat(actors("Russian-Syrian cooperation")).containsExactly("russia", "syria");
    assertThat(actors("both Russia and Turkey")).containsExactly("russia", "turkey");
    assertThat(actors("Russia as well as Iran")).containsExactly("russia", "iran");
    // text joined from tokenizer output, and end punctuation
    assertThat(actors("Syria 's President Bashar al-Assad")).isEqualTo(actors("Assad"));
    assertThat(actors("Russia , Iran and Turkey .")).containsExactly("russia", "iran", "turkey");
    assertThat(actors("Iran.")).containsExactly("iran");
    assertThat(actors("the U.S.")).containsExactly("united states");
    // names that contain "and" stay whole
    assertThat(actors("Bosnia and Herzegovina")).hasSize(1);
    // the same entity twice counts once
    assertThat(actors("Moscow, Russia")).containsExactly("russia");
  }

  @Test
  void personVariantsShareOneKey() {
    String assad = actors("Bashar al-Assad").get(0);
    assertThat(assad).startsWith("name:");
    assertThat(actors("Bashar Assad")).containsExactly(assad);
    assertThat(actors("al-Assad")).containsExactly(assad);
    assertThat(actors("Assad")).containsExactly(assad);
    assertThat(actors("President al-Assad")).containsExactly(assad);
    assertThat(actors("Syria's President Bashar al-Assad")).containsExactly(assad);
    assertThat(actors("al-Jafari")).isEqualTo(actors("al-Jaafari")).isEqualTo(actors("Bashar Jaafari"));
    assertThat(actors("Gaddafi")).isEqualTo(actors("Qaddafi"));
    assertThat(actors("Mevlut Cavusoglu")).isEqualTo(actors("Çavuşoğlu"));
    assertThat(actors("Russian Deputy Foreign Minister Mikhail Bogdanov")).isEqualTo(actors("Bogdanov"));
    assertThat(actors("Assad and Turkish President Recep Tayyip Erdogan"))
        .containsExactly(assad, actors("Erdogan").get(0));
    // an apposition names no other participant
    assertThat(actors("Bashar al-Jaafari, Syria's UN envoy")).isEqualTo(actors("al-Jaafari"));
    // acronyms keep their letters
    assertThat(actors("the PKK")).containsExactly("name:pkk");
    // different people stay different
    assertThat(actors("Assad")).isNotEqualTo(actors("Erdogan"));
    assertThat(actors("al-Jafari")).isNotEqualTo(actors("al-Jabari"));
  }

  @Test
  void unknownOrganisationsAreKeyedByAllTheirWords() {
    assertThat(actors("the Syrian Democratic Forces")).containsExactly("org:syrian democratic forces");
    assertThat(actors("Islamic State")).containsExactly("org:islamic state");
    assertThat(actors("the People's Defense Units")).containsExactly("org:people's defense units");
    assertThat(actors("Syrian Democratic Forces")).doesNotContain("syria");
  }

  @Test
  void unknownWordsGiveAStableKeyOfTheirNormalisedWords() {
    assertThat(actors("the two countries")).containsExactly("words:two countries");
    assertThat(actors("The two  countries")).isEqualTo(actors("the two countries"));
    assertThat(actors("Turkish-backed rebels")).containsExactly("words:turkish-backed rebels");
    assertThat(actors("")).isEmpty();
    assertThat(actors("the")).isEmpty();
    assertThat(actors(" . , ")).isEmpty();
    assertThat(actors("zzxq blorf")).containsExactly("words:zzxq blorf");
    // a place named by a common word is not taken at the start, where any word is capitalised
    assertThat(actors("Mobile operators")).containsExactly("words:mobile operators");
    assertThat(places("in Mobile").get(0).startsWith("mobile")).isTrue();
  }

  @Test
  void placesGiveTheMostSpecificFirstThenTheirContainers() {
    // up to the country, then the region WordNet puts the country in
    assertThat(places("Moscow")).containsExactly("moscow", "russia", "eurasia");
    assertThat(places("Moscow, Russia")).containsExactly("moscow", "russia", "eurasia");
    assertThat(places("northern Syria")).containsExactly("syria", "middle east");
    assertThat(places("Ankara")).containsExactly("ankara", "turkey", "middle east");
    assertThat(places("the Kremlin")).containsExactly("kremlin", "moscow", "russia", "eurasia");
    assertThat(places("Vnukovo International Airport")).containsExactly("place:vnukovo international airport");
    assertThat(places("Vnukovo International Airport in Moscow"))
        .containsExactly("place:vnukovo international airport", "moscow", "russia", "eurasia");
    assertThat(places("London")).containsExactly("london", "england", "united kingdom", "british isles");
    // people in a place phrase are not places
    assertThat(places("Syrian President Bashar Assad")).containsExactly("syria", "middle east");
    // as a place, Moscow is Moscow; as an actor it is Russia
    assertThat(actors("Moscow")).containsExactly("russia");
  }

  @Test
  void keysAreLowerCaseAscii() {
    for (String p : List.of("Türkiye", "Côte d'Ivoire", "Çavuşoğlu", "São Paulo", "the Élysée",
        "Bashar al-Assad", "Ярослав")) {
      for (Entity e : RESOLVER.actors(p)) {
        assertThat(e.key()).as(p).matches("[\\x20-\\x7e]+").isEqualTo(e.key().toLowerCase());
      }
    }
    assertThat(actors("Côte d'Ivoire")).isEqualTo(actors("Ivory Coast"));
    assertThat(actors("the Élysée")).containsExactly("france");
  }

  @Test
  void userAliasesAddToTheBundledOnesWithoutChangingTheStandardResolver() throws IOException {
    String tsv = "# a user's table\n"
        + "Rojava\tAutonomous Administration of North and East Syria\tPLACE\thttps://en.wikipedia.org/wiki/Autonomous_Administration_of_North_and_East_Syria\n"
        + "MBS\tMohammed bin Salman\tPERSON\thttps://en.wikipedia.org/wiki/Mohammed_bin_Salman\n";
    List<EntityAlias> rows = LexicalEntityResolver.readAliases(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "user.tsv");
    LexicalEntityResolver custom = RESOLVER.withAliases(rows);
    assertThat(custom.actors("Rojava")).extracting(Entity::label)
        .containsExactly("Autonomous Administration of North and East Syria");
    assertThat(custom.actors("MBS")).isEqualTo(custom.actors("Mohammed bin Salman"));
    assertThat(custom.actors("Ankara")).extracting(Entity::key).containsExactly("turkey");
    assertThat(RESOLVER.actors("MBS")).extracting(Entity::key).doesNotContain(
        custom.actors("MBS").get(0).key());
  }

  @Test
  void aliasRowsWithoutSourceAreRejectedWithTheLine() {
    String tsv = "Foo\tTurkey\tCOUNTRY\t\n";
    assertThatThrownBy(() -> LexicalEntityResolver.readAliases(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv line 1")
        .hasMessageContaining("source");
  }

  @Test
  void bundledAliasRowsAllCiteASource() {
    assertThat(RESOLVER.aliases()).isNotEmpty().allSatisfy(a -> {
      assertThat(a.source()).as(a.name()).isNotBlank();
      assertThat(a.source()).as(a.name()).containsAnyOf("http", "UN ");
    });
  }

  @Test
  void resultsDoNotDependOnWhatWasResolvedBeforeOrOnWhichThread() throws Exception {
    List<String> phrases = List.of("Damascus and Ankara", "Bashar al-Assad", "Assad", "the Kremlin",
        "Turkish officials", "al-Jaafari", "the two countries", "Syria-Turkey ties", "Moscow, Russia");
    List<List<Entity>> expected = new ArrayList<>();
    for (String p : phrases) {
      expected.add(LexicalEntityResolver.standard().actors(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int round = 0; round < 500; round++) {
            int k = (round * 7 + offset) % phrases.size();
            if (!RESOLVER.actors(phrases.get(k)).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(LexicalEntityResolver.standard()).isSameAs(RESOLVER);
  }

  @Test
  void aNameAfterADescriptionIsTheHeadNotTheDescriptionsCapital() {
    // capitals by place in the sentence, or a modifier's: the name the description leads to counts
    assertThat(actorLabels("Perennial party girl Mark Heller")).containsExactly("Heller");
    assertThat(actorLabels("Assistant general manager Samuel Dalembert")).containsExactly("Dalembert");
    // a name linked to another by a preposition keeps the first
    assertThat(actorLabels("Smith from Chicago")).containsExactly("Smith");
    assertThat(actorLabels("Bush of Texas")).containsExactly("Bush");
    // a name followed by a description only is that name
    assertThat(actorLabels("Obama administration officials")).containsExactly("Obama");
  }

  @Test
  void aTitledNameIsThePersonEvenWhenTheTitleIsLongOrTheNameAlsoAPlace() {
    assertThat(actorLabels("Fulton County District Attorney Paul Howard")).containsExactly("Howard");
    assertThat(actorLabels("Sheriff's Capt. Ray Peavy")).containsExactly("Peavy");
    // given names and surnames that are also places: James Bay, Jackson (Wyoming), Newton
    assertThat(actorLabels("Superior Court Judge James Bodiford")).containsExactly("Bodiford");
    assertThat(actorLabels("Chargers WR Jackson")).containsExactly("Jackson");
    assertThat(actorLabels("Carolina Panthers QB Cam Newton")).containsExactly("Newton");
    // a person the gazetteer knows keeps its key after a title
    assertThat(actors("President Barack Obama")).isEqualTo(actors("Obama"));
  }

  @Test
  void anAmountOpeningASentenceIsNoName() {
    assertThat(actors("Dozen of warships")).noneMatch(k -> k.startsWith(LexicalEntityResolver.NAME_PREFIX));
    assertThat(actors("Hundreds")).noneMatch(k -> k.startsWith(LexicalEntityResolver.NAME_PREFIX));
  }
}
