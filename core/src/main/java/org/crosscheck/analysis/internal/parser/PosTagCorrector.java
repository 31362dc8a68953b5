package org.crosscheck.analysis.internal.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Re-tags a sentence before parsing, taking OpenNLP's UD tags as features next to the words and
 * their context. OpenNLP's tagger gets about 93% of EWT test right and tag errors cost the parser
 * about three points of attachment; a greedy averaged-perceptron tagger stacked on its output
 * fixes part of them. Immutable once trained.
 */
final class PosTagCorrector {
  static final int MAX_FEATURES = 32;
  private static final long NO_WORD = 0x2545F4914F6CDD1DL;
  private static final int NO_TAG = 1_000;

  private final List<String> tags;
  private final Map<String, Integer> tagIndex = new HashMap<>();
  private final WeightTable weights;

  PosTagCorrector(List<String> tags, WeightTable weights) {
    this.tags = List.copyOf(tags);
    for (int i = 0; i < tags.size(); i++) {
      tagIndex.put(tags.get(i), i);
    }
    this.weights = weights;
  }

  List<String> tags() {
    return tags;
  }

  WeightTable weights() {
    return weights;
  }

  /** The corrected tags of a sentence given its words and OpenNLP's tags. */
  List<String> correct(List<String> words, List<String> given) {
    Context context = new Context(words, given, tagIndex);
    long[] features = new long[MAX_FEATURES];
    long[] scratch = new long[MAX_FEATURES];
    float[] scores = new float[tags.size()];
    String[] result = new String[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int count = context.features(i, features);
      Arrays.fill(scores, 0f);
      weights.score(features, count, scores, scratch);
      int best = 0;
      for (int t = 1; t < scores.length; t++) {
        if (scores[t] > scores[best]) {
          best = t;
        }
      }
      context.predicted[i] = best;
      result[i] = tags.get(best);
    }
    return Arrays.asList(result);
  }

