package org.crosscheck.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Span;

/**
 * Dashes written against a word without spaces ("strengthen it—not weaken it", "]--not"), which
 * the tokenizer keeps inside the word's token: "—not" is then punctuation to the tagger, and the
 * negation is lost. Each dash ("—", "–" or "--") is split off as a token of its own. Hyphens
 * ("year-old") are words' own and stay. Stateless.
 */
public final class GluedDashes {

  private GluedDashes() {}

  /**
   * The tokens with every dash between or before letters split off: "it—not" becomes "it", "—",
   * "not".
   *
   * @param text   the text the spans point into
   * @param tokens the tokens of one sentence, in order
   * @return the split tokens; {@code tokens} itself when nothing was split
   */
  public static List<Span> split(String text, List<Span> tokens) {
    List<Span> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i);
      List<Span> parts = parts(text, t);
      if (parts.size() > 1 && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null) {
        out.addAll(parts);
      }
    }
    return out == null ? tokens : out;
  }

  private static List<Span> parts(String text, Span token) {
    List<Span> out = new ArrayList<>(1);
    int from = token.begin();
    int i = token.begin();
    while (i < token.end()) {
      int dash = dashLength(text, i, token.end());
      if (dash == 0 || token.length() == dash || !nextToLetter(text, token, i, dash)) {
        i++;
        continue;
      }
      if (i > from) {
        out.add(Span.of(from, i));
      }
      out.add(Span.of(i, i + dash));
      i += dash;
      from = i;
    }
    if (from < token.end()) {
      out.add(Span.of(from, token.end()));
    }
    return out;
  }

  /** Whether the dash at i touches a letter: "it—not", not a range of numbers ("2008–09", "5–3"). */
  private static boolean nextToLetter(String text, Span token, int i, int dash) {
    return (i > token.begin() && Character.isLetter(text.charAt(i - 1)))
        || (i + dash < token.end() && Character.isLetter(text.charAt(i + dash)));
  }

  /** The length of the dash at i: 1 for "—" or "–", 2 for "--", else 0. */
  private static int dashLength(String text, int i, int end) {
    char c = text.charAt(i);
    if (c == '\u2014' || c == '\u2013') {
      return 1;
    }
    return c == '-' && i + 1 < end && text.charAt(i + 1) == '-' ? 2 : 0;
  }
}
