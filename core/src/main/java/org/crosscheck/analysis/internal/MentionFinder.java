package org.crosscheck.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.Span;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.MentionType;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.Token;

/**
 * Finds mentions in tagged sentences without a statistical name finder (none is published for
 * English on Maven Central), in two passes over each sentence:
 *
 * <ol>
 *   <li>Dates, times, numbers and quantities, by token patterns (longest match wins): absolute dates
 *       ("15 March 2023", "March 15, 2023", "2023-03-15", "March 2023", a year such as "2011"),
 *       weekdays and months ("this Wednesday", "in August" gives "August"), relative expressions
 *       ("yesterday", "last month", "a day earlier", "next week"), holidays ("Christmas Day"),
 *       times ("3 p.m.", "noon", "10:30", "1300 GMT"), numbers ("three", "1.5 million", "thousands") and numbers with a unit, percent or
 *       currency ("12 km", "40%", "$5 million", "12-year").
 *   <li>Names: runs of proper nouns (allowing inner "of", hyphens, "&amp;" and particles such as
 *       "al-" or "bin"), outside the mentions of the first pass. A run is typed PERSON after a title
 *       or role ("President", "Mr", "counterpart", "spokesman"; leading titles are left out of the
 *       span), else by the WordNet {@link Gazetteer}, else ORGANIZATION by a head word ("Ministry",
 *       "Agency", "Inc", "News") or as an unknown acronym, else PLACE by a head word ("River",
 *       "Province"), else PERSON when it starts with a given name known from the gazetteer, else
 *       NAME. Then, across the article: an untyped run takes the type of the same name typed
 *       elsewhere; it is a PERSON when it is the surname of a person named elsewhere ("Assad" after
 *       "Bashar al-Assad") or a full name whose surname stands alone elsewhere ("Lindsay Lohan" ...
 *       "Lohan", but not "the Colts"); "Apple" is an organisation after "Apple Inc.", "Cupertino" a
 *       place in "Cupertino, Calif."; "in X" makes a place. Title-case headlines keep only names
 *       so confirmed.
 * </ol>
 *
 * <p>Every mention's span is exact: its text is the original text under the span. Mentions do not
 * overlap. Immutable and thread-safe; the result depends only on the input.
 */
public final class MentionFinder {

  private final Gazetteer gazetteer;

