package org.crosscheck.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.normalize.internal.TimeExpressionParser;

/**
 * Resolves English news time expressions to calendar spans with {@code java.time}, by rules.
 * Final, stateless and thread-safe; deterministic (never reads the system clock).
 *
 * <p>The first time expression in the phrase is taken; words around it are ignored
 * ("Thursday's meeting" is Thursday). Worked examples with the reference date Thursday
 * 2023-03-16:
 *
 * <table>
 *   <caption>examples</caption>
 *   <tr><th>expression</th><th>span</th><th>granularity</th></tr>
 *   <tr><td>"15 March 2023", "March 15, 2023", "March 15 2023", "2023-03-15", "Wednesday, March 15"</td><td>2023-03-15</td><td>DAY</td></tr>
 *   <tr><td>"on 15 March", "Dec. 12"</td><td>the closest such day, see below</td><td>DAY</td></tr>
 *   <tr><td>"15/03/2023", "03/15/2023"</td><td>2023-03-15 (one part exceeds 12)</td><td>DAY</td></tr>
 *   <tr><td>"05/03/2023"</td><td>empty: day and month order unknown</td><td></td></tr>
 *   <tr><td>"in March 2023", "Sept. 2015", "September of 2015"</td><td>the month</td><td>MONTH</td></tr>
 *   <tr><td>"in 2011"</td><td>2011-01-01 .. 2012-01-01</td><td>YEAR</td></tr>
 *   <tr><td>"the 1990s", "the late '90s"</td><td>1990-01-01 .. 2000-01-01</td><td>DECADE</td></tr>
 *   <tr><td>"Wednesday", "on Wednesday", "this Wednesday", "Wednesday night"</td><td>2023-03-15</td><td>DAY</td></tr>
 *   <tr><td>"on Thursday"</td><td>2023-03-16 (the reference day itself)</td><td>DAY</td></tr>
 *   <tr><td>"last Thursday"</td><td>2023-03-09 (strictly before)</td><td>DAY</td></tr>
 *   <tr><td>"next Wednesday"</td><td>2023-03-22 (strictly after)</td><td>DAY</td></tr>
 *   <tr><td>"today", "tonight", "this morning"; "yesterday", "last night"; "tomorrow"</td><td>03-16; 03-15; 03-17</td><td>DAY</td></tr>
 *   <tr><td>"a day earlier", "the day before", "two days ago"</td><td>03-15, 03-15, 03-14</td><td>DAY</td></tr>
 *   <tr><td>"last week", "this week", "next week"</td><td>the Monday-to-Sunday week</td><td>WEEK</td></tr>
 *   <tr><td>"over the weekend", "last weekend"; "this weekend", "next weekend"</td><td>Saturday and Sunday 03-11 .. 03-13; 03-18 .. 03-20 (from a Sunday, "this weekend" is that one and "next weekend" the following)</td><td>WEEK</td></tr>
 *   <tr><td>"last month", "this year", "next month"</td><td>February 2023, 2023, April 2023</td><td>MONTH, YEAR, MONTH</td></tr>
 *   <tr><td>"last March"</td><td>March 2022 (the last March before this month)</td><td>MONTH</td></tr>
 *   <tr><td>"earlier this month", "later this year"</td><td>03-01 .. 03-17; 03-16 .. 2024-01-01</td><td>MONTH, YEAR</td></tr>
 *   <tr><td>"the past two weeks", "in the past year", "in the last year"</td><td>the rolling period ending with the reference day (2023-03-03 .. 2023-03-17; 2022-03-17 .. 2023-03-17)</td><td>WEEK, YEAR</td></tr>
 *   <tr><td>"since 2011", "since September 2015"</td><td>from the start of 2011 (September 2015) to the reference day inclusive</td><td>of the start</td></tr>
 *   <tr><td>"after 2020"</td><td>2021-01-01 .. 2023-03-17</td><td>YEAR</td></tr>
 *   <tr><td>"from September 2010 to January 2011", "between 2010 and 2012", "2010-2012", "March 14-15, 2023"</td><td>the whole range</td><td>the coarser of the two</td></tr>
 *   <tr><td>"before 2011", "until March"</td><td>empty: the span would have no start</td><td></td></tr>
 *   <tr><td>"recently", "in recent months", "a few days ago", "the moment", "at a time", "now"</td><td>empty: too vague</td><td></td></tr>
 *   <tr><td>"February 30", "2023-02-29"</td><td>empty: no such day (never an exception)</td><td></td></tr>
 * </table>
 *
 * <p>Rules and limits:
 *
 * <ul>
 *   <li>Year-less dates and months take the year (of the reference's year and its two
 *       neighbours) whose date lies closest to the reference, counting days after the reference
 *       twice (news speaks mostly of the past) and never more than ten months after it. With
 *       reference 2023-03-16: "15 March" is 2023-03-15, "in August" is August 2022, "on 16 March"
 *       is the reference day. With reference 2023-01-03 "Dec. 30" is 2022-12-30; with reference
 *       2023-12-30 "Jan. 2" is 2024-01-02.</li>
 *   <li>Weekdays are the most recent such day on or before the reference; "last", "past" and
 *       "previous" make it strictly before, "next" and "coming" strictly after. A weekday
 *       followed by a full date ("Thursday, May 2, 2013") takes the date.</li>
 *   <li>Relative expressions ("a day earlier", "the next day", "the same day") are resolved
 *       against the reference date, although in a story they usually count from another event
 *       ("his arrival a day earlier"): the caller may pass that event's date as the reference
 *       instead.</li>
 *   <li>"early", "mid" and "late" do not narrow the span ("late 2011" is all of 2011), and times
 *       of day do not either ("Wednesday night" is the whole Wednesday).</li>
 *   <li>"since X" runs from the start of X to the end of the reference day (or to the end of X
 *       when that is later); "after X" from the end of X to the end of the reference day, empty
 *       when X is not over by then. Without a reference both are empty. "before", "until",
 *       "till" and "prior to" give empty. "in", "on", "during", "by", "as of" give the span of X.</li>
 *   <li>Without a reference date, only expressions that carry their own year resolve. A
 *       reference so close to the ends of {@code LocalDate}'s range that the span would leave
 *       it gives empty.</li>
 *   <li>Not handled (empty): seasons, centuries, times of day alone ("at 10 a.m."), ordinal days
 *       without a month ("on the 15th"), vague counts ("several days ago").</li>
 * </ul>
 */
public final class CalendarTimeResolver implements TimeResolver {

  @Override
  public Optional<TimeSpan> resolve(String expression, Optional<LocalDate> reference) {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(reference, "reference");
    try {
      return TimeExpressionParser.resolve(expression, reference.orElse(null));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty(); // a reference at the very ends of LocalDate's range
    }
  }
}
