package org.crosscheck.analysis.internal.parser;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns words and tags into the codes of {@link SentenceCodes}. Immutable. */
final class SentenceEncoder {
  private static final long ROOT_WORD = hash("<root>", 1);
  private static final long UNKNOWN_WORD = hash("<unknown>", 1);
  private static final int ROOT_TAG = 998;
  private static final int UNKNOWN_TAG = 997;

  private final Map<String, Long> vocabulary;
  private final Map<String, Integer> tagCodes;
  private final List<String> words;
  private final List<String> tags;

  /**
   * @param words normalised words that get their own code; all others share the unknown word's
   * @param tags  the POS tags seen in training
   */
  SentenceEncoder(List<String> words, List<String> tags) {
    this.words = List.copyOf(words);
    this.tags = List.copyOf(tags);
    vocabulary = new HashMap<>(words.size() * 2);
    for (String word : words) {
      vocabulary.put(word, hash(word, 1));
    }
    tagCodes = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      tagCodes.put(tags.get(i), i);
    }
  }

  List<String> words() {
    return words;
  }

  List<String> tags() {
    return tags;
  }

  SentenceCodes encode(List<String> sentenceWords, List<String> sentenceTags) {
    int size = sentenceWords.size() + 1;
    long[] wordCodes = new long[size];
    long[] suffixCodes = new long[size];
    int[] tagCodesOut = new int[size];
    wordCodes[0] = ROOT_WORD;
    suffixCodes[0] = ROOT_WORD;
    tagCodesOut[0] = ROOT_TAG;
    for (int i = 1; i < size; i++) {
      String word = normalize(sentenceWords.get(i - 1));
      wordCodes[i] = vocabulary.getOrDefault(word, UNKNOWN_WORD);
      suffixCodes[i] = hash(word.length() > 3 ? word.substring(word.length() - 3) : word, 2);
      tagCodesOut[i] = tagCodes.getOrDefault(sentenceTags.get(i - 1), UNKNOWN_TAG);
    }
    int[] punctuationBefore = new int[size + 1];
    int[] verbsBefore = new int[size + 1];
    for (int i = 0; i < size; i++) {
      String tag = i == 0 ? "" : sentenceTags.get(i - 1);
      punctuationBefore[i + 1] = punctuationBefore[i] + (tag.equals("PUNCT") ? 1 : 0);
      verbsBefore[i + 1] = verbsBefore[i] + (tag.equals("VERB") || tag.equals("AUX") ? 1 : 0);
    }
    return new SentenceCodes(wordCodes, suffixCodes, tagCodesOut, punctuationBefore, verbsBefore);
  }

  /** Lower case, digits folded to 0 and curly quotes made straight, so variants share features. */
  static String normalize(String word) {
    StringBuilder builder = new StringBuilder(word.length());
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '0' && c <= '9') {
        c = '0';
      } else if (c == '\u2018' || c == '\u2019') {
        c = '\'';
      } else if (c == '\u201C' || c == '\u201D') {
        c = '"';
      }
      builder.append(c);
    }
    return builder.toString();
  }

  /** 64-bit FNV-1a with a seed, stable across JVMs unlike String.hashCode widened. */
  private static long hash(String text, long seed) {
    long hash = 0xcbf29ce484222325L ^ seed;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
