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
}
