package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.crosscheck.normalize.TimeSpan.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarTimeResolverTest {

  /** Thursday 16 March 2023, the day after the Putin-Assad meeting of the seeds. */
  private static final LocalDate REF = LocalDate.of(2023, 3, 16);

  private final TimeResolver resolver = new CalendarTimeResolver();

  private Optional<TimeSpan> resolve(String expression) {
    return resolver.resolve(expression, Optional.of(REF));
  }

  private static TimeSpan span(String start, String end, Granularity g) {
    return new TimeSpan(LocalDate.parse(start), LocalDate.parse(end), g);
  }

  @Test
  void referenceIsAThursdayAndFifteenthMarchAWednesday() {
    assertThat(REF.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(LocalDate.of(2023, 3, 15).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"15 March 2023", "on 15 March 2023", "March 15, 2023", "March 15 2023",
      "2023-03-15", "15th of March, 2023", "Mar. 15, 2023", "on March 15th, 2023",
      "Wednesday, March 15, 2023", "15/03/2023", "03/15/2023", "15 March", "on 15 March",
      "March 15", "Wednesday", "on Wednesday", "this Wednesday", "Wednesday night",
      "late Wednesday", "Wednesday's meeting", "yesterday", "last night", "a day earlier",
      "the day before", "the previous day"})
  void wednesdayFifteenthMarch(String expression) {
    assertThat(resolve(expression)).contains(TimeSpan.day(LocalDate.of(2023, 3, 15)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "on Thursday | 2023-03-16",
      "today | 2023-03-16",
      "this morning | 2023-03-16",
      "tonight | 2023-03-16",
      "tomorrow | 2023-03-17",
      "the next day | 2023-03-17",
      "the following morning | 2023-03-17",
      "last Thursday | 2023-03-09",
      "last Wednesday | 2023-03-15",
      "this past Wednesday | 2023-03-15",
      "on Friday | 2023-03-10",
      "next Wednesday | 2023-03-22",
      "next Thursday | 2023-03-23",
      "two days ago | 2023-03-14",
      "three days earlier | 2023-03-13",
      "a couple of days ago | 2023-03-14",
      "a day later | 2023-03-17",
      "on 14 March | 2023-03-14",
      "16 March | 2023-03-16",
      "Dec. 12 | 2022-12-12",
      "Jan. 6 | 2023-01-06",
      "Monday, Jan. 6, 2014 | 2014-01-06",
      "PUBLISHED: THURSDAY, MAY 2, 2013 | 2013-05-02",
      "on April 22, 1923 | 1923-04-22",
      "20/12/2022 | 2022-12-20",
      "Wednesday of last week | 2023-03-08",
  })
  void days(String expression, String day) {
    assertThat(resolve(expression)).contains(TimeSpan.day(LocalDate.parse(day)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "in March 2023 | 2023-03-01 | 2023-04-01 | MONTH",
      "September 2015 | 2015-09-01 | 2015-10-01 | MONTH",
      "Sept. 2015 | 2015-09-01 | 2015-10-01 | MONTH",
      "in September of 2015 | 2015-09-01 | 2015-10-01 | MONTH",
      "In December 2022 | 2022-12-01 | 2023-01-01 | MONTH",
      "in March | 2023-03-01 | 2023-04-01 | MONTH",
      "in August | 2022-08-01 | 2022-09-01 | MONTH",
      "in April | 2023-04-01 | 2023-05-01 | MONTH",
      "last month | 2023-02-01 | 2023-03-01 | MONTH",
      "last month's earthquake | 2023-02-01 | 2023-03-01 | MONTH",
      "this month | 2023-03-01 | 2023-04-01 | MONTH",
      "next month | 2023-04-01 | 2023-05-01 | MONTH",
      "last March | 2022-03-01 | 2022-04-01 | MONTH",
      "last February | 2023-02-01 | 2023-03-01 | MONTH",
      "next March | 2024-03-01 | 2024-04-01 | MONTH",
      "earlier this month | 2023-03-01 | 2023-03-17 | MONTH",
      "later this year | 2023-03-16 | 2024-01-01 | YEAR",
      "two months ago | 2023-01-01 | 2023-02-01 | MONTH",
      "in 2011 | 2011-01-01 | 2012-01-01 | YEAR",
      "2015 | 2015-01-01 | 2016-01-01 | YEAR",
      "during 2015 | 2015-01-01 | 2016-01-01 | YEAR",
      "by 2015 | 2015-01-01 | 2016-01-01 | YEAR",
      "as of 2015 | 2015-01-01 | 2016-01-01 | YEAR",
      "late 2011 | 2011-01-01 | 2012-01-01 | YEAR",
      "last year | 2022-01-01 | 2023-01-01 | YEAR",
      "this year | 2023-01-01 | 2024-01-01 | YEAR",
      "next year | 2024-01-01 | 2025-01-01 | YEAR",
      "a year ago | 2022-01-01 | 2023-01-01 | YEAR",
      "the 1990s | 1990-01-01 | 2000-01-01 | DECADE",
      "in the early 1980s | 1980-01-01 | 1990-01-01 | DECADE",
      "the late '90s | 1990-01-01 | 2000-01-01 | DECADE",
      "last week | 2023-03-06 | 2023-03-13 | WEEK",
      "this week | 2023-03-13 | 2023-03-20 | WEEK",
      "earlier this week | 2023-03-13 | 2023-03-17 | WEEK",
      "next week | 2023-03-20 | 2023-03-27 | WEEK",
      "over the weekend | 2023-03-11 | 2023-03-13 | WEEK",
      "last weekend | 2023-03-11 | 2023-03-13 | WEEK",
      "this past weekend | 2023-03-11 | 2023-03-13 | WEEK",
      "this weekend | 2023-03-18 | 2023-03-20 | WEEK",
      "next weekend | 2023-03-18 | 2023-03-20 | WEEK",
      "ever since 2011 | 2011-01-01 | 2023-03-17 | YEAR",
      "the past two weeks | 2023-03-03 | 2023-03-17 | WEEK",
      "in the past year | 2022-03-17 | 2023-03-17 | YEAR",
      "in the last year | 2022-03-17 | 2023-03-17 | YEAR",
      "last two weeks | 2023-03-03 | 2023-03-17 | WEEK",
      "over the past three months | 2022-12-17 | 2023-03-17 | MONTH",
      "2 March 2023 \u2013 4 March 2023 | 2023-03-02 | 2023-03-05 | DAY",
      "since 2011 | 2011-01-01 | 2023-03-17 | YEAR",
      "since September 2015 | 2015-09-01 | 2023-03-17 | MONTH",
      "since the conflict began in 2011 | 2011-01-01 | 2023-03-17 | YEAR",
      "since last month | 2023-02-01 | 2023-03-17 | MONTH",
      "after 2020 | 2021-01-01 | 2023-03-17 | YEAR",
      "from September 2010 to January 2011 | 2010-09-01 | 2011-02-01 | MONTH",
      "between 2010 and 2012 | 2010-01-01 | 2013-01-01 | YEAR",
      "2010-2012 | 2010-01-01 | 2013-01-01 | YEAR",
      "from Monday to Wednesday | 2023-03-13 | 2023-03-16 | DAY",
      "March 14-15, 2023 | 2023-03-14 | 2023-03-16 | DAY",
      "on 14 and 15 March | 2023-03-14 | 2023-03-16 | DAY",
      "14-15 March 2023 | 2023-03-14 | 2023-03-16 | DAY",
  })
  void spans(String expression, String start, String end, Granularity g) {
    assertThat(resolve(expression)).contains(span(start, end, g));
  }

  @Test
  void yearlessDatesNearAYearBoundary() {
    Optional<LocalDate> january = Optional.of(LocalDate.of(2023, 1, 3));
    assertThat(resolver.resolve("on Dec. 30", january)).contains(TimeSpan.day(LocalDate.of(2022, 12, 30)));
    assertThat(resolver.resolve("in December", january))
        .contains(span("2022-12-01", "2023-01-01", Granularity.MONTH));
    Optional<LocalDate> december = Optional.of(LocalDate.of(2023, 12, 30));
    assertThat(resolver.resolve("Jan. 2", december)).contains(TimeSpan.day(LocalDate.of(2024, 1, 2)));
    assertThat(resolver.resolve("on 20 December", december)).contains(TimeSpan.day(LocalDate.of(2023, 12, 20)));
    // 29 February exists only in leap years: the closest leap-year candidate
    assertThat(resolver.resolve("February 29", Optional.of(LocalDate.of(2024, 3, 10))))
        .contains(TimeSpan.day(LocalDate.of(2024, 2, 29)));
    assertThat(resolver.resolve("February 29", Optional.of(LocalDate.of(2023, 3, 10)))).isEmpty();
  }

  @Test
  void lastWeekdayOnThatWeekdayMeansTheWeekBefore() {
    Optional<LocalDate> wednesday = Optional.of(LocalDate.of(2023, 3, 15));
    assertThat(resolver.resolve("on Wednesday", wednesday)).contains(TimeSpan.day(LocalDate.of(2023, 3, 15)));
    assertThat(resolver.resolve("last Wednesday", wednesday)).contains(TimeSpan.day(LocalDate.of(2023, 3, 8)));
    assertThat(resolver.resolve("next Wednesday", wednesday)).contains(TimeSpan.day(LocalDate.of(2023, 3, 22)));
  }

  @Test
  void weekendsSeenFromASunday() {
    Optional<LocalDate> sunday = Optional.of(LocalDate.of(2023, 3, 19));
    assertThat(resolver.resolve("over the weekend", sunday)).contains(span("2023-03-18", "2023-03-20", Granularity.WEEK));
    assertThat(resolver.resolve("this weekend", sunday)).contains(span("2023-03-18", "2023-03-20", Granularity.WEEK));
    assertThat(resolver.resolve("last weekend", sunday)).contains(span("2023-03-11", "2023-03-13", Granularity.WEEK));
    assertThat(resolver.resolve("next weekend", sunday)).contains(span("2023-03-25", "2023-03-27", Granularity.WEEK));
  }

  @Test
  void extremeReferencesGiveEmptyRatherThanThrow() {
    assertThat(resolver.resolve("tomorrow", Optional.of(LocalDate.MAX))).isEmpty();
    assertThat(resolver.resolve("since 2011", Optional.of(LocalDate.MAX))).isEmpty();
    assertThat(resolver.resolve("last year", Optional.of(LocalDate.MIN))).isEmpty();
    assertThat(resolver.resolve("in 2011", Optional.of(LocalDate.MAX)))
        .contains(span("2011-01-01", "2012-01-01", Granularity.YEAR));
  }

  @ParameterizedTest
  @ValueSource(strings = {"recently", "the moment", "at a time", "in recent months", "a few days ago",
      "several weeks ago", "now", "before 2011", "until March", "prior to the war", "at 10 a.m.",
      "February 30", "February 30, 2023", "February 27-30, 2023", "2023-02-29", "2023-13-01", "05/03/2023", "may", "",
      "the start of the war in Ukraine", "in the past", "in the last months", "twice a day",
      "the 19th century", "the day", "march on Washington"})
  void noTime(String expression) {
    assertThat(resolve(expression)).isEmpty();
  }

  @Test
  void withoutReferenceOnlyDatedExpressionsResolve() {
    assertThat(resolver.resolve("March 15, 2023", Optional.empty()))
        .contains(TimeSpan.day(LocalDate.of(2023, 3, 15)));
    assertThat(resolver.resolve("in 2011", Optional.empty()))
        .contains(span("2011-01-01", "2012-01-01", Granularity.YEAR));
    assertThat(resolver.resolve("on Wednesday", Optional.empty())).isEmpty();
    assertThat(resolver.resolve("15 March", Optional.empty())).isEmpty();
    assertThat(resolver.resolve("yesterday", Optional.empty())).isEmpty();
    assertThat(resolver.resolve("since 2011", Optional.empty())).isEmpty();
  }

  @Test
  void mayAndMarchAreMonthsOnlyWhenTheyReadAsMonths() {
    // May 2023 starts 46 days after the reference (weighted 92), May 2022 ended 289 days before it
    assertThat(resolve("in May")).as("in May").contains(span("2023-05-01", "2023-06-01", Granularity.MONTH));
    assertThat(resolve("May 3, 2013")).as("May 3").contains(TimeSpan.day(LocalDate.of(2013, 5, 3)));
    assertThat(resolve("Syria May Restore Ties")).isEmpty();
  }

  @Test
  void neverThrowsOnRandomText() {
    Random random = new Random(20230316);
    String alphabet = "0123456789 /-.,:'’abcdefghijklmnopqrstuvwxyzMSTWF\u00e9\n";
    String[] words = {"on", "since", "last", "next", "the", "Wednesday", "March", "May", "15",
        "2023", "1990s", "'90", "s", "ago", "days", "a", "day", "earlier", "-", "/", "to", "and",
        "between", "after", "this", "past", "week", "weekend", "of", "31", "02", "29", "February",
        "0", "99999999999", "3000", "Dec", ".", "th"};
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(8);
      for (int k = 0; k < len; k++) {
        if (random.nextBoolean()) {
          sb.append(words[random.nextInt(words.length)]).append(' ');
        } else {
          for (int c = random.nextInt(6); c > 0; c--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      String s = sb.toString();
      Optional<LocalDate> ref = random.nextInt(5) == 0 ? Optional.empty()
          : Optional.of(LocalDate.of(1900, 1, 1).plusDays(random.nextInt(60000)));
      assertThatCode(() -> resolver.resolve(s, ref)).as(s).doesNotThrowAnyException();
    }
  }

}
