package org.crosscheck.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's learnt tokenizer with its decisions memoised. {@link TokenizerME} first splits a
 * sentence at white space and then decides where to split each chunk from that chunk's characters
 * alone (a maxent decision at every inner position), so the tokens of a chunk ("Turkey's",
 * "(AP)") are a function of the chunk: they are computed once per distinct chunk and reused, which
 * gives exactly {@link TokenizerME#tokenizePos}'s spans at a fraction of the cost (news repeats
 * most of its words).
 *
 * <p>Thread-safe: the model is shared, the {@link TokenizerME} wrappers (not thread-safe) are one
 * per thread, and the map is concurrent. The memo stops growing at its capacity; later chunks are
 * computed each time, with the same result.
 */
public final class ChunkTokenizer {

  /** Enough for the vocabulary of a large news corpus. */
  public static final int DEFAULT_CAPACITY = 200_000;

  /** Token boundaries within a chunk: begin and end of each token, in order. */
  private final ConcurrentHashMap<String, int[]> memo = new ConcurrentHashMap<>();
  private final ThreadLocal<TokenizerME> tokenizers;
  private final int capacity;

  public ChunkTokenizer(TokenizerModel model, int capacity) {
    this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(model));
    this.capacity = capacity;
  }

  /** The tokens of {@code sentence} as {@link TokenizerME#tokenizePos} gives them. */
  public Span[] tokenizePos(String sentence) {
    List<Span> out = new ArrayList<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int begin = i;
      while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      if (i > begin) {
        int[] bounds = split(sentence.substring(begin, i));
        for (int k = 0; k < bounds.length; k += 2) {
          out.add(new Span(begin + bounds[k], begin + bounds[k + 1]));
        }
      }
    }
    return out.toArray(new Span[0]);
  }

  private int[] split(String chunk) {
    if (chunk.length() < 2) {
      return new int[] {0, chunk.length()}; // TokenizerME never splits a single character
    }
    int[] bounds = memo.get(chunk);
    if (bounds == null) {
      Span[] spans = tokenizers.get().tokenizePos(chunk);
      bounds = new int[spans.length * 2];
      for (int k = 0; k < spans.length; k++) {
        bounds[2 * k] = spans[k].getStart();
        bounds[2 * k + 1] = spans[k].getEnd();
      }
      if (memo.size() < capacity) {
        memo.putIfAbsent(chunk, bounds);
      }
    }
    return bounds;
  }

  /** How many chunks are memoised. */
  public int size() {
    return memo.size();
  }
}
