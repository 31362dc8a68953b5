package org.crosscheck.normalize.internal;

/**
 * The tokens of a time expression: lower-cased letter runs, digit runs and single punctuation
 * characters, with whether each word was capitalised. A possessive "'s" is dropped
 * ("Thursday's" gives "thursday"); curly apostrophes count as straight ones; white space is
 * dropped, so "2, 000" and "2,000" give the same tokens. Immutable. Shared by the time and the
 * quantity rules.
 */
public final class TimeTokens {

  public static final byte WORD = 0;
  public static final byte NUMBER = 1;
  public static final byte PUNCT = 2;

  private final String[] text;
  private final byte[] kind;
  private final boolean[] capitalised;
  private final int[] start;
  private final int size;

  private TimeTokens(String[] text, byte[] kind, boolean[] capitalised, int[] start, int size) {
    this.text = text;
    this.kind = kind;
    this.capitalised = capitalised;
    this.start = start;
    this.size = size;
  }

  public static TimeTokens of(String s) {
    int n = s.length();
    String[] text = new String[Math.max(4, n / 2 + 1)];
    byte[] kind = new byte[text.length];
    boolean[] cap = new boolean[text.length];
    int[] at = new int[text.length];
    int size = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      byte k;
      if (Character.isLetter(c)) {
        while (i < n && Character.isLetter(s.charAt(i))) {
          i++;
        }
        k = WORD;
      } else if (c >= '0' && c <= '9') {
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        k = NUMBER;
      } else {
        i++;
        k = PUNCT;
        boolean apostrophe = c == '\'' || c == '\u2019' || c == '\u2018';
        // possessive 's after a word: drop it
        if (apostrophe && size > 0 && kind[size - 1] == WORD && i < n
            && (s.charAt(i) == 's' || s.charAt(i) == 'S')
            && (i + 1 == n || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
          i++;
          continue;
        }
        if (apostrophe) {
          c = '\'';
        }
        if (size == text.length) {
          text = java.util.Arrays.copyOf(text, size * 2);
          kind = java.util.Arrays.copyOf(kind, size * 2);
          cap = java.util.Arrays.copyOf(cap, size * 2);
          at = java.util.Arrays.copyOf(at, size * 2);
        }
        at[size] = start;
        text[size] = String.valueOf(c);
        kind[size] = k;
        size++;
        continue;
      }
      if (size == text.length) {
        text = java.util.Arrays.copyOf(text, size * 2);
        kind = java.util.Arrays.copyOf(kind, size * 2);
        cap = java.util.Arrays.copyOf(cap, size * 2);
        at = java.util.Arrays.copyOf(at, size * 2);
      }
      at[size] = start;
      String word = s.substring(start, i);
      cap[size] = k == WORD && Character.isUpperCase(c);
      text[size] = k == WORD ? word.toLowerCase(java.util.Locale.ROOT) : word;
      kind[size] = k;
      size++;
    }
    return new TimeTokens(text, kind, cap, at, size);
  }

  public int size() {
    return size;
  }

  /** Where the token at i begins in the text it was read from; {@link Integer#MAX_VALUE} past the end. */
  public int start(int i) {
    return i < size ? start[i] : Integer.MAX_VALUE;
  }

  /** The token at i, or "" past either end. */
  public String text(int i) {
    return i >= 0 && i < size ? text[i] : "";
  }

  public boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  public boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER;
  }

  public boolean isCapitalised(int i) {
    return i >= 0 && i < size && capitalised[i];
  }

  public boolean is(int i, String s) {
    return i >= 0 && i < size && text[i].equals(s);
  }

  /** The value of a number token of at most 9 digits, or -1. */
  public int number(int i) {
    if (!isNumber(i) || text[i].length() > 9) {
      return -1;
    }
    return Integer.parseInt(text[i]);
  }

  /** Digits in the number token at i (0 when it is not one). */
  public int digits(int i) {
    return isNumber(i) ? text[i].length() : 0;
  }
}
