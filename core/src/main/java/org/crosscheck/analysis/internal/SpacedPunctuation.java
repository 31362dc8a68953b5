package org.crosscheck.analysis.internal;

import com.google.common.base.CharMatcher;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.Span;

/**
 * Words that a text written from tokenised copy spells with a space after inner punctuation:
 * "100, 000 people", "a magnitude-6. 0 quake", "the case hadn ’ t been submitted", "the City
 * Attorney ’ s office" (detokenised corpora and scraped pages write them so). Split at the spaces,
 * such words read wrongly: "000 people" as the subject and "100" as an oblique, "hadn" as a verb
 * and no negation. Each is joined back into one token; its text for the tagger and the parser is
 * the word without the spaces ("hadn't", "100,000").
 *
 * <p>Only one plain space after the punctuation, and only the shapes of a number or an English
 * clitic: "3, 4 and 5" (a list) and "the ‘ Mockingjay ’ as well" (quotes) stay apart. Stateless.
 */
public final class SpacedPunctuation {

  private SpacedPunctuation() {}

  private static final Pattern GROUP_HEAD = Pattern.compile("\\d{1,3}");
  private static final Pattern GROUP = Pattern.compile("\\d{3}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Digits with the hyphen of a compound the tokenizer cut after it ("1-" of "6. 1-magnitude"). */
  private static final Pattern HYPHENATED_DIGITS = Pattern.compile("\\d+-");
  /** The whole part of a spaced decimal: one or two digits, maybe after a hyphen ("magnitude-6"). */
  private static final Pattern DECIMAL_HEAD = Pattern.compile("(?:.*\\D)?\\d{1,2}");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** What follows the apostrophe of a contraction; "t" only after a word ending in "n". */
  private static final Set<String> CLITICS = Set.of("t", "s", "S", "re", "ll", "ve", "d", "m");

  /**
   * The tokens of a sentence with spaced words joined: each run "100" "," "000" becomes one span
   * "100, 000".
   *
   * @param text   the (straightened) text the spans point into
   * @param tokens the tokenizer's spans, in order
   * @return the spans with spaced words joined; {@code tokens} itself when nothing was joined
   */
  public static List<Span> join(String text, List<Span> tokens) {
    List<Span> out = null;
    int i = 0;
    while (i < tokens.size()) {
      int end = wordEnd(text, tokens, i);
      if (end > i + 1 && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null && end > i + 1 && tokens.get(end - 1).coveredText(text).endsWith("-")) {
        // "6. 1-magnitude", which the tokenizer cut as "1-" "magnitude": "6. 1" and its hyphen
        Span joined = tokens.get(i).union(tokens.get(end - 1));
        out.add(Span.of(joined.begin(), joined.end() - 1));
        out.add(Span.of(joined.end() - 1, joined.end()));
      } else if (out != null) {
        out.add(end > i + 1 ? tokens.get(i).union(tokens.get(end - 1)) : tokens.get(i));
      }
      i = end;
    }
    return out == null ? tokens : out;
  }

  /** Where the spaced word starting at token i ends (exclusive); i + 1 when there is none. */
  private static int wordEnd(String text, List<Span> tokens, int i) {
    String first = tokens.get(i).coveredText(text);
    int end = i + 1;
    if (GROUP_HEAD.matcher(first).matches() && !followsMonth(text, tokens, i)) {
      // "4, 183", "1, 000, 000": thousands groups of three digits (not "May 5, 200 people")
      while (spaced(text, tokens, end, ",", false) && matches(text, tokens, end + 1, GROUP)
          && !continues(text, tokens, end + 1)) {
        end += 2;
      }
      if (end > i + 1) {
        return end; // "22, 000. 5 people were hurt": a group ends its number
      }
    }
    if (DECIMAL_HEAD.matcher(first).matches()) {
      // "6. 0", "magnitude-8. 7": a decimal point
      boolean hyphenated = matches(text, tokens, end + 1, HYPHENATED_DIGITS) && continues(text, tokens, end + 1);
      if (spaced(text, tokens, end, ".", false) && (matches(text, tokens, end + 1, DIGITS) || hyphenated)) {
        end += 2;
      }
      return end;
    }
    if (WORD.matcher(first).matches() && spaced(text, tokens, end, "'", true) && end + 1 < tokens.size()) {
      String clitic = tokens.get(end + 1).coveredText(text);
      boolean negation = clitic.equals("t") && first.endsWith("n") && first.length() > 1;
      if (CLITICS.contains(clitic) && (negation || !clitic.equals("t"))
          && !continues(text, tokens, end + 1)) {
        end += 2;
      }
    }
    return end;
  }

  /**
   * Whether token j is {@code punctuation} followed by exactly one space and another token, and
   * written right after the token before it or, where {@code spaceBefore}, one space after it
   * ("hadn ’ t").
   */
  private static boolean spaced(String text, List<Span> tokens, int j, String punctuation,
      boolean spaceBefore) {
    if (j <= 0 || j + 1 >= tokens.size()) {
      return false;
    }
    Span mark = tokens.get(j);
    int gap = mark.begin() - tokens.get(j - 1).end();
    boolean before = gap == 0 || (spaceBefore && gap == 1 && text.charAt(mark.begin() - 1) == ' ');
    return mark.coveredText(text).equals(punctuation) && before
        && tokens.get(j + 1).begin() == mark.end() + 1 && text.charAt(mark.end()) == ' ';
  }

  /** Month names and their short forms ("may", "sep"), and "sept". */
  private static final Set<String> MONTHS = Stream.concat(Stream.of("sept"),
      Arrays.stream(Month.values()).flatMap(m -> Stream.of(TextStyle.FULL, TextStyle.SHORT)
          .map(style -> m.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT))))
      .collect(Collectors.toUnmodifiableSet());