  /**
   * Trains on sentences whose tags are gold and whose given (OpenNLP) tags are in {@code given},
   * aligned by index.
   */
  static PosTagCorrector train(List<ConlluSentence> gold, List<List<String>> given, int epochs, long seed,
      float prune) {
    List<String> tagList = new ArrayList<>(new TreeSet<>(
        gold.stream().flatMap(s -> s.tags().stream()).toList()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < tagList.size(); i++) {
      index.put(tagList.get(i), i);
    }
    PerceptronWeights weights = new PerceptronWeights();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    long[] features = new long[MAX_FEATURES];
    float[] scores = new float[tagList.size()];
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int s : order) {
        ConlluSentence sentence = gold.get(s);
        Context context = new Context(sentence.words(), given.get(s), index);
        for (int i = 0; i < sentence.size(); i++) {
          int count = context.features(i, features);
          Arrays.fill(scores, 0f);
          weights.score(features, count, scores);
          int best = 0;
          for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[best]) {
              best = t;
            }
          }
          int truth = index.get(sentence.tags().get(i));
          weights.tick();
          if (best != truth) {
            weights.update(features, count, truth, 1);
            weights.update(features, count, best, -1);
          }
          // Condition on its own history, as when tagging.
          context.predicted[i] = best;
        }
      }
    }
    return new PosTagCorrector(tagList, weights.averaged(prune));
  }

  /**
   * Corrected tags for the training sentences, each fold corrected by a tagger trained on the other
   * folds, so the parser trains on tags as wrong as at run time.
   */
  static List<ConlluSentence> jackknife(List<ConlluSentence> gold, List<List<String>> given, int folds, int epochs,
      long seed, float prune) {
    List<ConlluSentence> corrected = new ArrayList<>(gold);
    for (int fold = 0; fold < folds; fold++) {
      List<ConlluSentence> trainGold = new ArrayList<>();
      List<List<String>> trainGiven = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        if (i % folds != fold) {
          trainGold.add(gold.get(i));
          trainGiven.add(given.get(i));
        }
      }
      PosTagCorrector corrector = train(trainGold, trainGiven, epochs, seed, prune);
      for (int i = fold; i < gold.size(); i += folds) {
        corrected.set(i, gold.get(i).withTags(corrector.correct(gold.get(i).words(), given.get(i))));
      }
    }
    return corrected;
  }

  /** Per-sentence codes shared by training and tagging. */
  private static final class Context {
    final long[] words;
    final long[] suffixes;
    final long[] shapes;
    final int[] given;
    final int[] predicted;

    Context(List<String> sentenceWords, List<String> givenTags, Map<String, Integer> tagIndex) {
      int n = sentenceWords.size();
      words = new long[n];
      suffixes = new long[n];
      shapes = new long[n];
      given = new int[n];
      predicted = new int[n];
      for (int i = 0; i < n; i++) {
        String raw = sentenceWords.get(i);
        String word = SentenceEncoder.normalize(raw);
        words[i] = hash(word, 11);
        suffixes[i] = hash(word.length() > 3 ? word.substring(word.length() - 3) : word, 12);
        shapes[i] = shape(raw);
        // joined tags of contractions count as their first part, as the parser will see it
        String tag = givenTags.get(i);
        int plus = tag.indexOf('+');
        given[i] = tagIndex.getOrDefault(plus < 0 ? tag : tag.substring(0, plus), NO_TAG - 1);
      }
    }

    int features(int i, long[] out) {
      FeatureSink f = new FeatureSink(out);
      long w = words[i];
      long wPrev = i > 0 ? words[i - 1] : NO_WORD;
      long wNext = i + 1 < words.length ? words[i + 1] : NO_WORD;
      long wPrev2 = i > 1 ? words[i - 2] : NO_WORD;
      long wNext2 = i + 2 < words.length ? words[i + 2] : NO_WORD;
      int o = given[i];
      int oPrev = i > 0 ? given[i - 1] : NO_TAG;
      int oNext = i + 1 < given.length ? given[i + 1] : NO_TAG;
      int oNext2 = i + 2 < given.length ? given[i + 2] : NO_TAG;
      int tPrev = i > 0 ? predicted[i - 1] : NO_TAG;
      int tPrev2 = i > 1 ? predicted[i - 2] : NO_TAG;
      f.add(1);
      f.add(w);
      f.add(suffixes[i]);
      f.add(shapes[i]);
      f.add(wPrev);
      f.add(wNext);
      f.add(wPrev2);
      f.add(wNext2);
      f.add(i + 1 < words.length ? suffixes[i + 1] : NO_WORD);
      f.add(tPrev);
      f.add(tPrev2, tPrev);
      f.add(tPrev, w);
      f.add(o);
      f.add(o, w);
      f.add(oPrev);
      f.add(oNext);
      f.add(oPrev, o, oNext);
      f.add(o, oNext, oNext2);
      f.add(o, tPrev);
      f.add(w, oNext);
      f.add(w, wNext);
      f.add(wPrev, w);
      f.add(o, suffixes[i]);
      f.add(shapes[i], o);
      return f.count();
    }

    private static long shape(String word) {
      long shape = 0;
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        shape |= 1;
      }
      if (word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT))) {
        shape |= 2;
      }
      for (int k = 0; k < word.length(); k++) {
        char c = word.charAt(k);
        if (Character.isDigit(c)) {
          shape |= 4;
        } else if (c == '-') {
          shape |= 8;
        } else if (!Character.isLetterOrDigit(c)) {
          shape |= 16;
        }
      }
      return shape | (long) Math.min(word.length(), 4) << 8;
    }

    private static long hash(String text, long seed) {
      long hash = 0xcbf29ce484222325L ^ seed;
      for (int k = 0; k < text.length(); k++) {
        hash ^= text.charAt(k);
        hash *= 0x100000001b3L;
      }
      return hash;
    }
  }
}
