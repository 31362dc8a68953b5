package org.crosscheck.ingest;

/** Finds the headline of a plain-text article: its first line when that line looks like one. */
final class PlainTextTitles {
  static final int MAX_HEADLINE_LENGTH = 200;
  static final int MAX_HEADLINE_WORDS = 30;

  private PlainTextTitles() {}

  /**
   * The first line, trimmed, when it is short, does not end like a sentence (a period, or a colon
   * or comma that continues into the next line) and is followed by more text; else {@code ""}.
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
    return line;
  }
}