  public MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The mentions in {@code sentences} of {@code text} (the article's original text), in text order. */
  public List<Mention> find(String text, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    List<NameRun> runs = new ArrayList<>();
    for (Sentence s : sentences) {
      boolean[] used = new boolean[s.size()];
      findTemporalAndNumeric(text, s, used, out);
      findNames(text, s, used, runs);
    }
    resolveNames(text, runs);
    for (NameRun r : runs) {
      out.add(mention(r.type, text, r.span));
    }
    out.sort(Comparator.comparing(Mention::span).thenComparing(Mention::type));
    return out;
  }

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  private static Mention mention(MentionType type, String text, Span span) {
    return new Mention(type, span, span.coveredText(text));
  }

  // ---------------------------------------------------------------------------------------------
  // Dates, times, numbers, quantities

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  static {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    for (int i = 0; i < names.length; i++) {
      MONTHS.put(names[i], i + 1);
      if (names[i].length() > 3) {
        MONTHS.put(names[i].substring(0, 3), i + 1);
        MONTHS.put(names[i].substring(0, 3) + ".", i + 1);
      }
    }
    MONTHS.put("sept", 9);
    MONTHS.put("sept.", 9);
    MONTHS.remove("mar"); // "mar" is a verb; "Mar." stays
    MONTHS.remove("jun");
  }

  private static final Set<String> PERIODS = set("week", "month", "year", "weekend", "decade",
      "century", "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "fall",
      "winter", "season", "quarter", "day");
  private static final Set<String> PERIOD_UNITS = set("second", "seconds", "minute", "minutes",
      "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
      "decades", "century", "centuries", "fortnight");
  private static final Set<String> RELATIVE_DIRECTIONS = set("earlier", "later", "ago", "before",
      "after", "previously", "prior");
  private static final Set<String> DEICTIC = set("this", "last", "next", "past", "coming",
      "previous", "following", "same", "that");
  private static final Set<String> SINGLE_DATES = set("yesterday", "today", "tomorrow", "tonight");
  private static final Set<String> DATE_MODIFIERS = set("early", "late", "mid", "mid-", "earlier",
      "later");
  private static final Set<String> DAY_PARTS = set("morning", "afternoon", "evening", "night");
  private static final Map<String, Long> NUMBER_WORDS = new HashMap<>();

  static {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    for (int i = 0; i < small.length; i++) {
      NUMBER_WORDS.put(small[i], (long) i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBER_WORDS.put(tens[i], 20L + 10L * i);
    }
    NUMBER_WORDS.put("dozen", 12L);
    NUMBER_WORDS.put("hundred", 100L);
    NUMBER_WORDS.put("thousand", 1_000L);
    NUMBER_WORDS.put("million", 1_000_000L);
    NUMBER_WORDS.put("billion", 1_000_000_000L);
    NUMBER_WORDS.put("trillion", 1_000_000_000_000L);
  }

  /** Plural counts that stand alone as vague numbers: "thousands", "tens of thousands". */
  private static final Set<String> VAGUE_NUMBERS = set("dozens", "hundreds", "thousands",
      "millions", "billions", "trillions", "tens", "scores");
  private static final Set<String> SCALES = set("hundred", "thousand", "million", "billion",
      "trillion", "dozen", "bn", "m", "mn", "k");
  private static final Set<String> CURRENCY_SYMBOLS = set("$", "€", "£", "¥", "₹", "₽", "₺",
      "US$", "USD", "EUR", "GBP", "Rs", "Rs.", "A$", "C$", "HK$");
  private static final Set<String> UNITS = set("%", "percent", "per", "pct", "km", "kilometres",
      "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter",
      "m", "cm", "mm", "feet", "foot", "ft", "inches", "inch", "kg", "kilograms", "kilogram", "grams",
      "gram", "g", "tonnes", "tons", "tonne", "ton", "pounds", "lbs", "lb", "litres", "liters",
      "litre", "liter", "gallons", "gallon", "barrels", "barrel", "acres", "acre", "hectares",
      "hectare", "degrees", "degree", "°C", "°F", "°", "mph", "km/h", "kph", "knots", "MW", "GW",
      "kW", "kWh", "MWh", "watts", "volts", "magnitude", "dollars", "dollar", "euros", "euro", "yen",
      "yuan", "rubles", "roubles", "rupees", "lira", "liras", "francs", "shekels", "dinars",
      "riyals", "cents", "cent", "pence", "bytes", "GB", "MB", "TB", "storey", "story", "stories",
      "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week",
      "months", "month", "years", "year", "decades", "decade", "centuries", "century", "sq", "square",
      "point", "points", "times", "fold");
  private static final Set<String> TIME_ZONES = set("GMT", "UTC", "BST", "CET", "CEST", "EST",
      "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "ET", "PT", "IST", "JST", "AEST", "AEDT");
  private static final Set<String> YEAR_CONTEXT = set("in", "since", "until", "till", "by",
      "from", "before", "after", "during", "through", "throughout", "of", "to", "and", "or",
      "between", "early", "late", "mid", "end", "start", "beginning", "year", "around", "circa",
      "spring", "summer", "autumn", "fall", "winter", "fiscal", "for", "as", "than", "on", "the",
      ",", "(", "-", "–");

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");
  private static final Pattern NUMERIC = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+)(bn|m|mn|k)?");
  private static final Pattern DAY = Pattern.compile("(0?[1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d|2100");
  private static final Pattern DECADE = Pattern.compile("(1[89]\\d0|20\\d0)'?s|'?\\d0s");
  private static final Pattern ISO_DATE = Pattern.compile(
      "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])[:.][0-5]\\d(:[0-5]\\d)?(am|pm|a\\.m\\.?|p\\.m\\.?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HOUR_AMPM = Pattern.compile("(1[0-2]|0?[1-9])(am|pm|a\\.m\\.?|p\\.m\\.?)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AMPM = Pattern.compile("am|pm|a\\.m\\.?|p\\.m\\.?|a\\.m|p\\.m",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HOUR = Pattern.compile("(1[0-2]|0?[1-9])([:.][0-5]\\d)?");
  private static final Pattern AM_PM_NO_DOT = Pattern.compile("[aApP]\\.[mM]");
  private static final Pattern WORD_HYPHEN_WORD = Pattern.compile("[a-z]+-[a-z]+");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,5}");

  /** Runs of white space as single spaces ("Vladimir\u00A0 Putin" gives "Vladimir Putin"). */
  private static String spaces(String s) {
    boolean plain = true;
    for (int k = 0; k < s.length() && plain; k++) {
      char c = s.charAt(k);
      plain = !Character.isWhitespace(c) && c != '\u00A0' || c == ' ' && (k == 0 || s.charAt(k - 1) != ' ');
    }
    return plain ? s : WHITESPACE.matcher(s).replaceAll(" ");
  }

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0]+");

  private static boolean digitFirst(String s) {
    return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9';
  }

  private static boolean numericFirst(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return (c >= '0' && c <= '9') || ((c == '-' || c == '+' || c == '.') && s.length() > 1);
  }

  private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d");
  private static final Set<String> HOLIDAYS = set("christmas", "easter", "thanksgiving", "ramadan",
      "eid", "hanukkah", "passover", "diwali", "halloween", "new year's day", "new year's eve",
      "christmas eve", "christmas day", "boxing day", "independence day", "labor day", "labour day",
      "memorial day", "valentine's day", "good friday", "yom kippur");
  private static final Pattern HYPHEN_UNIT = Pattern.compile("-?\\d+(\\.\\d+)?-\\p{L}+");

  /** A match: the type and the token range [from, to). */
  private record Match(MentionType type, int from, int to) {}

  private void findTemporalAndNumeric(String text, Sentence s, boolean[] used, List<Mention> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      Match m = matchAt(t, i);
      if (m == null) {
        i++;
        continue;
      }
      for (int k = m.from; k < m.to; k++) {
        used[k] = true;
      }
      out.add(mention(m.type, text, Span.of(t.get(m.from).span().begin(), t.get(m.to - 1).span().end())));
      i = m.to;
    }
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static boolean adjacent(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i).span().end() == t.get(i + 1).span().begin();
  }

  private static boolean is(List<Token> t, int i, Set<String> words) {
    return i >= 0 && i < t.size() && words.contains(lower(t.get(i)));
  }

  private static boolean is(List<Token> t, int i, String word) {
    return i >= 0 && i < t.size() && lower(t.get(i)).equals(word);
  }

  private static boolean month(List<Token> t, int i) {
    if (i < 0 || i >= t.size()) {
      return false;
    }
    Token tok = t.get(i);
    if (!MONTHS.containsKey(lower(tok)) || !Character.isUpperCase(tok.text().charAt(0))) {
      return false;
    }
    String tag = tok.tag();
    if (!tag.equals("PROPN") && !tag.equals("NOUN") && !tag.equals("NUM")) {
      return false; // "May" the modal, "March" the verb
    }
    // "Theresa May": a month right after a proper noun that is not a date word is a surname
    if (i > 0 && Character.isUpperCase(t.get(i - 1).text().charAt(0)) && !dateWord(t.get(i - 1))
        && !MONTH_PREFIXES.contains(lower(t.get(i - 1)))) {
      return false;
    }
    return true;
  }

  private static final Set<String> MONTH_PREFIXES = set("in", "on", "by", "since", "until", "till",
      "last", "this", "next", "early", "late", "mid", "from", "during", "of", "through", "before",
      "after", "and", "or", "the", "since", "to", "between", "past", "coming", "previous", "every",
      "each", "for", "around", "about", "as", "that");

  private static boolean dateWord(Token tok) {
    String l = lower(tok);
    return MONTHS.containsKey(l) || WEEKDAYS.contains(l);
  }

  private static boolean weekday(List<Token> t, int i) {
    return i >= 0 && i < t.size() && WEEKDAYS.contains(lower(t.get(i)))
        && Character.isUpperCase(t.get(i).text().charAt(0));
  }

  private static boolean day(List<Token> t, int i) {
    return i >= 0 && i < t.size() && digitFirst(t.get(i).text()) && DAY.matcher(t.get(i).text()).matches();
  }

  private static boolean year(List<Token> t, int i) {
    return i >= 0 && i < t.size() && digitFirst(t.get(i).text()) && YEAR.matcher(t.get(i).text()).matches();
  }

  /** The end of the text glued to token i without spaces, as tokens [i, end). */
  private static int gluedEnd(List<Token> t, int i) {
    int j = i;
    while (adjacent(t, j)) {
      j++;
    }
    return j + 1;
  }

  private static String glued(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(t.get(k).text());
    }
    return b.toString();
  }

