package org.crosscheck.normalize.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.normalize.Quantity;

/**
 * The rules behind {@code NumericQuantityResolver}: finds the numbers in a phrase (digits,
 * number words, or a vague plural such as "dozens"), reads the qualifier before it ("at least",
 * "about"), scale words after it ("million"), and its unit (a currency sign, a measure, or the
 * counted noun reduced to its singular). Stateless and thread-safe.
 */
public final class QuantityParser {

  private QuantityParser() {}

  private enum Qualifier { EXACT, ABOUT, NEARLY, AT_LEAST, AT_MOST }

  private static final Map<String, Integer> SMALL = new HashMap<>();
  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  /** Scale abbreviations, read as scales only after a currency: "$5m", "$2bn". */
  private static final Map<String, Double> SCALE_ABBREVIATIONS = Map.of(
      "m", 1e6, "mn", 1e6, "bn", 1e9, "b", 1e9, "k", 1e3, "tn", 1e12);
  /** Vague plurals: the least value, and the factor to the greatest. */
  private static final Map<String, double[]> VAGUE = Map.of(
      "dozens", new double[] {12, 12}, "hundreds", new double[] {100, 10},
      "thousands", new double[] {1000, 1000}, "millions", new double[] {1e6, 1000},
      "billions", new double[] {1e9, 1000}, "tens", new double[] {10, 10},
      "scores", new double[] {20, 10});
  private static final Map<String, String> UNITS = new HashMap<>();
  private static final Map<String, String> IRREGULAR = new HashMap<>();
  /** Words between a number and its noun that are not the noun: "12 other soldiers". */
  private static final Set<String> MODIFIERS = Set.of(
      "other", "more", "additional", "new", "young", "extra", "further", "innocent",
      "separate", "different", "individual", "fewer", "less", "total", "confirmed", "reported",
      "registered", "known", "estimated", "armed", "unarmed", "foreign", "local", "senior",
      "best", "worst", "biggest", "largest", "top", "main", "major", "big", "small", "large",
      "former", "alleged", "suspected", "key", "high", "low", "long", "short", "whole", "full",
      "old", "civilian", "military", "similar", "such", "straight", "consecutive", "successive");
  /** Words saying the counted things are people: "12 dead", "20 killed". */
  private static final Set<String> CASUALTY_WORDS = Set.of(
      "dead", "killed", "injured", "wounded", "hurt", "missing", "died", "dying", "slain",
      "murdered", "arrested", "detained", "displaced", "evacuated", "rescued", "hospitalised",
      "hospitalized", "infected");
  private static final Set<String> QUAKES = Set.of("earthquake", "quake", "tremor", "temblor", "aftershock");
  /** Words after a number that end the phrase without naming a unit. */
  private static final Set<String> STOP = Set.of(
      "in", "on", "at", "of", "and", "or", "to", "the", "a", "an", "from", "for", "by", "with",
      "were", "was", "are", "is", "have", "has", "had", "be", "been", "will", "would", "who",
      "that", "which", "as", "than", "since", "after", "before", "during", "while", "when",
      "times", "per", "each", "apiece", "so", "far", "out", "among", "including", "but", "this",
      "these", "those", "it", "they", "he", "she", "we", "remain", "remained", "according",
      "said", "say", "says", "am", "pm", "p", "s", "t", "th", "st", "nd", "rd", "over", "under",
      "about", "around", "across", "into", "onto", "through", "against", "up", "down",
      "off", "together", "today", "tonight", "yesterday", "tomorrow", "ago", "later", "earlier",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "not", "no", "did", "do", "does", "can", "could", "might",
      "must", "should", "shall", "also", "only", "just", "still", "again", "there", "here",
      "where", "what", "if", "because", "then", "its", "their", "his", "her", "our", "your", "my");

