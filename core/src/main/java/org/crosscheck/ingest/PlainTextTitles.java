package org.crosscheck.ingest;

/** Finds the headline of a plain-text article: its first line when that line looks like one. */
final class PlainTextTitles {
  static final int MAX_HEADLINE_LENGTH = 200;
  static final int MAX_HEADLINE_WORDS = 30;

  private PlainTextTitles() {}

  /**
   * The first line, trimmed, when it is short, does not end like a sentence (a period, or a colon
   * or comma that continues into the next line) and is followed by a blank line or by a line of
   * text (at least five words, no menu separators such as "|" or "»"); else {@code ""}.
   */
  static String headline(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    if (end < 0) {
      return ""; // a single line is the whole article, not a headline
    }
    String line = text.substring(start, end).strip();
    if (line.isEmpty() || text.substring(end).isBlank()) {
      return "";
    }
    if (line.length() > MAX_HEADLINE_LENGTH || line.split("\\s+").length > MAX_HEADLINE_WORDS) {
      return "";
    }
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') {
      return "";
    }
    int nextEnd = text.indexOf('\n', end + 1);
    String next = text.substring(end + 1, nextEnd < 0 ? text.length() : nextEnd).strip();
    if (!next.isEmpty() && !looksLikeText(next)) {
      return ""; // followed by a menu or a label, so probably a label itself ("Skip to content")
    }
    return line;
  }

  /** Text rather than a menu: a few words, no menu separators. */
  private static boolean looksLikeText(String line) {
    return line.split("\\s+").length >= 5 && line.indexOf('|') < 0 && line.indexOf('»') < 0
        && line.indexOf('›') < 0;
  }
}