  private Match matchAt(List<Token> t, int i) {
    Match m = gluedDateOrTime(t, i);
    if (m == null) {
      m = time(t, i);
    }
    if (m == null) {
      m = date(t, i);
    }
    if (m == null) {
      m = relative(t, i);
    }
    if (m == null) {
      m = numeric(t, i);
    }
    return m;
  }

  /** "2023-03-15", "15/03/2023", "10:30", "3pm", even when the tokenizer split them. */
  private static Match gluedDateOrTime(List<Token> t, int i) {
    if (!Character.isDigit(t.get(i).text().charAt(0)) || (i > 0 && adjacent(t, i - 1)
        && Character.isLetterOrDigit(t.get(i - 1).text().charAt(t.get(i - 1).text().length() - 1)))) {
      return null;
    }
    int end = gluedEnd(t, i);
    for (int j = end; j > i; j--) {
      String g = glued(t, i, j);
      if (ISO_DATE.matcher(g).matches()) {
        return new Match(MentionType.DATE, i, j);
      }
      if ((CLOCK.matcher(g).matches() && g.indexOf(':') > 0) || HOUR_AMPM.matcher(g).matches()) {
        int to = j;
        if (to < t.size() && AMPM.matcher(t.get(to).text()).matches()) {
          to++;
        }
        return new Match(MentionType.TIME, i, timeEnd(t, to));
      }
    }
    return null;
  }

  /** Extends a time over a trailing period of "p.m" and a time zone. */
  private static int timeEnd(List<Token> t, int to) {
    String last = t.get(to - 1).text();
    if (AM_PM_NO_DOT.matcher(last).matches() && to < t.size() && t.get(to).text().equals(".")
        && adjacent(t, to - 1)) {
      to++;
    }
    if (to < t.size() && TIME_ZONES.contains(t.get(to).text())) {
      to++;
    }
    return to;
  }

  /** "3 p.m.", "10.30 am", "noon", "midnight", "1300 GMT". */
  private static Match time(List<Token> t, int i) {
    String l = lower(t.get(i));
    if (digitFirst(l) && MILITARY.matcher(l).matches() && i + 1 < t.size() && TIME_ZONES.contains(t.get(i + 1).text())) {
      return new Match(MentionType.TIME, i, i + 2);
    }
    if (l.equals("noon") || l.equals("midnight")) {
      return new Match(MentionType.TIME, i, i + 1);
    }
    if (digitFirst(t.get(i).text()) && HOUR.matcher(t.get(i).text()).matches() && i + 1 < t.size()
        && AMPM.matcher(t.get(i + 1).text()).matches()) {
      return new Match(MentionType.TIME, i, timeEnd(t, i + 2));
    }
    return null;
  }

  private Match date(List<Token> t, int i) {
    int start = i;
    int j = i;
    // optional modifier: "early March", "this Wednesday", "last May"
    if ((is(t, j, DATE_MODIFIERS) || is(t, j, DEICTIC)) && (month(t, j + 1) || weekday(t, j + 1))) {
      j++;
    }
    // optional weekday: "Wednesday", "Wednesday, 15 March"
    if (weekday(t, j)) {
      int end = j + 1;
      int k = end;
      if (is(t, k, ",")) {
        k++;
      }
      Match full = dayMonthYear(t, k);
      if (full != null) {
        return new Match(MentionType.DATE, start, full.to);
      }
      if (is(t, end, DAY_PARTS)) {
        end++;
      }
      return new Match(MentionType.DATE, start, end);
    }
    Match m = dayMonthYear(t, j);
    if (m != null) {
      return new Match(MentionType.DATE, start, m.to);
    }
    // holidays: "Christmas", "Christmas Eve", "New Year's Day"
    if (Character.isUpperCase(t.get(j).text().codePointAt(0))) {
      for (int end = Math.min(t.size(), j + 4); end > j; end--) {
        StringBuilder b = new StringBuilder();
        for (int k = j; k < end; k++) {
          if (k > j && !t.get(k).text().startsWith("'")) {
            b.append(' ');
          }
          b.append(lower(t.get(k)));
        }
        if (HOLIDAYS.contains(b.toString())) {
          return new Match(MentionType.DATE, start, end);
        }
      }
    }
    if (start != j) {
      return null;
    }
    // years and decades: "in 2011", "the 1990s"
    if ((digitFirst(t.get(i).text()) || t.get(i).text().startsWith("'"))
        && DECADE.matcher(t.get(i).text()).matches()) {
      return new Match(MentionType.DATE, i, i + 1);
    }
    if (year(t, i) && yearContext(t, i)) {
      return new Match(MentionType.DATE, i, i + 1);
    }
    return null;
  }

  /** A year-like number: not followed by a noun it counts, after a preposition or similar. */
  private static boolean yearContext(List<Token> t, int i) {
    if (i + 1 < t.size()) {
      String nextTag = t.get(i + 1).tag();
      Token next = t.get(i + 1);
      boolean plural = !next.lemma().equals(lower(next));
      // "2011 people" counts; "the 2011 election" and "in 2011 alone" are years
      if (nextTag.equals("NOUN") && plural || is(t, i + 1, UNITS) && plural || is(t, i + 1, "%")) {
        return false;
      }
    }
    if (i > 0 && CURRENCY_SYMBOLS.contains(t.get(i - 1).text())) {
      return false;
    }
    return i == 0 || is(t, i - 1, YEAR_CONTEXT) || t.get(i - 1).tag().equals("PROPN")
        || t.get(i - 1).tag().equals("ADP");
  }

