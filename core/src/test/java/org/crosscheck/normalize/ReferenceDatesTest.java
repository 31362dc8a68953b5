package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceDatesTest {

  @Test
  void publicationDateWins() {
    assertThat(ReferenceDates.of(Optional.of(LocalDate.of(2024, 7, 25)), "on March 15, 2023"))
        .contains(LocalDate.of(2024, 7, 25));
  }

  @Test
  void elseTheLatestFullDateInTheText() {
    String text = "PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM UPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM "
        + "Lohan was at Betty Ford from September 2010 to January 2011 and crashed on June 8.";
    assertThat(ReferenceDates.of(Optional.empty(), text)).contains(LocalDate.of(2013, 5, 3));
    assertThat(ReferenceDates.of(Optional.empty(),
        "Assad arrived on 14 March 2023 and met Putin on March 15, 2023. In 2024 ...; 2023-03-01"))
        .contains(LocalDate.of(2023, 3, 15));
  }

  @Test
  void yearlessDatesYearsAndInvalidDatesDoNotCount() {
    assertThat(ReferenceDates.of(Optional.empty(), "on Wednesday, 15 March, in 2023; February 30, 2030"))
        .isEmpty();
  }
}
