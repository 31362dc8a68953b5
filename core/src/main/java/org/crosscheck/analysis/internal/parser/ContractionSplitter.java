package org.crosscheck.analysis.internal.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits contractions into syntactic words. OpenNLP's UD tokenizer keeps "didn't", "it's" and
 * "Turkey's" whole and its POS model tags them with joined tags (AUX+PART, PRON+AUX, PROPN+PART),
 * while UD trees, and so the parser, have one word per part: "did" + "n't", "it" + "'s".
 */
public final class ContractionSplitter {
  private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'"};
  private static final String[] BARE_CLITICS = {"nt", "not", "na", "ta", "s"};

  private ContractionSplitter() {}

  /**
   * The syntactic words of a tokenised sentence.
   *
   * @param words  the parts
   * @param tags   their tags
   * @param tokens for each part, the index of the token it came from
   */
  public record Split(List<String> words, List<String> tags, int[] tokens) {}

  public static Split split(List<String> words, List<String> tags) {
    List<String> outWords = new ArrayList<>(words.size() + 4);
    List<String> outTags = new ArrayList<>(words.size() + 4);
    List<Integer> owners = new ArrayList<>(words.size() + 4);
    for (int i = 0; i < words.size(); i++) {
      String tag = tags.get(i);
      String[] parts = tag.split("\\+");
      String second = parts.length == 2 ? secondPart(words.get(i)) : null;
      if (second == null) {
        outWords.add(words.get(i));
        outTags.add(parts[0]);
        owners.add(i);
      } else {
        String word = words.get(i);
        outWords.add(word.substring(0, word.length() - second.length()));
        outWords.add(second);
        outTags.add(parts[0]);
        outTags.add(parts[1]);
        owners.add(i);
        owners.add(i);
      }
    }
    return new Split(outWords, outTags, owners.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Splits joined tags over the words of one token, as the treebank has them. */
  public static List<String> tagsOfParts(String joinedTag, int wordCount) {
    String[] parts = joinedTag.split("\\+");
    List<String> tags = new ArrayList<>(wordCount);
    for (int i = 0; i < wordCount; i++) {
      tags.add(parts[Math.min(i, parts.length - 1)]);
    }
    return tags;
  }

  /** The clitic at the end of a contraction, or null when the word does not end with one. */
  private static String secondPart(String word) {
    String straight = UdPosTagger.straighten(word);
    String lower = straight.toLowerCase(Locale.ROOT);
    for (String clitic : CLITICS) {
      if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
        return word.substring(word.length() - clitic.length());
      }
    }
    // Apostrophe-less spellings: dont, cannot, gonna, gotta, its
    for (String clitic : BARE_CLITICS) {
      if (lower.endsWith(clitic) && lower.length() > clitic.length() + 1) {
        return word.substring(word.length() - clitic.length());
      }
    }
    return null;
  }
}