  /** "15 March 2023", "15 March", "March 15, 2023", "March 15", "March 2023", "March". */
  private static Match dayMonthYear(List<Token> t, int i) {
    if (day(t, i) && month(t, i + 1)) {
      int end = i + 2;
      if (year(t, end)) {
        end++;
      } else if (is(t, end, ",") && year(t, end + 1)) {
        end += 2;
      }
      return new Match(MentionType.DATE, i, end);
    }
    if (day(t, i) && is(t, i + 1, "of") && month(t, i + 2)) {
      int end = i + 3;
      if (year(t, end)) {
        end++;
      }
      return new Match(MentionType.DATE, i, end);
    }
    if (month(t, i)) {
      int end = i + 1;
      if (day(t, end) && !year(t, end)) {
        end++;
        if (is(t, end, ",") && year(t, end + 1)) {
          end += 2;
        } else if (year(t, end)) {
          end++;
        }
      } else if (year(t, end)) {
        end++;
      } else if (is(t, end, ",") && year(t, end + 1) && !adjacentNumber(t, end + 2)) {
        end += 2;
      }
      return new Match(MentionType.DATE, i, end);
    }
    return null;
  }

  private static boolean adjacentNumber(List<Token> t, int i) {
    return i < t.size() && t.get(i).tag().equals("NUM");
  }

  /**
   * "yesterday", "last month", "this week", "earlier this year", "a day earlier", "two years ago",
   * "the previous day".
   */
  private static Match relative(List<Token> t, int i) {
    if (is(t, i, SINGLE_DATES)) {
      int end = i + 1;
      if (is(t, end, DAY_PARTS)) {
        end++;
      }
      return new Match(MentionType.DATE, i, end);
    }
    if (is(t, i, DEICTIC) && is(t, i + 1, PERIODS)) {
      return new Match(MentionType.DATE, i, i + 2);
    }
    if ((is(t, i, "earlier") || is(t, i, "later")) && is(t, i + 1, DEICTIC) && is(t, i + 2, PERIODS)) {
      return new Match(MentionType.DATE, i, i + 3);
    }
    if (is(t, i, "the") && is(t, i + 1, Set.of("previous", "next", "following", "same", "day"))) {
      if (is(t, i + 1, "day") && is(t, i + 2, Set.of("before", "after"))) {
        return new Match(MentionType.DATE, i, i + 3);
      }
      if (!is(t, i + 1, "day") && is(t, i + 2, PERIODS)) {
        return new Match(MentionType.DATE, i, i + 3);
      }
    }
    // "a day earlier", "two years ago", "48 hours later", "a few days ago"
    int j = i;
    if (is(t, j, Set.of("a", "an", "one")) || NUMBER_WORDS.containsKey(lower(t.get(j)))
        || digitFirst(t.get(j).text()) && DIGITS.matcher(t.get(j).text()).matches() || is(t, j, "several") || is(t, j, "few")) {
      j++;
      if (is(t, j, "few") || is(t, j, "couple")) {
        j++;
        if (is(t, j, "of")) {
          j++;
        }
      }
      if (is(t, j, PERIOD_UNITS) && is(t, j + 1, RELATIVE_DIRECTIONS)
          && !(is(t, j + 1, Set.of("before", "after")) && j + 2 < t.size()
              && !t.get(j + 2).tag().equals("PUNCT"))) {
        return new Match(MentionType.DATE, i, j + 2);
      }
    }
    return null;
  }

  private static boolean numberToken(List<Token> t, int i) {
    if (i < 0 || i >= t.size()) {
      return false;
    }
    Token tok = t.get(i);
    if (numericFirst(tok.text()) && NUMERIC.matcher(tok.text()).matches()) {
      return true;
    }
    if (tok.tag().equals("NUM") && tok.text().chars().anyMatch(Character::isDigit)
        && tok.text().chars().noneMatch(Character::isLetter)) {
      return true; // "1/2", "2-1"
    }
    String l = lower(tok);
    return (NUMBER_WORDS.containsKey(l) || l.indexOf('-') > 0 && WORD_HYPHEN_WORD.matcher(l).matches()
        && NUMBER_WORDS.containsKey(l.substring(0, l.indexOf('-'))))
        && tok.tag().equals("NUM");
  }

