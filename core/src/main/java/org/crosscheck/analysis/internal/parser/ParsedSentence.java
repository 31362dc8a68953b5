package org.crosscheck.analysis.internal.parser;

import java.util.List;

/**
 * A parser's output for one sentence.
 *
 * @param heads     head of each word as a 0-based index, -1 for the root
 * @param relations relation of each word to its head
 */
public record ParsedSentence(int[] heads, List<String> relations) {
  public ParsedSentence {
    heads = heads.clone();
    relations = List.copyOf(relations);
  }

  @Override
  public int[] heads() {
    return heads.clone();
  }

  public int head(int word) {
    return heads[word];
  }

  public int size() {
    return heads.length;
  }
}
