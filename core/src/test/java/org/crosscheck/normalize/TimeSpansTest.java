package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeSpansTest {

  private final TimeResolver resolver = new CalendarTimeResolver();

  private TimeSpan at(String expression) {
    return resolver.resolve(expression, Optional.of(LocalDate.of(2023, 3, 16))).orElseThrow();
  }

  @Test
  void yearContainsItsMonths() {
    assertThat(TimeSpans.relation(at("2015"), at("September 2015"))).isEqualTo(TimeRelation.CONTAINS);
    assertThat(TimeSpans.relation(at("September 2015"), at("2015"))).isEqualTo(TimeRelation.WITHIN);
    assertThat(TimeSpans.relation(at("September 2015"), at("2015")).isCompatible()).isTrue();
  }

  @Test
  void weekdayAndDateAgree() {
    assertThat(TimeSpans.relation(at("on Wednesday"), at("March 15, 2023"))).isEqualTo(TimeRelation.EQUAL);
    assertThat(TimeSpans.relation(at("on Wednesday"), at("15 March"))).isEqualTo(TimeRelation.EQUAL);
  }

  @Test
  void differentDaysAreDisjoint() {
    assertThat(TimeSpans.relation(at("on 14 March"), at("March 15, 2023"))).isEqualTo(TimeRelation.DISJOINT);
    assertThat(TimeSpans.relation(at("December 2022"), at("in March 2023")).isCompatible()).isFalse();
  }

  @Test
  void overlappingRanges() {
    assertThat(TimeSpans.relation(at("between 2010 and 2012"), at("between 2011 and 2014")))
        .isEqualTo(TimeRelation.OVERLAPS);
    assertThat(TimeSpans.relation(at("since 2011"), at("on 15 March"))).isEqualTo(TimeRelation.CONTAINS);
    // since 2011 ends with the reference day, 16 March 2023: March 2023 runs past it
    assertThat(TimeSpans.relation(at("since 2011"), at("in March 2023"))).isEqualTo(TimeRelation.OVERLAPS);
  }
}