  /** Numbers and quantities: "1.5 million", "thousands", "$5 million", "40%", "12 km", "12-year". */
  private static Match numeric(List<Token> t, int i) {
    int start = i;
    int j = i;
    boolean currency = false;
    if (CURRENCY_SYMBOLS.contains(t.get(j).text()) && (numberToken(t, j + 1) || is(t, j + 1, "a")
        && is(t, j + 2, SCALES))) {
      currency = true;
      j++;
    } else if (is(t, j, "US") && adjacent(t, j) && is(t, j + 1, "$") && numberToken(t, j + 2)) {
      currency = true;
      j += 2;
    }
    // "12-year", "6.1-magnitude": number, hyphen, unit glued together
    if (!currency && digitFirst(t.get(j).text()) && DIGITS.matcher(t.get(j).text()).matches() && adjacent(t, j) && is(t, j + 1, "-")
        && adjacent(t, j + 1) && is(t, j + 2, UNITS)) {
      return new Match(MentionType.QUANTITY, j, j + 3);
    }
    if (!currency && numericFirst(t.get(j).text()) && HYPHEN_UNIT.matcher(t.get(j).text()).matches()
        && UNITS.contains(t.get(j).text().substring(t.get(j).text().lastIndexOf('-') + 1).toLowerCase(Locale.ROOT))) {
      return new Match(MentionType.QUANTITY, j, j + 1);
    }
    int numStart = j;
    if (is(t, j, "a") && is(t, j + 1, SCALES) && !is(t, j + 1, Set.of("m", "k", "bn", "mn"))) {
      j++; // "a million", "a dozen"
    }
    if (numberToken(t, j)) {
      j++;
      while (j < t.size()) {
        // "1.5 million", "two hundred", "5bn"; not "8 2013" or "4 three"
        if (is(t, j, SCALES) && (adjacent(t, j - 1) || NUMBER_WORDS.containsKey(lower(t.get(j)))
            || lower(t.get(j)).equals("bn") || lower(t.get(j)).equals("mn"))
            || numberToken(t, j) && NUMBER_WORDS.containsKey(lower(t.get(j)))
                && is(t, j - 1, "and")) {
          j++;
        } else if (is(t, j, "and") && is(t, j - 1, Set.of("hundred", "thousand", "million"))
            && numberToken(t, j + 1) && NUMBER_WORDS.containsKey(lower(t.get(j + 1)))) {
          j++;
        } else {
          break;
        }
      }
      // "two" in "one or two" is fine; a lone "one" used as a pronoun is tagged PRON and never matched
    } else if (is(t, j, VAGUE_NUMBERS) && (t.get(j).tag().equals("NOUN") || t.get(j).tag().equals("NUM"))) {
      j++;
      // "tens of thousands", "hundreds of millions"
      while (is(t, j, "of") && is(t, j + 1, VAGUE_NUMBERS)) {
        j += 2;
      }
    } else {
      return null;
    }
    if (j == numStart) {
      return null;
    }
    if (currency) {
      return new Match(MentionType.QUANTITY, start, j);
    }
    // unit after: "40%", "40 percent", "40 per cent", "12 km", "5 million dollars"
    if (j < t.size()) {
      if (is(t, j, "per") && is(t, j + 1, "cent")) {
        return new Match(MentionType.QUANTITY, start, j + 2);
      }
      if (is(t, j, "percentage") && is(t, j + 1, Set.of("point", "points"))) {
        return new Match(MentionType.QUANTITY, start, j + 2);
      }
      if (is(t, j, "square") && is(t, j + 1, UNITS)) {
        return new Match(MentionType.QUANTITY, start, j + 2);
      }
      if (is(t, j, UNITS) && !is(t, j, Set.of("per", "square", "point", "points", "times", "second", "m", "g"))
          || (is(t, j, Set.of("m", "g")) && adjacent(t, j - 1))) {
        return new Match(MentionType.QUANTITY, start, j + 1);
      }
      if (is(t, j, "-") && adjacent(t, j - 1) && adjacent(t, j) && is(t, j + 1, UNITS)) {
        return new Match(MentionType.QUANTITY, start, j + 2);
      }
    }
    return new Match(MentionType.NUMBER, start, j);
  }

  // ---------------------------------------------------------------------------------------------
  // Names

  private static final Set<String> TITLES = set("president", "presidents", "minister",
      "ministers", "prime", "foreign", "defence", "defense", "deputy", "vice", "mr", "mr.", "mrs",
      "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "king", "queen",
      "prince", "princess", "sheikh", "emir", "pope", "ayatollah", "imam", "rabbi", "reverend",
      "rev", "rev.", "father", "senator", "sen", "sen.", "rep", "rep.", "representative",
      "congressman", "congresswoman", "gov", "gov.", "governor", "mayor", "chancellor", "secretary",
      "general", "gen", "gen.", "judge", "justice", "ambassador", "envoy", "chief", "premier",
      "colonel", "col", "col.", "lieutenant", "lt", "lt.", "sergeant", "sgt", "sgt.", "captain",
      "capt", "capt.", "major", "maj", "maj.", "admiral", "marshal", "commander", "officer",
      "detective", "det", "det.", "professor", "prof", "prof.", "coach", "speaker", "spokesman",
      "spokeswoman", "spokesperson", "counterpart", "leader", "chairman", "chairwoman", "chair",
      "ceo", "director", "head", "founder", "actor", "actress", "singer", "rapper", "star",
      "player", "striker", "midfielder", "defender", "goalkeeper", "manager", "lawyer", "attorney",
      "journalist", "reporter", "correspondent", "analyst", "author", "writer", "artist", "designer",
      "producer", "chef", "sheriff", "suspect", "victim", "wife", "husband", "son", "daughter",
      "brother", "sister", "mother", "aide", "adviser", "advisor", "economist", "expert",
      "astronaut", "nurse", "doctor", "cardinal", "bishop", "archbishop", "crown", "interior",
      "finance", "health", "education", "state", "assistant", "senior", "former", "late",
      "economy", "trade", "justice", "culture", "agriculture", "energy", "environment");
  /** Title words that may stand inside a run being stripped, but do not alone mark a person. */
  private static final Set<String> TITLE_MODIFIERS = set("prime", "foreign", "defence", "defense",
      "deputy", "vice", "interior", "finance", "health", "education", "state", "assistant",
      "senior", "former", "late", "crown", "economy", "trade", "justice", "culture", "agriculture",
      "energy", "environment", "general", "chief", "head", "star", "major", "father", "speaker");
  private static final Set<String> ORGANIZATION_HEADS = set("Ministry", "Agency", "Council",
      "University", "Party", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC",
      "Co.", "plc", "PLC", "GmbH", "AG", "SA", "News", "Forces", "Force", "Army", "Navy", "Committee",
      "Commission", "Association", "Union", "Institute", "Foundation", "Company", "Bank", "Court",
      "Department", "Office", "Police", "Times", "Post", "Press", "Journal", "Herald", "Tribune",
      "Gazette", "TV", "Television", "Radio", "Channel", "Network", "Organization", "Organisation",
      "Parliament", "Assembly", "Congress", "Senate", "Church", "Club", "Airlines", "Airways",
      "Media", "Service", "Services", "Hospital", "School", "College", "Academy", "Federation",
      "Front", "Movement", "Coalition", "Alliance", "Authority", "Board", "Bureau", "Guard",
      "Administration", "Group", "Holdings", "Industries", "Motors", "Technologies", "Systems",
      "Labs", "Laboratories", "Society", "Fund", "Trust", "Brigade", "Brigades", "Battalion",
      "Corps", "Cabinet", "Government", "Secretariat", "Embassy", "Consulate", "Institution",
      "Center", "Centre", "Team", "FC", "Records", "Studios", "Pictures", "Entertainment",
      "Magazine", "Daily", "Reuters", "AFP", "Observatory", "League", "Conference", "Office");
  private static final Set<String> PLACE_HEADS = set("City", "Province", "Island", "Islands",
      "River", "Mountain", "Mountains", "Mount", "Street", "Square", "County", "Valley", "Sea",
      "Ocean", "Lake", "Bay", "Gulf", "Region", "Airport", "Park", "Beach", "Coast", "Desert",
      "Peninsula", "Strait", "Avenue", "Road", "Bridge", "District", "Governorate", "Village",
      "Town", "Heights", "Hills", "Canyon", "Highway", "Boulevard", "Harbour", "Harbor", "Port",
      "Prefecture", "Oblast", "Territory", "Territories", "Republic", "Kingdom", "Emirates",
      "Plain", "Basin", "Falls", "Stadium", "Arena", "Palace");
  private static final Set<String> NAME_PARTICLES = set("al", "el", "bin", "ibn", "ben", "abu",
      "de", "da", "di", "del", "della", "du", "des", "van", "von", "der", "den", "la", "le", "dos",
      "bint", "ul", "ud");

