package org.crosscheck.analysis.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines and time stamps that open a paragraph: "WASHINGTON (AP) —", "LONDON, March 3 (Reuters)
 * -", "Mumbai, Nov 11-", "Posted: June 12, 2013", "Updated Thu 6 May 2010, 9:03am AEST". They are
 * no part of the sentence that follows, but a sentence detector leaves them glued to it, and the
 * parser then reads the place as the subject ("WASHINGTON signed an executive order") or the time
 * as a count ("11:55 Four men"). Written from the wire services' dateline conventions (AP
 * Stylebook, "datelines"; Reuters Handbook of Journalism), not from any one site.
 *
 * <p>Conservative by design: a plain place is a dateline only in capitals or with a date or an
 * agency in brackets, and a date only with a year, a clock time or a stamp word ("Posted"), and
 * only when a capitalised word follows. Immutable and thread-safe.
 */
public final class Datelines {
  private static final String MONTH = "(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
  private static final String YEAR = ",?\\s+\\d{4}";
  private static final String DATE = "(?:" + MONTH + "\\s+" + DAY + "|" + DAY + "\\s+" + MONTH + ")";
  private static final String DATE_WITH_YEAR = "(?:" + DATE + YEAR + "|\\d{1,2}/\\d{1,2}/\\d{2,4})";
  private static final String WEEKDAY = "(?i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*)\\.?,?";
  /** "9:03am AEST", "11: 55", "6: 07: 15 PM GMT+01: 0". */
  private static final String CLOCK = "\\d{1,2}\\s?:\\s?\\d{2}(?:\\s?:\\s?\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
      + "(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2}(?:\\s?:\\s?\\d{1,2})?)?)?";
  private static final String STAMP_WORD = "(?i:Posted|Updated|Published|Last updated|Last modified)(?:\\s+on)?\\s*:?";
  private static final String DASH = "\\s*[-\u2013\u2014]+";
  /** What follows a dateline: a capitalised word or an opening quote. */
  private static final String NEXT = "\\s+(?=[\\p{Lu}\"\u201c'\u2018])";

  private static final String NAME = "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}";
  private static final String CAPITALS = "\\p{Lu}[\\p{Lu}.'-]+(?:\\s+\\p{Lu}[\\p{Lu}.'-]*){0,3}";
  private static final String AGENCY = "\\s*\\([^()]{1,40}\\)";

  private static final Pattern PLACE_LINE = Pattern.compile("^(?:"
      // "WASHINGTON (AP) —", "NEW YORK —", "PARIS, France —"
      + CAPITALS + "(?:,\\s*" + NAME + ")?(?:,\\s*" + DATE + ")?(?:" + AGENCY + ")?"
      // "LONDON, March 3 (Reuters) -", "Mumbai, Nov 11-", "Kabul (AFP) -"
      + "|" + NAME + "(?:,\\s*" + NAME + ")?(?:,\\s*" + DATE + "(?:" + AGENCY + ")?|" + AGENCY + ")"
      + ")" + DASH + NEXT);
  private static final Pattern STAMP = Pattern.compile("^(?:"
      // "Posted: June 12, 2013", "UPDATED: FRIDAY", "Updated Thu 6 May 2010, 9:03am AEST"
      // (atomic: a stamp word with its date is one dateline, never the word alone)
      + STAMP_WORD + "(?>(?:\\s*" + WEEKDAY + ")?(?:\\s*(?:(?:" + DATE_WITH_YEAR + "|" + DATE + ")(?:,?\\s+" + CLOCK + ")?|" + CLOCK + "))?)"
      // "May 03, 2013", "June 12, 2013 11:55 am", "11: 55"
      + "|(?:" + WEEKDAY + "\\s*)?" + DATE_WITH_YEAR + "(?:,?\\s+" + CLOCK + ")?"
      + "|" + CLOCK
      + ")(?:" + DASH + ")?" + NEXT);

  private Datelines() {}

  /**
   * How long the dateline that opens this text is, up to the word that starts the sentence proper.
   *
   * @param text a detected sentence that starts a line
   * @return the offset of the sentence proper, or 0 when the text opens with no dateline
   */
  public static int end(String text) {
    for (Pattern p : new Pattern[] {PLACE_LINE, STAMP}) {
      Matcher m = p.matcher(text);
      if (m.find() && m.end() < text.length()) {
        return m.end();
      }
    }
    return 0;
  }
}
