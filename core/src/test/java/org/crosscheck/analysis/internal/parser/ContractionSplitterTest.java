package org.crosscheck.analysis.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractionSplitterTest {

  @Test
  void splitsContractionsTaggedWithJoinedTags() {
    ContractionSplitter.Split split = ContractionSplitter.split(
        List.of("Turkey's", "leader", "didn't", "say", "it's", "over", "and", "can't", "leave"),
        List.of("PROPN+PART", "NOUN", "AUX+PART", "VERB", "PRON+AUX", "ADV", "CCONJ", "AUX+PART", "VERB"));
    assertThat(split.words()).containsExactly(
        "Turkey", "'s", "leader", "did", "n't", "say", "it", "'s", "over", "and", "ca", "n't", "leave");
    assertThat(split.tags()).containsExactly(
        "PROPN", "PART", "NOUN", "AUX", "PART", "VERB", "PRON", "AUX", "ADV", "CCONJ", "AUX", "PART", "VERB");
    assertThat(split.tokens()).containsExactly(0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 7, 7, 8);
  }

  @Test
  void splitsCurlyApostrophesAndBareSpellings() {
    ContractionSplitter.Split split = ContractionSplitter.split(
        List.of("I", "don\u2019t", "know", ",", "I", "cannot", "say"),
        List.of("PRON", "AUX+PART", "VERB", "PUNCT", "PRON", "AUX+PART", "VERB"));
    assertThat(split.words()).containsExactly("I", "do", "n\u2019t", "know", ",", "I", "can", "not", "say");
  }

  @Test
  void keepsTokensWithoutAKnownClitic() {
    ContractionSplitter.Split split = ContractionSplitter.split(List.of("xyz"), List.of("NOUN+PART"));
    assertThat(split.words()).containsExactly("xyz");
    assertThat(split.tags()).containsExactly("NOUN");
  }

  @Test
  void spreadsJoinedTagsOverWords() {
    assertThat(ContractionSplitter.tagsOfParts("AUX+PART", 2)).containsExactly("AUX", "PART");
    assertThat(ContractionSplitter.tagsOfParts("NOUN", 2)).containsExactly("NOUN", "NOUN");
    assertThat(ContractionSplitter.tagsOfParts("PRON+AUX", 1)).containsExactly("PRON");
  }
}
