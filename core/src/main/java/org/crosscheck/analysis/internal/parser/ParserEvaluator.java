package org.crosscheck.analysis.internal.parser;

import java.util.List;
import java.util.function.BiFunction;

/** Scores a parser against gold trees. */
public final class ParserEvaluator {
  private ParserEvaluator() {}

  /**
   * @param gold   gold trees whose tags are what the parser is given
   * @param parser words and tags to a parse
   */
  public static AttachmentScores evaluate(List<ConlluSentence> gold,
      BiFunction<List<String>, List<String>, ParsedSentence> parser) {
    int words = 0;
    int heads = 0;
    int arcs = 0;
    for (ConlluSentence sentence : gold) {
      ParsedSentence parsed = parser.apply(sentence.words(), sentence.tags());
      for (int i = 0; i < sentence.size(); i++) {
        words++;
        if (parsed.head(i) == sentence.head(i)) {
          heads++;
          if (parsed.relations().get(i).equals(sentence.relations().get(i))) {
            arcs++;
          }
        }
      }
    }
    return new AttachmentScores(words, heads, arcs);
  }
}