  /** A run of proper nouns, its span and type (null until known). */
  private static final class NameRun {
    final Span span;
    final String text;
    final String lastWord;
    MentionType type;
    /** From a title-case headline: kept only when typed by the gazetteer or the article. */
    boolean weak;
    /** Right after "in", "near": a place when nothing else types it. */
    boolean afterIn;
    /** The lower-cased word before the run, or "". */
    String previous = "";
    /** Typed by the gazetteer alone (no title, head word or article evidence). */
    boolean fromGazetteer;

    NameRun(Span span, String text, String lastWord, MentionType type) {
      this.span = span;
      this.text = text;
      this.lastWord = lastWord;
      this.type = type;
    }
  }

  /** A proper noun, or a capitalised title word whatever its tag ("Foreign" in "Foreign Ministry"). */
  private static boolean propn(List<Token> t, int i, boolean[] used) {
    if (i < 0 || i >= t.size() || used[i]) {
      return false;
    }
    Token tok = t.get(i);
    int first = tok.text().codePointAt(0);
    return (tok.tag().equals("PROPN") && (Character.isUpperCase(first) || Character.isDigit(first))
            && !NUMBER_WORDS.containsKey(lower(tok)))
        || (Character.isUpperCase(tok.text().codePointAt(0)) && TITLES.contains(lower(tok))
            && !tok.tag().equals("VERB") && !tok.tag().equals("AUX"));
  }

  private static final Set<String> TITLE_CASE_SMALL_WORDS = set("a", "an", "the", "of", "in", "on",
      "at", "to", "for", "and", "or", "but", "with", "as", "by", "from", "vs", "vs.", "'s", "n't");

