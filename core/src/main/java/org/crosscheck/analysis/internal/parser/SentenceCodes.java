package org.crosscheck.analysis.internal.parser;

/**
 * A sentence turned into the numbers features are built from, indexed like {@link ParseState}
 * (0 is the root).
 *
 * @param words    codes of the normalised words (rare words share one code)
 * @param suffixes codes of the last three letters, which help with words never seen in training
 * @param tags     codes of the POS tags
 */
record SentenceCodes(long[] words, long[] suffixes, int[] tags) {}
