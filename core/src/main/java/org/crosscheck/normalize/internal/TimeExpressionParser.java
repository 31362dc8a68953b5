package org.crosscheck.normalize.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.normalize.TimeSpan;
import org.crosscheck.normalize.TimeSpan.Granularity;

/**
 * The rules behind {@code CalendarTimeResolver}: a left-to-right scan over {@link TimeTokens}
 * that takes the first time expression it recognises, then applies the preposition that came
 * before it ("since", "after", "before") and an optional range end ("to 2012"). Stateless;
 * all methods are static and thread-safe. The reference date may be null: then only absolute
 * expressions resolve.
 */
public final class TimeExpressionParser {

  private TimeExpressionParser() {}

  /** A recognised expression and the index of the token after it. */
  record Match(TimeSpan span, int end) {}

  /** Recognised, but it names no valid or no precise enough time ("February 30", "in recent months"). */
  private static final Match INVALID = new Match(TimeSpan.day(LocalDate.EPOCH), -1);

  private enum Mode { PLAIN, SINCE, AFTER, BEFORE, BETWEEN }

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> MONTH_ABBREVIATIONS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");
  private static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = new HashMap<>();
  private static final Map<String, Integer> COUNTS = new HashMap<>();
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> TIMES_OF_DAY =
      Set.of("morning", "afternoon", "evening", "night", "noon", "midday", "overnight");
  /** Words before a bare "may" or "march" that make it a month rather than a verb. */
  private static final Set<String> MONTH_CUES = Set.of(
      "in", "since", "of", "early", "late", "mid", "until", "till", "by", "during", "last", "next",
      "this", "from", "before", "after", "through", "to", "between", "and", "on", "-", "past");
  /** Words that make an expression too vague to place: "recently", "in recent months", "a few days ago". */
  private static final Set<String> VAGUE = Set.of(
      "recent", "recently", "lately", "few", "several", "many", "some", "soon", "now", "currently",
      "nowadays", "eventually", "sometime");

