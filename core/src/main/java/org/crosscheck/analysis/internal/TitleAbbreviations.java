package org.crosscheck.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.Span;

/**
 * Titles written short before a name ("Sgt. Marty Earley", "Gov. Jerry Brown"): the AP
 * Stylebook's abbreviations of titles before a full name, and the courtesy titles. The sentence
 * detector ends a sentence after them and the tokenizer cuts their period off, so that "said Sgt.
 * Marty Earley" gives the speaker "Sgt" and a new sentence "Marty Earley". A title needs the name
 * after it: no sentence ends in one. Stateless.
 */
public final class TitleAbbreviations {

  private TitleAbbreviations() {}

  private static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Msgr", "Fr", "Gov", "Lt", "Sen", "Rep", "Gen",
      "Col", "Capt", "Cmdr", "Cpl", "Sgt", "Pvt", "Maj", "Adm", "Det", "Insp", "Supt", "Atty",
      "Sens", "Reps", "Govs");

  /**
   * Whether a detected sentence ends in a title written short ("… said Sgt."), so that the name
   * after it belongs to it.
   *
   * @param sentence the sentence's text
   * @return whether its last word is a title with its period
   */
  public static boolean endsIn(String sentence) {
    int end = sentence.length() - 1;
    if (end < 1 || sentence.charAt(end) != '.') {
      return false;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(sentence.charAt(begin - 1))) {
      begin--;
    }
    return (begin == 0 || !Character.isLetterOrDigit(sentence.charAt(begin - 1)))
        && TITLES.contains(sentence.substring(begin, end));
  }

  /**
   * The tokens with each title's period joined back to it where a capitalised word follows:
   * "Sgt" "." "Marty" becomes "Sgt." "Marty".
   *
   * @param text   the text the spans point into
   * @param tokens the tokens of one sentence, in order
   * @return the joined tokens; {@code tokens} itself when nothing was joined
   */
  public static List<Span> join(String text, List<Span> tokens) {
    List<Span> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i);
      boolean title = i + 2 < tokens.size() && TITLES.contains(t.coveredText(text))
          && tokens.get(i + 1).begin() == t.end() && tokens.get(i + 1).coveredText(text).equals(".")
          && Character.isUpperCase(text.charAt(tokens.get(i + 2).begin()));
      if (title && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null) {
        out.add(title ? t.union(tokens.get(i + 1)) : t);
      }
      if (title) {
        i++;
      }
    }
    return out == null ? tokens : out;
  }
}
