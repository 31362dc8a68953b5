package org.crosscheck.analysis.internal.parser;

/**
 * A sentence turned into the numbers features are built from, indexed like {@link ParseState}
 * (0 is the root).
 *
 * @param words    codes of the normalised words (rare words share one code)
 * @param suffixes codes of the last three letters, which help with words never seen in training
 * @param tags     codes of the POS tags
 * @param punctuationBefore number of punctuation marks before each word
 * @param verbsBefore       number of verbs and auxiliaries before each word
 */
record SentenceCodes(long[] words, long[] suffixes, int[] tags, int[] punctuationBefore, int[] verbsBefore) {

  /** Punctuation marks strictly between two words, capped: a comma between them is a strong cue. */
  int punctuationBetween(int left, int right) {
    return Math.min(3, punctuationBefore[right] - punctuationBefore[left + 1]);
  }

  int verbsBetween(int left, int right) {
    return Math.min(2, verbsBefore[right] - verbsBefore[left + 1]);
  }
}
