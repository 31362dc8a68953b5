package org.crosscheck.normalize.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised forms of names: {@link #fold} for matching surface forms, {@link #key} for entity
 * keys, {@link #surname} for the key of a person's (or other unknown name's) last word. Pure
 * functions; thread-safe.
 */
public final class NameKeys {

  private NameKeys() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ARABIC_ARTICLE =
      Pattern.compile("^(?:al|el|ul|ad|ag|as|ash|at|az|ar|an|ath|adh)-(?=\\p{L})");

  /**
   * Lower case, without diacritics, typographic apostrophes and dashes made plain, so that
   * "Türkiye" and "Turkiye", "Côte d’Ivoire" and "Cote d'Ivoire" fold alike.
   */
  public static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
        .replace('\u02bb', '\'').replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-')
        .replace('\u00a0', ' ');
    t = t.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("Ø", "O")
        .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D")
        .replace("ł", "l").replace("Ł", "L").replace("œ", "oe").replace("Œ", "OE");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    return Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /**
   * The key of a label: folded, then restricted to ASCII (anything else becomes {@code _}):
   * "United States" gives "united states".
   */
  public static String key(String label) {
    String f = fold(label).trim();
    StringBuilder sb = new StringBuilder(f.length());
    boolean space = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c < 0x80 ? c : '_');
    }
    return sb.toString();
  }

  /**
   * The key of one name word, robust to transliteration: folded; apostrophes and the Arabic
   * article ("al-", "el-", "ash-" ...) dropped; letters only; "ou" and "oo" as "u", "ee" as "i",
   * "ph" as "f", "q" as "g"; doubled letters collapsed; a final "y" after a consonant as "i". So
   * "al-Jaafari" and "Jafari", "Gaddafi" and "Qaddafi", "Çavuşoğlu" and "Cavusoglu" give the
   * same key. Empty when the word has no letters.
   */
  public static String surname(String word) {
    String s = fold(word).replace("'", "").replace("`", "");
    s = ARABIC_ARTICLE.matcher(s).replaceFirst("");
    StringBuilder letters = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    s = letters.toString().replace("ou", "u").replace("oo", "u").replace("ee", "i")
        .replace("ph", "f").replace('q', 'g');
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    int n = out.length();
    if (n > 3 && out.charAt(n - 1) == 'y' && "aeiou".indexOf(out.charAt(n - 2)) < 0) {
      out.setCharAt(n - 1, 'i');
    }
    return out.toString();
  }
}
