package org.crosscheck.analysis.internal.parser;

/**
 * Unlabelled and labelled attachment scores over all words, punctuation included (as in the
 * CoNLL 2018 shared task), with labels compared in the parser's label set.
 */
public record AttachmentScores(int words, int correctHeads, int correctArcs) {
  public double unlabelled() {
    return words == 0 ? 0 : (double) correctHeads / words;
  }

  public double labelled() {
    return words == 0 ? 0 : (double) correctArcs / words;
  }

  @Override
  public String toString() {
    return String.format("UAS %.4f LAS %.4f over %d words", unlabelled(), labelled(), words);
  }
}