  static {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      MONTHS.put(names[m], m + 1);
    }
    String[] abbreviations = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    for (int m = 0; m < 12; m++) {
      MONTH_ABBREVIATIONS.put(abbreviations[m], m + 1);
    }
    MONTH_ABBREVIATIONS.put("sept", 9);
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.name().toLowerCase(java.util.Locale.ROOT), d);
    }
    WEEKDAY_ABBREVIATIONS.put("mon", DayOfWeek.MONDAY);
    WEEKDAY_ABBREVIATIONS.put("tue", DayOfWeek.TUESDAY);
    WEEKDAY_ABBREVIATIONS.put("tues", DayOfWeek.TUESDAY);
    WEEKDAY_ABBREVIATIONS.put("wed", DayOfWeek.WEDNESDAY);
    WEEKDAY_ABBREVIATIONS.put("thu", DayOfWeek.THURSDAY);
    WEEKDAY_ABBREVIATIONS.put("thur", DayOfWeek.THURSDAY);
    WEEKDAY_ABBREVIATIONS.put("thurs", DayOfWeek.THURSDAY);
    WEEKDAY_ABBREVIATIONS.put("fri", DayOfWeek.FRIDAY);
    WEEKDAY_ABBREVIATIONS.put("sat", DayOfWeek.SATURDAY);
    WEEKDAY_ABBREVIATIONS.put("sun", DayOfWeek.SUNDAY);
    String[] counts = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve"};
    for (int i = 0; i < counts.length; i++) {
      COUNTS.put(counts[i], i + 1);
    }
    COUNTS.put("a", 1);
    COUNTS.put("an", 1);
    COUNTS.put("twenty", 20);
    COUNTS.put("thirty", 30);
  }

  /** Resolves a whole expression; see {@code CalendarTimeResolver} for the rules. */
  public static Optional<TimeSpan> resolve(String expression, LocalDate reference) {
    TimeTokens t = TimeTokens.of(expression);
    Mode mode = Mode.PLAIN;
    for (int i = 0; i < t.size(); i++) {
      String w = t.text(i);
      if (VAGUE.contains(w)) {
        return Optional.empty();
      }
      if (mode == Mode.PLAIN) {
        switch (w) {
          case "since", "from" -> mode = Mode.SINCE;
          case "after" -> mode = Mode.AFTER;
          case "before", "until", "till", "prior", "pre" -> mode = Mode.BEFORE;
          case "between" -> mode = Mode.BETWEEN;
          default -> { }
        }
      }
      Match m = parseAt(t, i, reference);
      if (m == null) {
        continue;
      }
      if (m == INVALID) {
        return Optional.empty();
      }
      TimeSpan span = m.span();
      int j = m.end();
      boolean rangeWord = t.is(j, "to") || t.is(j, "until") || t.is(j, "till")
          || t.is(j, "through") || t.is(j, "-") || t.is(j, "\u2013") || t.is(j, "\u2014")
          || (mode == Mode.BETWEEN && t.is(j, "and"));
      if (rangeWord) {
        int k = t.is(j + 1, "the") ? j + 2 : j + 1;
        Match second = parseAt(t, k, reference);
        if (second == INVALID) {
          return Optional.empty();
        }
        if (second != null && second.span().end().isAfter(span.start())) {
          Granularity g = span.granularity().compareTo(second.span().granularity()) >= 0
              ? span.granularity() : second.span().granularity();
          LocalDate end = second.span().end().isAfter(span.end()) ? second.span().end() : span.end();
          return Optional.of(new TimeSpan(span.start(), end, g));
        }
      }
      return switch (mode) {
        case PLAIN, BETWEEN -> Optional.of(span);
        case BEFORE -> Optional.empty();
        case SINCE -> {
          if (reference == null) {
            yield Optional.empty();
          }
          LocalDate now = reference.plusDays(1);
          LocalDate end = now.isAfter(span.end()) ? now : span.end();
          yield Optional.of(new TimeSpan(span.start(), end, span.granularity()));
        }
        case AFTER -> {
          if (reference == null || !reference.plusDays(1).isAfter(span.end())) {
            yield Optional.empty();
          }
          yield Optional.of(new TimeSpan(span.end(), reference.plusDays(1), span.granularity()));
        }
      };
    }
    return Optional.empty();
  }

  /**
   * The weekdays an expression names in full ("late Tuesday night": Tuesday); abbreviations
   * ("Tue") do not count, as in running text they are rarely weekdays.
   *
   * @param expression the words of a time argument, in any case
   * @return the weekdays named, none when it names none
   */
  public static Set<DayOfWeek> weekdaysNamed(String expression) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    if (expression.isEmpty()) {
      return out; // most claims state no time, and aligning asks for every pair of claims
    }
    for (String word : NOT_LETTERS.split(expression.toLowerCase(java.util.Locale.ROOT))) {
      DayOfWeek day = WEEKDAYS.get(word);
      if (day != null) {
        out.add(day);
      }
    }
    return out;
  }

  /**
   * A time as written: the dates it names in figures or as weekdays, each in its own words, and
   * the words around them with each date as "_".
   *
   * @param frame the expression's other words, lower-cased, with "_" for each date
   * @param dates the words of each date, as written
   */
  public record Written(String frame, List<String> dates) {}

  /** Any date: year-less dates and weekdays are recognised, not placed, when reading {@link Written}. */
  private static final LocalDate ANY_DATE = LocalDate.of(2001, 7, 1);

  /**
   * Splits an expression into its dates and the words around them: "from September 2010 to
   * January 2011" gives the frame "from _ to _" and the dates "September 2010" and "January
   * 2011"; "until Dec. 7" gives "until _" and "Dec. 7". Dates are those written with a month,
   * a year or a weekday; "yesterday" and "two days ago" stay in the frame.
   *
   * @param expression the words of one or more time arguments
   * @return its frame and dates
   */
  public static Written written(String expression) {
    TimeTokens t = TimeTokens.of(expression);
    StringBuilder frame = new StringBuilder();
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int end = writtenDateEnd(t, i);
      frame.append(frame.length() == 0 ? "" : " ").append(end > i ? "_" : t.text(i));
      if (end > i) {
        dates.add(expression.substring(t.start(i), Math.min(expression.length(), t.start(end))).trim());
        i = end - 1;
      }
    }
    return new Written(frame.toString(), dates);
  }

  /**
   * The date a phrase ends with, from the preposition before it, or the whole phrase when it is
   * a date: "a truck on Pacific Coast Highway on June 11" gives "on June 11", "Saturday" gives
   * "Saturday". Only dates written with a month, a year or a weekday count.
   *
   * @param phrase the words of a claim argument
   * @return the trailing date with its preposition, or empty when the phrase does not end in one
   */
  public static Optional<String> trailingDate(String phrase) {
    TimeTokens t = TimeTokens.of(phrase);
    for (int i = 0; i < t.size(); i++) {
      if (writtenDateEnd(t, i) == t.size() && (i == 0 || DATE_PREPOSITIONS.contains(t.text(i - 1)))) {
        return Optional.of(phrase.substring(t.start(i == 0 ? 0 : i - 1)).trim());
      }
    }
    return Optional.empty();
  }

  private static final Set<String> DATE_PREPOSITIONS =
      Set.of("on", "in", "at", "by", "during", "since", "until", "till", "from", "before", "after");

  /** The end of a date written with a month, a year or a weekday that starts at i, or i when none does. */
  private static int writtenDateEnd(TimeTokens t, int i) {
    boolean year = t.digits(i) == 4;
    if (!year && monthAt(t, i) == 0 && weekdayAt(t, i) == null && !(t.isNumber(i) && monthAt(t, i + 1) > 0)) {
      return i;
    }
    Match m = parseAt(t, i, ANY_DATE);
    return m == null || m == INVALID ? i : m.end();
  }

  /**
   * The latest full calendar date (day, month and year: "March 15, 2023", "15 March 2023",
   * "2023-03-15") written in a text, if any.
   */
  public static Optional<LocalDate> latestFullDate(String text) {
    TimeTokens t = TimeTokens.of(text);
    LocalDate latest = null;
    for (int i = 0; i < t.size(); i++) {
      if (!t.isNumber(i) && monthAt(t, i) == 0) {
        continue;
      }
      Match m = parseAt(t, i, null);
      if (m != null && m != INVALID && m.span().granularity() == Granularity.DAY) {
        LocalDate d = m.span().start();
        if (latest == null || d.isAfter(latest)) {
          latest = d;
        }
        i = m.end() - 1;
      }
    }
    return Optional.ofNullable(latest);
  }

  // ---------------------------------------------------------------------------------------------

  private static Match parseAt(TimeTokens t, int i, LocalDate ref) {
    if (t.isNumber(i)) {
      return number(t, i, ref);
    }
    if (!t.isWord(i)) {
      return null;
    }
    int month = monthAt(t, i);
    if (month > 0) {
      return monthFirst(t, i, month, ref);
    }
    DayOfWeek dow = weekdayAt(t, i);
    if (dow != null) {
      return weekday(t, i, dow, ref);
    }
    String w = t.text(i);
    if (ref == null) {
      return null;
    }
    switch (w) {
      case "today", "tonight" -> {
        return new Match(TimeSpan.day(ref), skipTimeOfDay(t, i + 1));
      }
      case "yesterday" -> {
        return new Match(TimeSpan.day(ref.minusDays(1)), skipTimeOfDay(t, i + 1));
      }
      case "tomorrow" -> {
        return new Match(TimeSpan.day(ref.plusDays(1)), skipTimeOfDay(t, i + 1));
      }
      case "last", "this", "next", "past", "previous", "coming", "current", "following" -> {
        return relativePeriod(t, i, ref);
      }
      case "earlier", "later" -> {
        return partialPeriod(t, i, ref);
      }
      case "the" -> {
        return theDay(t, i, ref);
      }
      case "weekend" -> {
        return new Match(weekend(ref, 0), i + 1);
      }
      default -> {
        return COUNTS.containsKey(w) ? offset(t, i, COUNTS.get(w), ref) : null;
      }
    }
  }

  private static Match number(TimeTokens t, int i, LocalDate ref) {
    int d = t.digits(i);
    int v = t.number(i);
    if (v < 0) {
      return null;
    }
    // 2023-03-15
    if (d == 4 && t.is(i + 1, "-") && t.isNumber(i + 2) && t.is(i + 3, "-") && t.isNumber(i + 4)
        && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2) {
      return date(v, t.number(i + 2), t.number(i + 4), i + 5);
    }
    // 15/03/2023: only when the order is unambiguous
    if (d <= 2 && t.is(i + 1, "/") && t.isNumber(i + 2) && t.is(i + 3, "/") && t.isNumber(i + 4)) {
      int b = t.number(i + 2);
      int y = t.number(i + 4);
      if (t.digits(i + 4) == 2) {
        y += 2000;
      } else if (t.digits(i + 4) != 4) {
        return INVALID;
      }
      if (v > 12 && b <= 12) {
        return date(y, b, v, i + 5);
      } else if (b > 12 && v <= 12) {
        return date(y, v, b, i + 5);
      } else if (v == b) {
        return date(y, v, v, i + 5);
      }
      return INVALID;
    }
    // decades: 1990s, '90s
    if (t.is(i + 1, "s") && v % 10 == 0) {
      if (d == 4) {
        return decade(v, i + 2);
      }
      if (d == 2) {
        int year;
        if (ref != null) {
          year = ref.getYear() / 100 * 100 + v;
          if (year > ref.getYear()) {
            year -= 100;
          }
        } else {
          year = (v >= 30 ? 1900 : 2000) + v;
        }
        return decade(year, i + 2);
      }
    }
    // 15 March [2023], 15th of March
    if (d <= 2 && v >= 1 && v <= 31) {
      int j = i + 1;
      if (ORDINAL_SUFFIXES.contains(t.text(j))) {
        j++;
      }
      int lastDay = v;
      // "14-15 March 2023", "14 and 15 March"
      if ((t.is(j, "-") || t.is(j, "to") || t.is(j, "and")) && t.digits(j + 1) >= 1
          && t.digits(j + 1) <= 2 && t.number(j + 1) > v && t.number(j + 1) <= 31
          && monthAt(t, ORDINAL_SUFFIXES.contains(t.text(j + 2)) ? j + 3 : j + 2) > 0) {
        lastDay = t.number(j + 1);
        j += ORDINAL_SUFFIXES.contains(t.text(j + 2)) ? 3 : 2;
      }
      if (t.is(j, "of")) {
        j++;
      }
      int month = monthAt(t, j);
      if (month > 0) {
        j = afterMonthWord(t, j);
        int k = t.is(j, ",") ? j + 1 : j;
        Match first = t.digits(k) == 4 ? date(t.number(k), month, v, k + 1)
            : yearlessDay(month, v, ref, j);
        return lastDay == v ? first : dayRange(first, lastDay);
      }
    }
    if (d <= 3 && ref != null) {
      Match m = offset(t, i, v, ref);
      if (m != null) {
        return m;
      }
    }
    if (d == 4 && v >= 1000 && v <= 2999) {
      LocalDate start = LocalDate.of(v, 1, 1);
      return new Match(new TimeSpan(start, start.plusYears(1), Granularity.YEAR), i + 1);
    }
    return null;
  }

  private static Match monthFirst(TimeTokens t, int i, int month, LocalDate ref) {
    int j = afterMonthWord(t, i);
    if (t.digits(j) >= 1 && t.digits(j) <= 2) {
      int day = t.number(j);
      if (day < 1 || day > 31) {
        return INVALID;
      }
      int k = j + 1;
      if (ORDINAL_SUFFIXES.contains(t.text(k))) {
        k++;
      }
      int lastDay = day;
      // "March 14-15, 2023", "March 14 and 15"
      if ((t.is(k, "-") || t.is(k, "to") || t.is(k, "and")) && t.digits(k + 1) >= 1
          && t.digits(k + 1) <= 2 && t.number(k + 1) > day && t.number(k + 1) <= 31) {
        lastDay = t.number(k + 1);
        k += 2;
        if (ORDINAL_SUFFIXES.contains(t.text(k))) {
          k++;
        }
      }
      int y = t.is(k, ",") ? k + 1 : k;
      Match first = t.digits(y) == 4 ? date(t.number(y), month, day, y + 1)
          : yearlessDay(month, day, ref, k);
      return lastDay == day ? first : dayRange(first, lastDay);
    }
    int y = t.is(j, ",") || t.is(j, "of") ? j + 1 : j;
    if (t.digits(y) == 4) {
      LocalDate start = LocalDate.of(t.number(y), month, 1);
      return new Match(new TimeSpan(start, start.plusMonths(1), Granularity.MONTH), y + 1);
    }
    if (ref == null) {
      return null;
    }
    LocalDate best = null;
    long bestScore = Long.MAX_VALUE;
    for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
      LocalDate start = LocalDate.of(year, month, 1);
      long score = score(start, start.plusMonths(1), ref);
      if (score < bestScore) {
        bestScore = score;
        best = start;
      }
    }
    return best == null ? null
        : new Match(new TimeSpan(best, best.plusMonths(1), Granularity.MONTH), j);
  }

  private static Match yearlessDay(int month, int day, LocalDate ref, int end) {
    if (day > Month.of(month).maxLength()) {
      return INVALID;
    }
    if (ref == null) {
      return null;
    }
    LocalDate best = null;
    long bestScore = Long.MAX_VALUE;
    for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
      if (day > Month.of(month).length(java.time.Year.isLeap(year))) {
        continue;
      }
      LocalDate d = LocalDate.of(year, month, day);
      long score = score(d, d.plusDays(1), ref);
      if (score < bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best == null ? INVALID : new Match(TimeSpan.day(best), end);
  }

  /**
   * How far a candidate span lies from the reference: 0 when it holds the reference day, days
   * before it, or twice the days after it (news speaks mostly of the past); spans starting
   * more than ten months after the reference are ruled out.
   */
  private static long score(LocalDate start, LocalDate end, LocalDate ref) {
    if (start.isAfter(ref.plusMonths(10))) {
      return Long.MAX_VALUE;
    }
    if (!ref.isBefore(start) && ref.isBefore(end)) {
      return 0;
    }
    if (!end.isAfter(ref)) {
      return ref.toEpochDay() - end.toEpochDay() + 1;
    }
    return 2 * (start.toEpochDay() - ref.toEpochDay());
  }

  private static Match weekday(TimeTokens t, int i, DayOfWeek dow, LocalDate ref) {
    int j = i + 1;
    if (t.is(j, ".")) {
      j++;
    }
    // "Wednesday, March 15, 2023": the date wins
    int k = t.is(j, ",") ? j + 1 : j;
    if (t.isNumber(k) || monthAt(t, k) > 0) {
      Match m = t.isNumber(k) ? number(t, k, ref) : monthFirst(t, k, monthAt(t, k), ref);
      if (m == INVALID || (m != null && m.span().granularity() == Granularity.DAY)) {
        return m;
      }
    }
    if (ref == null) {
      return null;
    }
    int end = skipTimeOfDay(t, j);
    // "Wednesday of last week", "Wednesday next week"
    int w = t.is(end, "of") ? end + 1 : end;
    if ((t.is(w, "last") || t.is(w, "next")) && t.is(w + 1, "week")) {
      LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(t.is(w, "last") ? -1 : 1);
      return new Match(TimeSpan.day(monday.with(dow)), w + 2);
    }
    String prev = t.text(i - 1);
    LocalDate day;
    switch (prev) {
      case "next", "coming" -> day = ref.with(TemporalAdjusters.next(dow));
      case "last", "past", "previous" -> day = ref.with(TemporalAdjusters.previous(dow));
      default -> day = ref.with(TemporalAdjusters.previousOrSame(dow));
    }
    return new Match(TimeSpan.day(day), end);
  }

  private static Match relativePeriod(TimeTokens t, int i, LocalDate ref) {
    String w = t.text(i);
    int j = i + 1;
    if (w.equals("this") && (t.is(j, "past") || t.is(j, "coming"))) {
      return null; // the weekday or unit after decides
    }
    // "the past year", "the last two weeks", "in the last year": rolling periods ending with the
    // reference day; a bare "last year" is the calendar year before
    boolean rolling = w.equals("past")
        || (w.equals("last") && (t.isNumber(j) || COUNTS.containsKey(t.text(j)) || t.is(i - 1, "the")));
    int count = 1;
    if (rolling && (t.isNumber(j) || (COUNTS.containsKey(t.text(j)) && !t.is(j, "a")))) {
      count = t.isNumber(j) ? t.number(j) : COUNTS.get(t.text(j));
      j++;
      if (t.is(j, "of")) {
        j++;
      }
      if (count <= 0 || count > 1000) {
        return null;
      }
    }
    String unit = t.text(j);
    int month = monthAt(t, j);
    if (month > 0 && !rolling) {
      int year = switch (w) {
        case "last", "previous" -> ref.getMonthValue() > month ? ref.getYear() : ref.getYear() - 1;
        case "next", "coming", "following" -> ref.getMonthValue() < month ? ref.getYear() : ref.getYear() + 1;
        default -> ref.getYear();
      };
      LocalDate start = LocalDate.of(year, month, 1);
      return new Match(new TimeSpan(start, start.plusMonths(1), Granularity.MONTH), afterMonthWord(t, j));
    }
    if (rolling) {
      Granularity g;
      LocalDate start;
      switch (unit) {
        case "day", "days" -> { g = Granularity.DAY; start = ref.minusDays(count - 1L); }
        case "week", "weeks" -> { g = Granularity.WEEK; start = ref.minusWeeks(count).plusDays(1); }
        case "month", "months" -> { g = Granularity.MONTH; start = ref.minusMonths(count).plusDays(1); }
        case "year", "years" -> { g = Granularity.YEAR; start = ref.minusYears(count).plusDays(1); }
        case "decade", "decades" -> { g = Granularity.DECADE; start = ref.minusYears(10L * count).plusDays(1); }
        default -> { return null; }
      }
      boolean plural = unit.endsWith("s");
      if (plural != (count > 1)) {
        return INVALID; // "the past weeks": vague; "the past two week": not English
      }
      return new Match(new TimeSpan(start, ref.plusDays(1), g), j + 1);
    }
    int shift = switch (w) {
      case "last", "previous" -> -1;
      case "next", "coming", "following" -> 1;
      default -> 0;
    };
    switch (unit) {
      case "night" -> {
        return new Match(TimeSpan.day(ref.plusDays(shift)), j + 1);
      }
      case "morning", "afternoon", "evening", "day" -> {
        return new Match(TimeSpan.day(ref.plusDays(shift)), j + 1);
      }
      case "week" -> {
        LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(shift);
        return new Match(new TimeSpan(monday, monday.plusWeeks(1), Granularity.WEEK), j + 1);
      }
      case "weekend" -> {
        boolean onWeekend = ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY;
        int s = w.equals("this") && !onWeekend ? 1 : shift;
        return new Match(weekend(ref, s), j + 1);
      }
      case "month" -> {
        LocalDate first = ref.withDayOfMonth(1).plusMonths(shift);
        return new Match(new TimeSpan(first, first.plusMonths(1), Granularity.MONTH), j + 1);
      }
      case "year" -> {
        LocalDate first = ref.withDayOfYear(1).plusYears(shift);
        return new Match(new TimeSpan(first, first.plusYears(1), Granularity.YEAR), j + 1);
      }
      case "decade" -> {
        return decade(ref.getYear() / 10 * 10 + 10 * shift, j + 1);
      }
      case "weeks", "months", "years", "days", "decades" -> {
        return INVALID; // "in the last months": vague
      }
      default -> {
        return null;
      }
    }
  }

  /** "earlier this month" runs from the start of the month to the reference day inclusive. */
  private static Match partialPeriod(TimeTokens t, int i, LocalDate ref) {
    boolean earlier = t.is(i, "earlier");
    int j = i + 1;
    if (t.is(j, "today") || t.is(j, "tonight")) {
      return new Match(TimeSpan.day(ref), j + 1);
    }
    if (!t.is(j, "this") && !(t.is(j, "in") && t.is(j + 1, "the"))) {
      return null;
    }
    j = t.is(j, "this") ? j + 1 : j + 2;
    LocalDate start;
    LocalDate end;
    Granularity g;
    switch (t.text(j)) {
      case "week" -> {
        start = ref.with(DayOfWeek.MONDAY);
        end = start.plusWeeks(1);
        g = Granularity.WEEK;
      }
      case "month" -> {
        start = ref.withDayOfMonth(1);
        end = start.plusMonths(1);
        g = Granularity.MONTH;
      }
      case "year" -> {
        start = ref.withDayOfYear(1);
        end = start.plusYears(1);
        g = Granularity.YEAR;
      }
      case "morning", "afternoon", "evening", "day" -> {
        return new Match(TimeSpan.day(ref), j + 1);
      }
      default -> {
        return null;
      }
    }
    return earlier
        ? new Match(new TimeSpan(start, ref.plusDays(1), g), j + 1)
        : new Match(new TimeSpan(ref, end, g), j + 1);
  }

  /** "the day before", "the previous day", "the next day", "the same day", "the weekend". */
  private static Match theDay(TimeTokens t, int i, LocalDate ref) {
    int j = i + 1;
    if (t.is(j, "day") || t.is(j, "night")) {
      if (t.is(j + 1, "before")) {
        return new Match(TimeSpan.day(ref.minusDays(1)), j + 2);
      }
      if (t.is(j + 1, "after")) {
        return new Match(TimeSpan.day(ref.plusDays(1)), j + 2);
      }
      return null;
    }
    if (t.is(j, "same") && t.is(j + 1, "day")) {
      return new Match(TimeSpan.day(ref), j + 2);
    }
    if (t.is(j, "weekend")) {
      return new Match(weekend(ref, 0), j + 1);
    }
    return null;
  }

  /** "a day earlier", "two days ago", "three weeks later", "a year before". */
  private static Match offset(TimeTokens t, int i, int count, LocalDate ref) {
    int j = i + 1;
    if (t.is(i, "a") && t.is(j, "couple") && t.is(j + 1, "of")) {
      count = 2; // "a couple of days ago"
      j += 2;
    }
    String unit = t.text(j);
    int dir;
    int k = j + 1;
    switch (t.text(k)) {
      case "ago", "earlier", "before", "previously", "prior" -> dir = -1;
      case "later", "after", "hence" -> dir = 1;
      case "from" -> {
        if (!t.is(k + 1, "now")) {
          return null;
        }
        dir = 1;
        k++;
      }
      default -> {
        return null;
      }
    }
    boolean plural = unit.endsWith("s");
    if (plural != (count > 1)) {
      return null;
    }
    int n = dir * count;
    TimeSpan span;
    switch (unit) {
      case "day", "days" -> span = TimeSpan.day(ref.plusDays(n));
      case "week", "weeks" -> {
        LocalDate monday = ref.plusWeeks(n).with(DayOfWeek.MONDAY);
        span = new TimeSpan(monday, monday.plusWeeks(1), Granularity.WEEK);
      }
      case "month", "months" -> {
        LocalDate first = ref.plusMonths(n).withDayOfMonth(1);
        span = new TimeSpan(first, first.plusMonths(1), Granularity.MONTH);
      }
      case "year", "years" -> {
        LocalDate first = ref.plusYears(n).withDayOfYear(1);
        span = new TimeSpan(first, first.plusYears(1), Granularity.YEAR);
      }
      default -> {
        return null;
      }
    }
    return new Match(span, k + 1);
  }

  /**
   * A Saturday and Sunday. {@code shift} 0 ("the weekend", "over the weekend"): the weekend
   * holding the reference, else the one just before it. -1 ("last weekend"): the one before the
   * reference's own weekend, else the one just before. 1 ("next weekend", and "this weekend"
   * said on a weekday): the weekend after the reference's own, else the coming one.
   */
  private static TimeSpan weekend(LocalDate ref, int shift) {
    DayOfWeek d = ref.getDayOfWeek();
    boolean onWeekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    LocalDate saturday;
    if (onWeekend) {
      saturday = (d == DayOfWeek.SUNDAY ? ref.minusDays(1) : ref).plusWeeks(shift);
    } else if (shift > 0) {
      saturday = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    } else {
      saturday = ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
    }
    return new TimeSpan(saturday, saturday.plusDays(2), Granularity.WEEK);
  }

  /** Extends a first day to a last day of the same month: "March 14-15". */
  private static Match dayRange(Match first, int lastDay) {
    if (first == null || first == INVALID) {
      return first;
    }
    LocalDate start = first.span().start();
    if (lastDay > start.lengthOfMonth()) {
      return INVALID;
    }
    return new Match(new TimeSpan(start, start.withDayOfMonth(lastDay).plusDays(1), Granularity.DAY),
        first.end());
  }

  private static Match decade(int year, int end) {
    if (year < 1000 || year > 2990) {
      return null;
    }
    LocalDate start = LocalDate.of(year, 1, 1);
    return new Match(new TimeSpan(start, start.plusYears(10), Granularity.DECADE), end);
  }

  private static Match date(int year, int month, int day, int end) {
    if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(java.time.Year.isLeap(year))) {
      return INVALID;
    }
    return new Match(TimeSpan.day(LocalDate.of(year, month, day)), end);
  }

  private static int skipTimeOfDay(TimeTokens t, int j) {
    return TIMES_OF_DAY.contains(t.text(j)) ? j + 1 : j;
  }

  /** The month named at i (1-12), or 0. */
  static int monthAt(TimeTokens t, int i) {
    if (!t.isWord(i)) {
      return 0;
    }
    String w = t.text(i);
    Integer m = MONTHS.get(w);
    if (m != null) {
      if ((m == 3 || m == 5) && !t.isCapitalised(i) && !t.isNumber(i + 1)
          && !MONTH_CUES.contains(t.text(i - 1))) {
        return 0; // "may", "march" as verbs
      }
      if (m == 5 && t.isCapitalised(i) && !t.isNumber(i + 1) && i > 0
          && !MONTH_CUES.contains(t.text(i - 1)) && !t.isNumber(i - 1)) {
        return 0; // "Syria May Restore Ties": headline verb
      }
      return m;
    }
    m = MONTH_ABBREVIATIONS.get(w);
    if (m != null && (t.is(i + 1, ".") || t.isNumber(i + 1))) {
      return m;
    }
    return 0;
  }

  private static int afterMonthWord(TimeTokens t, int i) {
    return t.is(i + 1, ".") && MONTH_ABBREVIATIONS.containsKey(t.text(i)) ? i + 2 : i + 1;
  }

  private static DayOfWeek weekdayAt(TimeTokens t, int i) {
    DayOfWeek d = WEEKDAYS.get(t.text(i));
    if (d != null) {
      return d;
    }
    d = WEEKDAY_ABBREVIATIONS.get(t.text(i));
    return d != null && t.is(i + 1, ".") ? d : null;
  }
}