  static {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < small.length; i++) {
      SMALL.put(small[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      SMALL.put(tens[i], 20 + 10 * i);
    }
    unit("km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
    unit("mile", "mile", "miles", "mi");
    unit("kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes");
    unit("ton", "ton", "tons", "tonne", "tonnes");
    unit("m", "metre", "metres", "meter", "meters");
    unit("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
    unit("foot", "ft", "feet", "foot");
    unit("pound", "lb", "lbs", "pound", "pounds");
    unit("percent", "percent", "pct", "percents");
    unit("magnitude", "magnitude", "richter");
    unit("usd", "dollar", "dollars", "usd");
    unit("eur", "euro", "euros", "eur");
    unit("gbp", "gbp", "sterling");
    unit("year", "year", "years", "yr", "yrs");
    unit("hour", "hour", "hours", "hr", "hrs");
    unit("minute", "minute", "minutes", "min", "mins");
    unit("mph", "mph");
    IRREGULAR.put("people", "person");
    IRREGULAR.put("persons", "person");
    IRREGULAR.put("men", "man");
    IRREGULAR.put("women", "woman");
    IRREGULAR.put("children", "child");
    IRREGULAR.put("feet", "foot");
    IRREGULAR.put("teeth", "tooth");
    IRREGULAR.put("lives", "life");
    IRREGULAR.put("wives", "wife");
    IRREGULAR.put("police", "police");
    IRREGULAR.put("series", "series");
    IRREGULAR.put("species", "species");
    IRREGULAR.put("news", "news");
    IRREGULAR.put("aircraft", "aircraft");
    IRREGULAR.put("staff", "staff");
    IRREGULAR.put("crew", "crew");
  }

  private static void unit(String unit, String... words) {
    for (String w : words) {
      UNITS.put(w, unit);
    }
  }

  /** Whether a word is a number written out: "five", "Twenty", "million". */
  public static boolean isNumberWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return SMALL.containsKey(w) || SCALES.containsKey(w);
  }

  /** Reads the first quantity in a phrase; see {@code NumericQuantityResolver}. */
  public static Optional<Quantity> parse(String phrase) {
    List<Quantity> all = parseAll(phrase, 1, phrase.length());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Reads every quantity in a phrase whose number begins before character {@code numbersBefore},
   * in the order written: "15.9 points and 10 rebounds" gives 15.9 point and 10 rebound. Words
   * from there on may still name a unit: with the phrase "on five TDCJ officers" and the limit
   * after "five", the five are officers.
   */
  public static List<Quantity> parseAll(String phrase, int numbersBefore) {
    return parseAll(phrase, Integer.MAX_VALUE, numbersBefore);
  }

  private static List<Quantity> parseAll(String phrase, int most, int numbersBefore) {
    TimeTokens t = TimeTokens.of(phrase);
    List<Quantity> out = new ArrayList<>();
    Qualifier qualifier = Qualifier.EXACT;
    for (int i = 0; i < t.size() && out.size() < most && t.start(i) < numbersBefore; i++) {
      Qualifier q = qualifierAt(t, i);
      if (q != null) {
        qualifier = q;
      }
      Reading n = numberAt(t, i);
      if (n == null) {
        continue;
      }
      if (n.end < t.size() && ordinalSuffix(t, n.end)) {
        continue; // "the 12th victim"
      }
      if (t.isNumber(i) && isDatePart(t, i, n.end)) {
        i = n.end - 1;
        continue; // "On 15 March, 12 people ...", "in 2011, 300 soldiers"
      }
      // currency before: "$5", "US$ 5", "€5"
      String currency = currencyBefore(t, i);
      double value = n.value;
      double low = n.low;
      double high = n.high;
      boolean vague = n.vague;
      int j = n.end;
      // scale abbreviations after a currency: "$5m"
      if (currency != null && t.isWord(j) && SCALE_ABBREVIATIONS.containsKey(t.text(j))) {
        double s = SCALE_ABBREVIATIONS.get(t.text(j));
        value *= s;
        low *= s;
        high *= s;
        j++;
      }
      Reading losses = lossesAfter(t, i, n);
      if (losses != null) {
        out.add(Quantity.exact(n.value, "win"));
        out.add(Quantity.exact(losses.value, "loss"));
        i = losses.end - 1;
        continue;
      }
      // ranges: "40 to 50", "40-50", "between 40 and 50", "two or three"
      boolean range = false;
      if (t.is(j, "to") || t.is(j, "-") || t.is(j, "or") || (t.is(j, "and") && t.is(i - 1, "between"))) {
        Reading second = numberAt(t, j + 1);
        if (second != null && !second.vague && !n.vague && second.value > n.value) {
          double s = second.scale > 1 && n.scale == 1 ? second.scale : 1; // "2 to 3 million"
          value *= s;
          low = value;
          high = second.high;
          range = true;
          j = second.end;
        }
      }
      String age = range ? null : ageOf(t, i, n);
      String unit = currency != null ? currency : age != null ? age : unitAfter(t, j, i, n.value != Math.rint(n.value));
      if (t.is(j, "+")) {
        qualifier = Qualifier.AT_LEAST;
      }
      if (t.is(j, "or") && (t.is(j + 1, "more") || t.is(j + 1, "so"))) {
        qualifier = t.is(j + 1, "more") ? Qualifier.AT_LEAST : Qualifier.ABOUT;
      }
      if (range || vague) {
        out.add(new Quantity(value, unit, true, low, Math.max(value, high)));
      } else {
        out.add(switch (qualifier) {
          case EXACT -> new Quantity(value, unit, n.approximate, low, high);
          case ABOUT -> new Quantity(value, unit, true,
              Math.min(low, value * (1 - Quantity.ABOUT)), Math.max(high, value * (1 + Quantity.ABOUT)));
          case NEARLY -> new Quantity(value, unit, true, Math.min(low, value * (1 - Quantity.ABOUT)), value);
          case AT_LEAST -> new Quantity(value, unit, true, low, Double.POSITIVE_INFINITY);
          case AT_MOST -> new Quantity(value, unit, true, Math.min(0, value), value);
        });
      }
      qualifier = Qualifier.EXACT; // "at least 3 dead and 12 injured": the 12 are exact
      i = j - 1;
    }
    return out;
  }

  /** Words for a won-lost record: "a 162-139 record", "a mark of 122-147". */
  private static final Set<String> RECORD_WORDS = Set.of("record", "mark");

  /**
   * The losses of a won-lost record that starts with the wins read at i, or null: two whole
   * numbers joined by a hyphen right before "record" or "mark", or right after "record of" or
   * "mark of" ("a 162-139 record", "a mark of 122-147"). Elsewhere "40-50" is a range, and a
   * score ("won 5-3") no amount.
   */
  private static Reading lossesAfter(TimeTokens t, int i, Reading wins) {
    int j = wins.end;
    if (!t.isNumber(i) || j != i + 1 || !(t.is(j, "-") || t.is(j, "–")) || !t.isNumber(j + 1)) {
      return null;
    }
    Reading losses = digits(t, j + 1);
    if (losses == null || losses.end != j + 2 || wins.value != Math.rint(wins.value) || losses.value != Math.rint(losses.value)) {
      return null;
    }
    boolean before = losses.end < t.size() && RECORD_WORDS.contains(t.text(losses.end).toLowerCase(Locale.ROOT));
    boolean after = i >= 2 && t.is(i - 1, "of") && RECORD_WORDS.contains(t.text(i - 2).toLowerCase(Locale.ROOT));
    return before || after ? losses : null;
  }

  /** What may follow an age set off after a name: "Zurana Horton, 34, was killed". */
  private static final Set<String> AFTER_AGE = Set.of(",", ".", ";", ")", "and");

  /**
   * The unit of an age: a whole number up to 125 set off by a comma right after a name ("Zurana
   * Horton, 34," as news style gives ages) is that person's age, not a count of the event, and
   * only comparable with the same person's age ("age of horton"); else null.
   */
  private static String ageOf(TimeTokens t, int i, Reading n) {
    boolean afterName = t.is(i - 1, ",") && t.isWord(i - 2) && t.isCapitalised(i - 2);
    boolean ends = n.end >= t.size() || AFTER_AGE.contains(t.text(n.end));
    if (!afterName || !ends || n.end != i + 1 || n.value < 1 || n.value > 125) {
      return null;
    }
    return "age of " + t.text(i - 2);
  }

  /** A number read from tokens [start, end): its value and the bounds its precision allows. */
  private record Reading(double value, double low, double high, boolean approximate, boolean vague,
      double scale, int end) {}

  private static Reading numberAt(TimeTokens t, int i) {
    if (t.isNumber(i)) {
      return digits(t, i);
    }
    if (!t.isWord(i)) {
      return null;
    }
    String w = t.text(i);
    double[] vague = VAGUE.get(w);
    if (vague != null) {
      int j = i + 1;
      double low = vague[0];
      double high = vague[0] * vague[1];
      // "tens of thousands", "hundreds of millions"
      if (t.is(j, "of") && VAGUE.containsKey(t.text(j + 1)) && VAGUE.get(t.text(j + 1))[0] > low) {
        double base = VAGUE.get(t.text(j + 1))[0];
        low *= base;
        high *= base;
        j += 2;
      }
      if (w.equals("tens") && low == 10) {
        return null; // bare "tens" is not a count
      }
      return new Reading(low, low, high, true, true, 1, j);
    }
    boolean article = w.equals("a") || w.equals("an");
    if (article && t.is(i + 1, "dozen")) {
      return new Reading(12, 12 * (1 - Quantity.ABOUT), 12 * (1 + Quantity.ABOUT), true, false, 1, i + 2);
    }
    if (article && SCALES.containsKey(t.text(i + 1))) {
      return scaled(t, 1, 0, i + 1);
    }
    if (SMALL.containsKey(w) && !t.is(i - 1, "no")) {
      double v = SMALL.get(w);
      int j = i + 1;
      if (v >= 20 && t.is(j, "-") && SMALL.containsKey(t.text(j + 1)) && SMALL.get(t.text(j + 1)) < 10) {
        v += SMALL.get(t.text(j + 1));
        j += 2;
      }
      if (t.is(j, "dozen")) {
        return new Reading(v * 12, v * 12, v * 12, false, false, 12, j + 1);
      }
      return scaled(t, v, 0, j);
    }
    return null;
  }

  /** Digits with thousands groups ("2,000", "2, 000") and decimals ("1.5"), then scale words. */
  private static Reading digits(TimeTokens t, int i) {
    StringBuilder sb = new StringBuilder(t.text(i));
    int j = i + 1;
    while (t.digits(i) <= 3 && t.is(j, ",") && t.digits(j + 1) == 3) {
      sb.append(t.text(j + 1));
      j += 2;
    }
    int decimals = 0;
    if (t.is(j, ".") && t.isNumber(j + 1)) {
      decimals = t.digits(j + 1);
      sb.append('.').append(t.text(j + 1));
      j += 2;
    }
    if (sb.length() > 15) {
      return null;
    }
    double v = Double.parseDouble(sb.toString());
    return scaled(t, v, decimals, j);
  }

  /**
   * Applies scale words after a number: "1.5 million" is 1,500,000 give or take half its last
   * digit, 50,000, but never more than 5% ("2 million" is 1.9 to 2.1 million).
   */
  private static Reading scaled(TimeTokens t, double v, int decimals, int j) {
    double scale = 1;
    while (t.isWord(j) && SCALES.containsKey(t.text(j))) {
      scale *= SCALES.get(t.text(j));
      j++;
    }
    if (scale == 1) {
      return new Reading(v, v, v, false, false, 1, j);
    }
    if (scale > 1e15 || v * scale > 1e300) {
      return null; // "a million million million ...": not a number anyone states
    }
    double value = v * scale;
    double half = Math.min(0.5 * Math.pow(10, -decimals) * scale, 0.05 * value);
    return new Reading(value, value - half, value + half, false, false, scale, j);
  }

  private static Qualifier qualifierAt(TimeTokens t, int i) {
    String w = t.text(i);
    String next = t.text(i + 1);
    return switch (w) {
      case "about", "around", "approximately", "roughly", "some", "circa", "estimated", "~",
          "approx" -> Qualifier.ABOUT;
      case "nearly", "almost" -> Qualifier.NEARLY;
      case "close" -> next.equals("to") ? Qualifier.NEARLY : null;
      case "least", "minimum" -> Qualifier.AT_LEAST;
      case "more", "greater", "over", "above", "upwards", "excess", "exceeding", "beyond" -> {
        if (w.equals("more") || w.equals("greater")) {
          yield next.equals("than") ? Qualifier.AT_LEAST : null;
        }
        yield Qualifier.AT_LEAST;
      }
      case "fewer", "less" -> next.equals("than") ? Qualifier.AT_MOST : null;
      case "under", "below", "most", "maximum" -> Qualifier.AT_MOST;
      case "up" -> next.equals("to") ? Qualifier.AT_MOST : null;
      case "many" -> t.is(i - 1, "as") && next.equals("as") ? Qualifier.AT_MOST : null;
      default -> null;
    };
  }

  private static String currencyBefore(TimeTokens t, int i) {
    String before = t.text(i - 1);
    return switch (before) {
      case "$" -> "usd";
      case "€", "eur", "euro" -> "eur";
      case "£", "gbp" -> "gbp";
      case "usd" -> "usd";
      default -> null;
    };
  }

  /** The unit after a number ending at j (the number starts at start): "" when none. */
  private static String unitAfter(TimeTokens t, int j, int start, boolean decimal) {
    // "magnitude 6.1", "magnitude-6.1"
    int b = t.is(start - 1, "-") ? start - 2 : start - 1;
    if (t.is(b, "magnitude")) {
      return "magnitude";
    }
    if (t.is(j, "%")) {
      return "percent";
    }
    if (t.is(j, "-")) {
      j++; // "12-year", "6.1-magnitude"
    }
    if (t.is(j, "per") && t.is(j + 1, "cent")) {
      return "percent";
    }
    if (t.is(j, "percentage") && (t.is(j + 1, "points") || t.is(j + 1, "point"))) {
      return "percentage point";
    }
    if (t.is(j, "on") && t.is(j + 1, "the") && t.is(j + 2, "richter")) {
      return "magnitude";
    }
    if (t.is(j, "of") && (t.is(start, "dozens") || VAGUE.containsKey(t.text(start)) || t.is(start + 1, "dozen"))) {
      j++; // "dozens of people"
    }
    for (int guard = 0; guard < 4 && t.isWord(j); guard++) {
      String w = t.text(j);
      String u = UNITS.get(w);
      if (u != null) {
        return u;
      }
      if (STOP.contains(w)) {
        return "";
      }
      String next = t.text(j + 1);
      boolean nextIsContent = t.isWord(j + 1) && !STOP.contains(next) && !CASUALTY_WORDS.contains(next);
      if (CASUALTY_WORDS.contains(w)) {
        if (nextIsContent) {
          j++;
          continue; // "12 wounded soldiers"
        }
        return "person";
      }
      if (MODIFIERS.contains(w) || (nextIsContent && (isProperAdjective(t, j) || isParticiple(w)))) {
        j++; // "12 other soldiers", "12 Turkish soldiers", "12 armed men"
        if (t.is(j, "-")) {
          j++;
        }
        continue;
      }
      if (isParticiple(w)) {
        return ""; // "600 were killed", "two directed and"
      }
      // "two bomb threats": a singular noun before a plural one modifies it
      if (!looksPlural(w) && nextIsContent && looksPlural(next) && !isParticiple(next)) {
        j++;
        continue;
      }
      // "co-workers": a hyphenated compound
      StringBuilder compound = new StringBuilder(w);
      while (t.is(j + 1, "-") && t.isWord(j + 2)) {
        compound.append('-').append(t.text(j + 2));
        j += 2;
      }
      String noun = compound.length() == w.length() ? w : compound.toString();
      int dash = noun.lastIndexOf('-');
      String head = singular(noun.substring(dash + 1));
      String lemma = dash < 0 ? head : noun.substring(0, dash + 1) + head;
      if (decimal && QUAKES.contains(lemma)) {
        return "magnitude"; // "a 6.1 earthquake"
      }
      return lemma;
    }
    return "";
  }

  /** "Turkish", "Syrian", "Israeli", "Chinese": a capitalised word that reads as a nationality. */
  private static boolean isProperAdjective(TimeTokens t, int j) {
    if (!t.isCapitalised(j)) {
      return false;
    }
    String w = t.text(j);
    return w.endsWith("ish") || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("an")
        || w.endsWith("i") || w.endsWith("ch");
  }

  private static boolean isParticiple(String w) {
    return w.length() > 5 && w.endsWith("ed") && !w.endsWith("eed");
  }

  private static boolean looksPlural(String w) {
    return IRREGULAR.containsKey(w) && !IRREGULAR.get(w).equals(w)
        || !singular(w).equals(w);
  }

  private static final Set<String> YEAR_PREPOSITIONS = Set.of(
      "in", "since", "during", "until", "till", "by", "before", "after", "from", "of", "to");

  /** A day of a month ("15 March", "March 15"), a year ("in 2011", "March 15, 2023") or a decade ("1950s"). */
  private static boolean isDatePart(TimeTokens t, int i, int end) {
    if (end != i + 1) {
      return false; // "2,000", "1.5": not written as dates are
    }
    if (TimeExpressionParser.monthAt(t, i + 1) > 0 || TimeExpressionParser.monthAt(t, i - 1) > 0
        || (t.is(i - 1, ".") && TimeExpressionParser.monthAt(t, i - 2) > 0)) {
      return true;
    }
    if (ordinalSuffix(t, i + 1) && TimeExpressionParser.monthAt(t, i + 2) > 0) {
      return true;
    }
    if (t.digits(i) != 4 || t.number(i) < 1000 || t.number(i) > 2999) {
      return false;
    }
    if (t.is(i + 1, "s")) {
      return true; // "the 1950s pin-up"
    }
    return YEAR_PREPOSITIONS.contains(t.text(i - 1))
        || (t.is(i - 1, ",") && t.isNumber(i - 2) && isDatePart(t, i - 2, i - 1));
  }

  private static boolean ordinalSuffix(TimeTokens t, int j) {
    String w = t.text(j);
    return w.equals("th") || w.equals("st") || w.equals("nd") || w.equals("rd");
  }

  /** "soldiers" gives "soldier", "casualties" "casualty", "people" "person". */
  static String singular(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    int n = w.length();
    if (n <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")
        || w.endsWith("zes")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }
}
