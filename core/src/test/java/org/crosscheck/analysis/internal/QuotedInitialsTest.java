package org.crosscheck.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedInitialsTest {

  @Test
  void initialsAfterAQuotesCommaAndBeforeItsVerbCutTheSpeaker() {
    assertThat(QuotedInitials.cutsSpeaker(
        "“We're aware of the off-the-field issue involving Vincent,” team general manager A.J.")).isTrue();
    assertThat(QuotedInitials.cutsSpeaker("\"We will appeal,\" defense attorney J.D.")).isTrue();
  }

  @Test
  void initialsWithNoQuoteOrAfterTheReportingVerbEndTheSentence() {
    assertThat(QuotedInitials.cutsSpeaker("The team moved to the U.S.")).isFalse();
    assertThat(QuotedInitials.cutsSpeaker("\"We won,\" the coach said after the trip to the U.S.")).isFalse();
    // a quote ended by its own period is no attribution to come
    assertThat(QuotedInitials.cutsSpeaker("He said: \"We won.\" The team flew to the U.S.")).isFalse();
    assertThat(QuotedInitials.cutsSpeaker("\"We won,\" team manager Smith")).isFalse();
  }
}
