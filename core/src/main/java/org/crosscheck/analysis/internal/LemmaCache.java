package org.crosscheck.analysis.internal;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas from OpenNLP's UD lemmatizer, computed on the single word with its UPOS tag (never in
 * context) and memoised per (lower-case word, tag), so that a word's lemma does not depend on its
 * neighbours, on which thread saw it first, or on whether the cache was full.
 *
 * <p>Proper nouns keep their text as lemma, numbers and punctuation their lower-cased text; other
 * words are lower-cased before lemmatising. Thread-safe: the model is shared, the {@link
 * MaxentBeamSearch#lemmatizer lemmatizers} (exactly OpenNLP's lemmas, faster) are one per thread, and the map is concurrent. The
 * cache stops growing at its capacity (later words are computed each time, with the same result).
 */
public final class LemmaCache {

  /** Enough for the vocabulary of a large news corpus; about 200 bytes an entry. */
  public static final int DEFAULT_CAPACITY = 200_000;

  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
  private final ThreadLocal<BiFunction<String[], String[], String[]>> lemmatizers;
  private final int capacity;

  public LemmaCache(LemmatizerModel model, int capacity) {
    this.lemmatizers = ThreadLocal.withInitial(() -> MaxentBeamSearch.lemmatizer(model));
    this.capacity = capacity;
  }

  /** The lemma of {@code word} tagged {@code tag} (a UPOS tag). */
  public String lemma(String word, String tag) {
    switch (tag) {
      case "PROPN":
        return word;
      case "NUM":
      case "PUNCT":
      case "SYM":
      case "X":
        return word.toLowerCase(Locale.ROOT);
      default:
        break;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String key = tag + '\u0000' + lower;
    String lemma = cache.get(key);
    if (lemma == null) {
      lemma = compute(lower, tag);
      if (cache.size() < capacity) {
        cache.putIfAbsent(key, lemma);
      }
    }
    return lemma;
  }

  private String compute(String lower, String tag) {
    String[] out = lemmatizers.get().apply(new String[] {lower}, new String[] {tag});
    String lemma = out.length == 1 ? out[0] : "";
    if (lemma == null || lemma.isEmpty() || lemma.equals("_") || lemma.equals("O")) {
      return lower;
    }
    return lemma.toLowerCase(Locale.ROOT);
  }

  /** How many lemmas are memoised. */
  public int size() {
    return cache.size();
  }
}
