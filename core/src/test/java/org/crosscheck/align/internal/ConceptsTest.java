package org.crosscheck.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptsTest {
  private final Concepts concepts = Concepts.standard();

  @Test
  void aVerbIsRelatedToWhatItCausesAndWhatItIsAWayOfDoing() {
    assertThat(concepts.related("kill", "die")).isTrue(); // killing causes dying
    assertThat(concepts.related("death", "kill")).isTrue(); // "death" derives from "die"
    assertThat(concepts.related("murder", "kill")).isTrue(); // murder is a way to kill
    assertThat(concepts.related("buy", "acquire")).isTrue(); // buying is a way to get, acquire
  }

  @Test
  void onlyWordsThatMostlyMeanTheImpliedActCount() {
    // "kill" causes {die, perish, go, pass, ...}, but "go" and "pass" mostly mean something else
    assertThat(concepts.related("kill", "go")).isFalse();
    assertThat(concepts.related("kill", "pass")).isFalse();
    assertThat(concepts.keys("kill")).contains("die").doesNotContain("go");
  }

  @Test
  void sharingAThirdVerbIsNotEnough() {
    assertThat(concepts.related("depict", "express")).isFalse();
    assertThat(concepts.related("die", "arrive")).isFalse();
  }

  @Test
  void eventsAreVerbsOrEventNounsNotNames() {
    assertThat(concepts.namesEvent("die")).isTrue();
    assertThat(concepts.namesEvent("earthquake")).isTrue();
    assertThat(concepts.namesEvent("hold talk")).isTrue();
    assertThat(concepts.namesEvent("Russia")).isFalse();
    assertThat(concepts.namesEvent("assad")).isFalse();
  }

  @Test
  void synonymousEventNounsAndANounWithItsVerbAreOneWord() {
    assertThat(concepts.sameWord("quake", "earthquake")).isTrue(); // one synset
    assertThat(concepts.sameWord("temblor", "quake")).isTrue();
    assertThat(concepts.sameWord("acquisition", "acquire")).isTrue(); // derived from it
    assertThat(concepts.related("quake", "earthquake")).isTrue();
    assertThat(concepts.keys("temblor")).contains("synset:earthquake"); // filed together
    assertThat(concepts.keys("earthquake")).contains("synset:earthquake");
    assertThat(concepts.sameWord("fire", "earthquake")).isFalse();
    assertThat(concepts.sameWord("buy", "acquire")).isFalse(); // related, but other words
  }

  @Test
  void implyingCarriesOverOneVerbItImplies() {
    // "murder" is a way to "kill", and killing causes dying: a murder and a death are one event
    assertThat(concepts.related("murder", "die")).isTrue();
    assertThat(concepts.related("execute", "death")).isTrue();
    assertThat(concepts.keys("murder")).contains("die"); // and they are filed together
    assertThat(concepts.related("die", "murder")).isTrue(); // whichever is asked first
    // synonyms of a synonym still do not count
    assertThat(concepts.related("depict", "express")).isFalse();
  }

  @Test
  void aStateReportsTheEventThatLeftIt() {
    assertThat(concepts.sameWord("find dead", "die")).isTrue(); // "was found dead" states a death
    assertThat(concepts.related("leave dead", "kill")).isTrue(); // "left 30 dead": killed them
    assertThat(concepts.related("dead", "murder")).isTrue();
    assertThat(concepts.sameWord("find guilty", "convict")).isTrue(); // WordNet: "find or declare guilty"
    // finding anything else is a finding, and pleading guilty is no verdict
    assertThat(concepts.related("find safe", "die")).isFalse();
    assertThat(concepts.related("plead guilty", "convict")).isFalse();
  }

  @Test
  void aLemmaThatIsNoWordIsReadAsTheVerbItInflects() {
    assertThat(concepts.sameWord("injuring", "injure")).isTrue();
    assertThat(concepts.sameWord("bombed", "bomb")).isTrue();
    assertThat(concepts.sameWord("gunned", "gun")).isTrue(); // a doubled consonant undone
    assertThat(concepts.sameWord("damaged", "damage")).isTrue();
    assertThat(concepts.namesEvent("injuring")).isTrue();
    // words that are words keep their meaning
    assertThat(concepts.sameWord("evening", "even")).isFalse();
    assertThat(concepts.sameWord("need", "ne")).isFalse();
    assertThat(concepts.verbOf("shed")).isEqualTo("shed");
  }
}
