package org.crosscheck.analysis;

import java.util.List;

/**
 * Assigns each token of a sentence its head and Universal Dependencies relation, given the
 * tokens and their UD part-of-speech tags. Implementations are deterministic and thread-safe.
 */
public interface DependencyParser {

  /**
   * @param words the tokens of one sentence
   * @param tags  their UD POS tags, one per word
   * @return one arc per word
   */
  List<Arc> parse(List<String> words, List<String> tags);

  /** The attachment of one word: its head's index (-1 for the root) and the relation label. */
  record Arc(int head, String relation) {}
}