  /** A title-case line ("Assad And Putin Meet In Moscow"), where the tagger's PROPN is unreliable. */
  private static boolean titleCase(List<Token> t) {
    int words = 0;
    int capitalised = 0;
    for (Token tok : t) {
      if (!Character.isLetter(tok.text().codePointAt(0)) || TITLE_CASE_SMALL_WORDS.contains(lower(tok))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(tok.text().codePointAt(0))) {
        capitalised++;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 9;
  }

  private static boolean capitalised(List<Token> t, int i, boolean[] used) {
    return i >= 0 && i < t.size() && !used[i] && Character.isUpperCase(t.get(i).text().codePointAt(0))
        && Character.isLetter(t.get(i).text().codePointAt(0));
  }

  /**
   * The end of a stretch of capitalised words from {@code i} that ends in an organisation or place
   * head word ("Syrian Armed Forces", "Vnukovo International Airport"), or -1.
   */
  private static int headStretch(List<Token> t, int i, boolean[] used) {
    int j = i;
    int found = -1;
    while (capitalised(t, j, used) && !t.get(j).tag().equals("PRON") && !t.get(j).tag().equals("DET")
        && !t.get(j).tag().equals("ADP")) {
      if (j > i || !t.get(j).tag().equals("PROPN")) {
        String w = t.get(j).text();
        if (ORGANIZATION_HEADS.contains(w) || PLACE_HEADS.contains(w)) {
          found = j + 1;
        }
      }
      j++;
    }
    return found;
  }

  private static final Set<String> BEFORE_NAME_TAGS = set("PRON", "DET", "ADP", "PUNCT", "PROPN");

  private static boolean nameLike(Token tok) {
    String w = tok.text();
    if (TIME_ZONES.contains(w)) {
      return false;
    }
    return w.indexOf('@') < 0 && w.indexOf('/') < 0 && !w.startsWith("www.") && !w.endsWith(".com");
  }

  private void findNames(String text, Sentence s, boolean[] used, List<NameRun> runs) {
    List<Token> t = s.tokens();
    boolean headline = titleCase(t);
    int i = 0;
    while (i < t.size()) {
      boolean particleStart = is(t, i, NAME_PARTICLES) && adjacent(t, i) && is(t, i + 1, "-")
          && propn(t, i + 2, used);
      int stretch = headline ? -1 : headStretch(t, i, used);
      if (!propn(t, i, used) && !particleStart && stretch < 0) {
        i++;
        continue;
      }
      if (!nameLike(t.get(i))) {
        i++;
        continue;
      }
      int end = Math.max(i + 1, stretch);
      if (particleStart && i > 0 && capitalised(t, i - 1, used) && !is(t, i - 1, TITLES)
          && !BEFORE_NAME_TAGS.contains(t.get(i - 1).tag())) {
        i--; // "Bashar al-Assad" with "Bashar" mistagged
      }
      while (end < t.size()) {
        int more = headline ? -1 : headStretch(t, end, used);
        if (more > end) {
          end = more;
        } else if (propn(t, end, used) && nameLike(t.get(end))) {
          end++;
        } else if (is(t, end, "-") && adjacent(t, end - 1) && adjacent(t, end) && propn(t, end + 1, used)
            && !(gazetteer.type(t.get(end - 1).text()).isPresent()
                && gazetteer.type(t.get(end + 1).text()).isPresent())) {
          end += 2; // "al-Assad", "Al-Jaafari"; not "Syria-Turkey"
        } else if (is(t, end, NAME_PARTICLES) && !used[end] && propn(t, end + 1, used)) {
          end += 1; // "Osama bin Laden"
        } else if (is(t, end, NAME_PARTICLES) && !used[end] && adjacent(t, end) && is(t, end + 1, "-")
            && propn(t, end + 2, used)) {
          end += 2;
        } else if ((is(t, end, "of") || is(t, end, "&")) && !used[end] && propn(t, end + 1, used)
            && !TITLES.contains(lower(t.get(end - 1)))) {
          end += 1; // "Bank of England", "AT&T"
        } else if (is(t, end, "of") && is(t, end + 1, "the") && propn(t, end + 2, used)
            && !TITLES.contains(lower(t.get(end - 1)))) {
          end += 2;
        } else {
          break;
        }
      }
      int before = runs.size();
      if (headline) {
        addHeadlineRuns(text, t, i, end, runs);
      } else {
        addRun(text, t, i, end, runs);
      }
      boolean afterIn = is(t, i - 1, PLACE_PREPOSITIONS);
      String previous = i > 0 ? lower(t.get(i - 1)) : "";
      for (int k = before; k < runs.size(); k++) {
        NameRun r = runs.get(k);
        boolean first = r.span.begin() == t.get(i).span().begin();
        r.afterIn = afterIn && first;
        r.previous = first ? previous : "";
      }
      i = end;
    }
  }

  private static final Set<String> PLACE_PREPOSITIONS = set("in", "near", "outside");

  /** In a title-case line: the longest gazetteer names, else single words kept only if typed later. */
  private void addHeadlineRuns(String text, List<Token> t, int from, int to, List<NameRun> runs) {
    int k = from;
    while (k < to) {
      int best = -1;
      MentionType type = null;
      for (int j = to; j > k; j--) {
        String name = straight(spaces(Span.of(t.get(k).span().begin(), t.get(j - 1).span().end())
            .coveredText(text)));
        Optional<MentionType> known = gazetteer.type(name);
        if (known.isPresent()) {
          best = j;
          type = known.get();
          break;
        }
      }
      if (best < 0) {
        best = k + 1;
        if (!Character.isLetter(t.get(k).text().codePointAt(0))) {
          k = best;
          continue;
        }
      }
      Span span = Span.of(t.get(k).span().begin(), t.get(best - 1).span().end());
      String name = straight(spaces(span.coveredText(text)));
      NameRun run = new NameRun(span, name, straight(t.get(best - 1).text()), type);
      run.weak = type == null;
      runs.add(run);
      k = best;
    }
  }

  private void addRun(String text, List<Token> t, int from, int to, List<NameRun> runs) {
    // "President of Syria Bashar al-Assad": the country, then the person
    if (from >= 2 && is(t, from - 1, "of") && TITLES.contains(lower(t.get(from - 2))) && to - from >= 2
        && gazetteer.type(straight(t.get(from).text())).orElse(null) == MentionType.PLACE
        && propn(t, from + 1, new boolean[t.size()])) {
      String place = straight(t.get(from).text());
      runs.add(new NameRun(t.get(from).span(), place, place, MentionType.PLACE));
      from++;
      Span span = Span.of(t.get(from).span().begin(), t.get(to - 1).span().end());
      runs.add(new NameRun(span, straight(spaces(span.coveredText(text))),
          straight(t.get(to - 1).text()), MentionType.PERSON));
      return;
    }
    // leading titles and place adjectives: "Syrian President Bashar al-Assad", "Mr Putin"
    int b = from;
    boolean titled = false;
    while (b < to) {
      String l = lower(t.get(b));
      if (TITLES.contains(l)) {
        titled |= !TITLE_MODIFIERS.contains(l);
        b++;
      } else if (gazetteer.placeOfAdjective(t.get(b).text()).isPresent() && b + 1 < to
          && TITLES.contains(lower(t.get(b + 1)))) {
        b++;
      } else {
        break;
      }
    }
    if (!titled) {
      if (b == to) {
        return; // only title modifiers: "Deputy", "Foreign"
      }
      b = from; // "Foreign Ministry", "State Department", "General Motors": nothing to strip
    }
    if (b == to) {
      return; // only titles: "the President said"
    }
    // a title right before the run: "counterpart Vladimir Putin", "spokesman John Kirby"
    if (!titled && b == from && from > 0) {
      String prev = lower(t.get(from - 1));
      titled = TITLES.contains(prev) && !TITLE_MODIFIERS.contains(prev) && !prev.equals("state");
    }
    // "Middle East": a capitalised word before the run that makes a known name with it
    if (b == from && b > 0 && t.get(b - 1).tag().equals("ADJ")
        && Character.isUpperCase(t.get(b - 1).text().codePointAt(0))) {
      String wider = straight(spaces(Span.of(t.get(b - 1).span().begin(), t.get(to - 1).span().end())
          .coveredText(text)));
      if (gazetteer.type(wider).isPresent()) {
        b--;
      }
    }
    if (to - b == 1) {
      String word = straight(t.get(b).text());
      if (gazetteer.placeOfAdjective(word).isPresent() && gazetteer.type(word).isEmpty()) {
        return; // "Syrian", "Turkish": an adjective, not a name
      }
      // "Syria-Turkey" as one token: two names
      String[] parts = word.split("-", -1);
      if (parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> gazetteer.type(p).isPresent())) {
        int at = t.get(b).span().begin();
        for (String part : parts) {
          runs.add(new NameRun(Span.of(at, at + part.length()), part, part, gazetteer.type(part).get()));
          at += part.length() + 1;
        }
        return;
      }
    }
    // trailing "'s" never reaches here (it is PART); trailing hyphen or particle cannot either
    Span span = Span.of(t.get(b).span().begin(), t.get(to - 1).span().end());
    String name = spaces(span.coveredText(text));
    String straightName = straight(name);
    MentionType type = null;
    boolean gazetteerTyped = false;
    Optional<MentionType> known = gazetteer.type(straightName);
    if (known.isEmpty() && straightName.length() > 3 && straightName.equals(straightName.toUpperCase(Locale.ROOT))) {
      known = gazetteer.type(capitalise(straightName)); // "PHILADELPHIA" in a dateline
    }
    if (titled) {
      type = known.filter(k -> k == MentionType.ORGANIZATION).orElse(MentionType.PERSON);
    } else if (known.isPresent()) {
      type = known.get();
      gazetteerTyped = true;
    } else {
      for (int k = b; k < to; k++) {
        if (ORGANIZATION_HEADS.contains(t.get(k).text())) {
          type = MentionType.ORGANIZATION;
          break;
        }
      }
      if (type == null && PLACE_HEADS.contains(t.get(to - 1).text())) {
        type = MentionType.PLACE;
      }
      if (type == null && to - b >= 2 && gazetteer.isFirstName(straight(t.get(b).text()))) {
        type = MentionType.PERSON; // "Mikhail Bogdanov": a given name first
      }
      if (type == null && to - b == 1 && ACRONYM.matcher(t.get(b).text()).matches()) {
        type = MentionType.ORGANIZATION; // "SANA", "NATO": unknown acronyms are mostly organisations
      }
    }
    String last = straight(t.get(to - 1).text());
    NameRun run = new NameRun(span, straightName, last, type);
    run.fromGazetteer = gazetteerTyped;
    runs.add(run);
  }

  /** "NEW YORK" gives "New York". */
  private static String capitalise(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    boolean start = true;
    for (int k = 0; k < upper.length(); k++) {
      char c = upper.charAt(k);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  private static String straight(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /** Types untyped runs from the same name, or a person's surname, typed elsewhere in the article. */
  private static final Set<String> CORPORATE_SUFFIXES = set("Inc", "Inc.", "Corp", "Corp.", "Ltd",
      "Ltd.", "LLC", "plc", "PLC", "Co.", "GmbH", "AG", "Group", "Holdings");

  private static final Set<String> NOT_BEFORE_PEOPLE = set("the", "in", "at", "from", "into",
      "near", "across", "throughout");

  private boolean placeOrOrganisation(Map<String, MentionType> byName, String word) {
    MentionType t = byName.containsKey(word) ? byName.get(word) : gazetteer.type(word).orElse(null);
    return t == MentionType.PLACE || t == MentionType.ORGANIZATION;
  }

  private void resolveNames(String text, List<NameRun> runs) {
    Map<String, MentionType> byName = new HashMap<>();
    Map<String, MentionType> bySurname = new HashMap<>();
    for (NameRun r : runs) {
      if (r.type != null && r.type != MentionType.NAME) {
        byName.putIfAbsent(r.text, r.type);
        if (r.type == MentionType.PERSON && r.text.indexOf(' ') > 0) {
          bySurname.putIfAbsent(r.lastWord, MentionType.PERSON);
          String lastPart = r.text.substring(r.text.lastIndexOf(' ') + 1);
          bySurname.putIfAbsent(lastPart, MentionType.PERSON); // "al-Assad"
        }
      }
    }
    // "Apple Inc." makes "Apple" an organisation
    for (NameRun r : runs) {
      int space = r.text.lastIndexOf(' ');
      if (r.type == MentionType.ORGANIZATION && space > 0
          && CORPORATE_SUFFIXES.contains(r.text.substring(space + 1))) {
        byName.putIfAbsent(r.text.substring(0, space), MentionType.ORGANIZATION);
      }
    }
    // "Cupertino, Calif.": a name followed by a comma and a place is a place
    for (int k = 0; k + 1 < runs.size(); k++) {
      NameRun r = runs.get(k);
      NameRun next = runs.get(k + 1);
      if (r.type == null && !r.weak && next.type == MentionType.PLACE
          && text.substring(r.span.end(), next.span.begin()).equals(", ")) {
        r.type = MentionType.PLACE;
      }
    }
    // "Lindsay Lohan ... Lohan": an untyped full name whose surname stands alone elsewhere, never
    // as "the Colts" or "in Aceh", and whose first word is not a place ("Indianapolis Colts")
    java.util.Set<String> alone = new java.util.HashSet<>();
    java.util.Set<String> notPeople = new java.util.HashSet<>();
    for (NameRun r : runs) {
      if (r.text.indexOf(' ') < 0 && (r.type == null || r.type == MentionType.PERSON)) {
        alone.add(r.text);
        if (NOT_BEFORE_PEOPLE.contains(r.previous)) {
          notPeople.add(r.text);
        }
      }
    }
    alone.removeAll(notPeople);
    for (NameRun r : runs) {
      int space = r.text.lastIndexOf(' ');
      if (r.type == null && !r.weak && space > 0 && r.text.split(" ").length <= 3
          && !placeOrOrganisation(byName, r.text.substring(0, r.text.indexOf(' ')))
          && r.text.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'')
          && alone.contains(r.lastWord)) {
        r.type = MentionType.PERSON;
        byName.putIfAbsent(r.text, MentionType.PERSON);
        bySurname.putIfAbsent(r.lastWord, MentionType.PERSON);
      }
    }
    for (NameRun r : runs) {
      if (r.type == null) {
        MentionType t = byName.get(r.text);
        if (t == null) {
          t = bySurname.get(r.text);
        }
        if (t == null && r.text.indexOf(' ') > 0
            && (bySurname.containsKey(r.lastWord) || byName.get(r.lastWord) == MentionType.PERSON)) {
          t = MentionType.PERSON; // "Bashar al-Assad" when "Assad" is a person
        }
        if (t == null && r.afterIn && !r.weak) {
          t = MentionType.PLACE; // "in Tartus"
        }
        r.type = t == null ? MentionType.NAME : t;
      }
    }
    // "Michael Jackson ... Jackson": a surname beats the gazetteer's town of the same name
    for (NameRun r : runs) {
      if (r.fromGazetteer && r.type != MentionType.PERSON && r.text.indexOf(' ') < 0
          && bySurname.containsKey(r.text) && !NOT_BEFORE_PEOPLE.contains(r.previous)) {
        r.type = MentionType.PERSON;
      }
    }
    runs.removeIf(r -> r.weak && r.type == MentionType.NAME);
  }
}
