package org.crosscheck.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

  /** Datelines as wire services and news sites write them (several from ECB+ articles). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WASHINGTON (AP) \u2014 President Obama signed an executive order on Tuesday. | President Obama",
      "NEW YORK \u2014 Stocks fell. | Stocks",
      "LONDON, March 3 (Reuters) - Four men rammed their car into a shop. | Four men",
      "Mumbai, Nov 11- Indian Navy patrolling the Gulf of Aden thwarted an attack. | Indian Navy",
      "Kabul (AFP) - Taliban fighters attacked a checkpoint. | Taliban",
      "Posted: June 12, 2013 A trial date has been set. | A trial date",
      "UPDATED: FRIDAY Lindsay Lohan checked into rehab. | Lindsay Lohan",
      "Updated Thu 6 May 2010, 9: 03am AEST Three people died in a burning bank. | Three people",
      "May 03, 2013 Lindsay Lohan is MIA. | Lindsay Lohan",
      "11: 55 Four men rammed their car into the window. | Four men",
      "Last updated on: November 11, 2011 19: 04 IST Indian Naval Ship Sukanya thwarted an attack. | Indian Naval"
  })
  void aDatelineEndsWhereTheSentenceBegins(String sentence, String proper) {
    int end = Datelines.end(sentence);
    assertThat(sentence.substring(end)).startsWith(proper);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Obama - the president - said nothing.",
      "June 12, 2013 was a hot day.",
      "At 11:55 police arrived.",
      "NEW YORK is a big city.",
      "U.S. officials said the talks went well.",
      "March 3 Obama signed the order.",
      "The 2013 Oscars were hosted by Seth MacFarlane.",
      "Assad (left) met Putin - and talked."
  })
  void sentencesWithoutADatelineAreLeftWhole(String sentence) {
    assertThat(Datelines.end(sentence)).isZero();
  }

  @Test
  void aDatelineAloneIsNoSentenceToSplit() {
    assertThat(Datelines.end("Posted: June 12, 2013")).isZero();
  }
}
