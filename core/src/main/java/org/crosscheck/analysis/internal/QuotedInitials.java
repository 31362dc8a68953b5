package org.crosscheck.analysis.internal;

import java.util.regex.Pattern;

/**
 * A quote closed by a comma is followed by who said it ("“We're aware of the issue,” team general
 * manager A.J. Smith said"); the sentence detector ends a sentence after initials written with
 * periods, and so cuts the speaker's name in two, leaving the quote without its "said". Such a
 * sentence, ending in initials after the quote's comma with no reporting verb yet, goes on in the
 * next. Stateless.
 */
public final class QuotedInitials {
  /** Initials at the end: "A.J.", "J.R.R."; written against no word before them. */
  private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}$");
  /** A quote closed by a comma: ,” or ," */
  private static final Pattern QUOTE_CLOSED_BY_COMMA = Pattern.compile(",\\s*[”\"]");
  /** A verb that names what the speaker did with the quote. */
  private static final Pattern REPORTING_VERB = Pattern.compile(
      "\\b(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|explained|noted|asked|replied)\\b");

  private QuotedInitials() {}

  /**
   * Whether a detected sentence ends in initials inside the attribution of a quote it holds.
   *
   * @param sentence the sentence's text
   * @return whether the sentence goes on in the next one
   */
  public static boolean cutsSpeaker(String sentence) {
    if (!INITIALS.matcher(sentence).find()) {
      return false;
    }
    var quote = QUOTE_CLOSED_BY_COMMA.matcher(sentence);
    int after = -1;
    while (quote.find()) {
      after = quote.end();
    }
    return after > 0 && !REPORTING_VERB.matcher(sentence.substring(after)).find();
  }
}
