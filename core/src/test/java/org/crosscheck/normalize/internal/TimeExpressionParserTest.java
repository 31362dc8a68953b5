package org.crosscheck.normalize.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeExpressionParserTest {

  @Test
  void aTimeAsWrittenIsItsDatesAndTheWordsAroundThem() {
    TimeExpressionParser.Written range = TimeExpressionParser.written("previously from September 2010 to January 2011");
    assertThat(range.frame()).isEqualTo("previously from _ to _");
    assertThat(range.dates()).containsExactly("September 2010", "January 2011");

    TimeExpressionParser.Written until = TimeExpressionParser.written("until Dec. 7");
    assertThat(until.frame()).isEqualTo("until _");
    assertThat(until.dates()).containsExactly("Dec. 7");

    assertThat(TimeExpressionParser.written("prior to the 2005 season").dates()).containsExactly("2005");
    assertThat(TimeExpressionParser.written("on Wednesday morning").dates()).containsExactly("Wednesday morning");
  }

  @Test
  void relativeTimesStayInTheFrame() {
    TimeExpressionParser.Written w = TimeExpressionParser.written("two days ago");
    assertThat(w.dates()).isEmpty();
    assertThat(w.frame()).isEqualTo("two days ago");
  }

  @Test
  void aDateAPhraseEndsWithIsFoundWithItsPreposition() {
    assertThat(TimeExpressionParser.trailingDate("a truck with her Porsche on Pacific Coast Highway on June 11"))
        .contains("on June 11");
    assertThat(TimeExpressionParser.trailingDate("Saturday")).contains("Saturday");
    assertThat(TimeExpressionParser.trailingDate("the June 11 crash on the highway")).isEmpty();
    assertThat(TimeExpressionParser.trailingDate("a 90-day stay")).isEmpty();
  }
}
