package org.crosscheck.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.standard();

  @Test
  void happeningsAreEventsAndActsNamedAfterAVerb() {
    assertThat(lexicon.isHappeningNoun("earthquake")).isTrue(); // filed as an event
    assertThat(lexicon.isHappeningNoun("shooting")).isTrue(); // an act, from "shoot"
    assertThat(lexicon.isHappeningNoun("acquisition")).isTrue();
    assertThat(lexicon.isEventNoun("film")).isTrue();
    assertThat(lexicon.isHappeningNoun("film")).isFalse(); // a work, named after a showing
    assertThat(lexicon.isHappeningNoun("career")).isFalse(); // an activity, no verb
    assertThat(lexicon.isHappeningNoun("president")).isFalse();
  }

  @Test
  void synonymsShareTheirFirstSensesSynset() {
    assertThat(lexicon.nounSynset("quake")).isEqualTo("earthquake");
    assertThat(lexicon.nounSynset("temblor")).isEqualTo("earthquake");
    assertThat(lexicon.nounSynset("shot")).isEqualTo(lexicon.nounSynset("shooting"));
    assertThat(lexicon.nounSynset("president")).isEmpty();
  }
}
