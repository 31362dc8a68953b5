package org.crosscheck.analysis.internal.parser;

import java.util.List;

/**
 * One sentence of a CoNLL-U treebank, syntactic words only.
 *
 * @param words     word forms
 * @param tags      gold UPOS tags
 * @param heads     head of each word as a 0-based index, -1 for the root
 * @param relations dependency relations, already reduced to the parser's label set
 * @param tokens    the surface tokens the words come from; a contraction such as "didn't" is one
 *                  token of two words
 */
public record ConlluSentence(List<String> words, List<String> tags, int[] heads, List<String> relations,
    List<SurfaceToken> tokens) {
  public ConlluSentence {
    words = List.copyOf(words);
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    heads = heads.clone();
    relations = List.copyOf(relations);
    if (tags.size() != words.size() || heads.length != words.size() || relations.size() != words.size()) {
      throw new IllegalArgumentException("sentence columns differ in length: " + words.size() + " words, "
          + tags.size() + " tags, " + heads.length + " heads, " + relations.size() + " relations");
    }
  }

  public int size() {
    return words.size();
  }

  @Override
  public int[] heads() {
    return heads.clone();
  }

  public int head(int word) {
    return heads[word];
  }

  /** The same sentence with other POS tags, e.g. a tagger's predictions. */
  public ConlluSentence withTags(List<String> newTags) {
    return new ConlluSentence(words, newTags, heads, relations, tokens);
  }

  /** The forms of the surface tokens, as a tokenizer would give them. */
  public List<String> tokenForms() {
    return tokens.stream().map(SurfaceToken::form).toList();
  }

  /**
   * A token as written, covering {@code wordCount} syntactic words from {@code firstWord}.
   */
  public record SurfaceToken(String form, int firstWord, int wordCount) {}

  /** True when no two arcs cross; the arc-eager system can only build such trees. */
  public boolean isProjective() {
    int n = heads.length;
    for (int i = 0; i < n; i++) {
      int a = Math.min(i, heads[i]);
      int b = Math.max(i, heads[i]);
      for (int j = 0; j < n; j++) {
        int c = Math.min(j, heads[j]);
        int d = Math.max(j, heads[j]);
        if ((a < c && c < b && b < d) || (c < a && a < d && d < b)) {
          return false;
        }
      }
    }
    return true;
  }
}
