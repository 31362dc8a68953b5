package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time expressions of the seed articles, checked by hand against their texts. */
class SeedTimesTest {

  private final TimeResolver resolver = new CalendarTimeResolver();

  private static String seed(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("crosscheck.shared", "/work/shared"), "seeds");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "seeds");
    }
    try (var files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  @Test
  void onlyTheArticleWithFullDatesGetsAReferenceFromItsText() throws IOException {
    // 004 mentions "on March 14, 2023" and "on March 15, 2023"; the others give no year with a day
    assertThat(ReferenceDates.of(Optional.empty(), seed("004"))).contains(LocalDate.of(2023, 3, 15));
    for (String other : new String[] {"000", "001", "002", "003"}) {
      assertThat(ReferenceDates.of(Optional.empty(), seed(other))).as(other).isEmpty();
    }
  }

  @Test
  void agreementsOnTheMarchMeetingHoldOnceDatesAreKnown() {
    Optional<LocalDate> ref = Optional.of(LocalDate.of(2023, 3, 15));
    TimeSpan meeting004 = resolver.resolve("on March 15, 2023", ref).orElseThrow();
    TimeSpan meeting003 = resolver.resolve("on 15 March", ref).orElseThrow();
    TimeSpan arrival003 = resolver.resolve("on 14 March", ref).orElseThrow();
    TimeSpan arrival004 = resolver.resolve("on March 14, 2023", ref).orElseThrow();
    assertThat(TimeSpans.relation(meeting003, meeting004)).isEqualTo(TimeRelation.EQUAL);
    assertThat(TimeSpans.relation(arrival003, arrival004)).isEqualTo(TimeRelation.EQUAL);
    assertThat(TimeSpans.relation(arrival003, meeting004)).isEqualTo(TimeRelation.DISJOINT);
    // "his arrival in Russia a day earlier", counted from the meeting on 15 March
    TimeSpan dayEarlier = resolver.resolve("a day earlier", Optional.of(meeting003.start())).orElseThrow();
    assertThat(TimeSpans.relation(dayEarlier, arrival004)).isEqualTo(TimeRelation.EQUAL);
    // 15 March 2023 was a Wednesday
    TimeSpan wednesday = resolver.resolve("this Wednesday", ref).orElseThrow();
    assertThat(TimeSpans.relation(wednesday, meeting004)).isEqualTo(TimeRelation.EQUAL);
    // "the first ministerial-level talks ... since 2011" contains December 2022
    TimeSpan since2011 = resolver.resolve("since 2011", ref).orElseThrow();
    TimeSpan december = resolver.resolve("In December 2022", ref).orElseThrow();
    assertThat(TimeSpans.relation(since2011, december)).isEqualTo(TimeRelation.CONTAINS);
    // the four-way meeting "on 16 March" and the defence ministers in December 2022: different days
    TimeSpan fourWay = resolver.resolve("on 16 March", ref).orElseThrow();
    assertThat(TimeSpans.relation(fourWay, december)).isEqualTo(TimeRelation.DISJOINT);
    assertThat(fourWay).isEqualTo(TimeSpan.day(LocalDate.of(2023, 3, 16)));
  }

  @Test
  void everySeedSentenceResolvesWithoutThrowing() throws IOException {
    for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
      String text = seed(prefix);
      Optional<LocalDate> ref = ReferenceDates.of(Optional.empty(), text);
      for (String sentence : text.split("[.\\n]")) {
        assertThatCode(() -> {
          resolver.resolve(sentence, ref);
          resolver.resolve(sentence, Optional.of(LocalDate.of(2024, 7, 25)));
          new NumericQuantityResolver().resolve(sentence);
        }).as(sentence).doesNotThrowAnyException();
      }
    }
  }
}