  /** Whether token i is the day of a date ("May 5, 200 people"): its comma ends the date. */
  private static boolean followsMonth(String text, List<Span> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String before = tokens.get(i - 1).coveredText(text);
    if (before.equals(".") && i >= 2) {
      before = tokens.get(i - 2).coveredText(text); // "Sept . 5"
    }
    return MONTHS.contains(CharMatcher.is('.').trimTrailingFrom(before).toLowerCase(Locale.ROOT));
  }

  private static boolean matches(String text, List<Span> tokens, int j, Pattern pattern) {
    return j < tokens.size() && pattern.matcher(tokens.get(j).coveredText(text)).matches();
  }

  /** Whether token j is glued to a letter or digit after it ("000abc"): then it is no group. */
  private static boolean continues(String text, List<Span> tokens, int j) {
    if (j + 1 >= tokens.size() || tokens.get(j + 1).begin() != tokens.get(j).end()) {
      return false;
    }
    return Character.isLetterOrDigit(text.charAt(tokens.get(j + 1).begin()));
  }

  /**
   * Whether a sentence detector's break between {@code before} and {@code after} (spans of
   * {@code line}) splits a spaced decimal ("A magnitude-6. | 0 quake can cause severe damage"):
   * the first ends in a number of one or two digits and a point, the second begins with digits
   * after one space. A sentence rarely begins with digits, and even more rarely after one that
   * ends in a small number.
   *
   * @param line   the text the spans point into
   * @param before the earlier sentence
   * @param after  the sentence right after it
   * @return whether the two are one sentence
   */
  public static boolean splitsDecimal(String line, Span before, Span after) {
    if (after.begin() != before.end() + 1 || line.charAt(before.end()) != ' ') {
      return false;
    }
    String end = before.coveredText(line);
    int n = end.length();
    if (n < 2 || end.charAt(n - 1) != '.' || !Character.isDigit(end.charAt(n - 2))) {
      return false;
    }
    int digits = 1;
    while (n - 2 - digits >= 0 && Character.isDigit(end.charAt(n - 2 - digits))) {
      digits++;
    }
    return digits <= 2 && after.length() > 0 && Character.isDigit(line.charAt(after.begin()));
  }
}
