package org.crosscheck.analysis.internal;

import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.SequenceClassificationModel;
import java.util.function.BiFunction;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch} over a GIS maxent model, giving the same sequences with the same
 * scores for less work. The POS tagger and the lemmatizer spend most of their time in the beam
 * search: a {@code HashMap} look-up per feature string (several dependent cache misses each), and
 * a full sort of every outcome's probability only to find the beam's threshold (the lemmatizer has
 * 860 outcomes). Here the model's parameters sit in flat arrays found through one open-addressing
 * table keyed by a 64-bit hash of the feature string, the threshold is selected in one pass, and
 * a context made of the very same feature strings as the one before (OpenNLP's POS feature cache
 * gives every history at a position the same features) is not evaluated again.
 * Everything else is {@link BeamSearch}'s algorithm step for step, with the same arithmetic in the
 * same order ({@link GISModel#eval}: uniform log prior, parameters added feature by feature, then
 * {@link StrictMath#exp} and normalisation), so probabilities are bit for bit OpenNLP's.
 *
 * <p>Features are told apart by their 64-bit hash, which is checked to be unique among the model's
 * features when the table is built; an unknown feature string would be taken for a known one only
 * if it shared that one's hash, a chance of about one in 10<sup>14</sup> per look-up.
 *
 * <p>Immutable and thread-safe: each call keeps its state to itself.
 */
public final class MaxentBeamSearch implements SequenceClassificationModel {
  private static final double MIN_SEQUENCE_SCORE = -100000; // BeamSearch's default

  private final int size;
  private final String[] outcomes;
  private final double logPrior;
  /** Per slot: the feature's hash, then its row's start and length in {@link #rows}; hash 0 = empty. */
  private final long[] slots;
  private final int mask;
  /** Rows of (outcome, parameter) pairs, the outcome stored as a double, in the model's order. */
  private final double[] rows;

  /**
   * @param size  the beam size, as the model's manifest gives it
   * @param model a GIS model with a uniform prior, as OpenNLP reads its maxent models
   */
  public MaxentBeamSearch(int size, GISModel model) {
    this.size = size;
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    this.logPrior = StrictMath.log(1.0 / outcomes.length); // UniformPrior
    int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2)) << 1;
    this.mask = capacity - 1;
    this.slots = new long[2 * capacity];
    int entries = features.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
    this.rows = new double[2 * entries];
    int next = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      long hash = hash(e.getKey());
      int slot = (int) hash & mask;
      while (slots[2 * slot] != 0) {
        if (slots[2 * slot] == hash) {
          throw new IllegalArgumentException("two features of the model share a hash: " + e.getKey());
        }
        slot = (slot + 1) & mask;
      }
      int[] outcomeIds = e.getValue().getOutcomes();
      double[] parameters = e.getValue().getParameters();
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = (long) next << 32 | outcomeIds.length;
      for (int j = 0; j < outcomeIds.length; j++) {
        rows[2 * (next + j)] = outcomeIds[j];
        rows[2 * (next + j) + 1] = parameters[j];
      }
      next += outcomeIds.length;
    }
  }

  /**
   * The same tagger model with its maxent model searched by a {@code MaxentBeamSearch}; a model
   * of another kind (perceptron, or already a sequence model) is returned as it is.
   *
   * @param model a POS model as read from its file
   * @return a model that tags the same, faster
   */
  public static POSModel of(POSModel model) {
    if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
      return model;
    }
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return new POSModel(model.getLanguage(), new MaxentBeamSearch(beamSize(beam), gis),
        Map.of(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(beamSize(beam))), model.getFactory());
  }

  /**
   * Lemmas as {@link LemmatizerME#lemmatize(String[], String[])} gives them, with the model's
   * maxent model searched by a {@code MaxentBeamSearch} (OpenNLP's lemmatizer model will not hold a
   * sequence model, so the search is called the way {@code LemmatizerME} calls it). A model of
   * another kind is lemmatized by {@code LemmatizerME}.
   *
   * @param model a lemmatizer model as read from its file
   * @return a function from words and their tags to their lemmas; not thread-safe when the model
   *     is not a GIS model, so keep one per thread
   */
  public static BiFunction<String[], String[], String[]> lemmatizer(LemmatizerModel model) {
    if (!(model.getArtifact("lemmatizer.model") instanceof GISModel gis)) {
      LemmatizerME lemmatizer = new LemmatizerME(model);
      return lemmatizer::lemmatize;
    }
    MaxentBeamSearch search = new MaxentBeamSearch(beamSize(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)), gis);
    LemmatizerFactory factory = model.getFactory();
    LemmatizerContextGenerator contexts = factory.getContextGenerator();
    SequenceValidator<String> validator = factory.getSequenceValidator();
    return (words, tags) -> {
      Sequence best = search.bestSequence(words, new Object[] {tags}, contexts, validator);
      return LemmatizerME.decodeLemmas(words, best.getOutcomes().toArray(new String[0]));
    };
  }

  /** The manifest's beam size, or OpenNLP's default of 3 when it gives none. */
  private static int beamSize(String manifestValue) {
    return manifestValue == null ? 3 : Integer.parseInt(manifestValue);
  }

  /**
   * The probability of each outcome given the features, exactly as {@link GISModel#eval(String[])}.
   *
   * @param context the features
   * @param probs   where to write them, one per outcome
   * @return {@code probs}
   */
  double[] eval(String[] context, double[] probs) {
    java.util.Arrays.fill(probs, logPrior);
    for (String feature : context) {
      long hash = hash(feature);
      int slot = (int) hash & mask;
      long found;
      while ((found = slots[2 * slot]) != 0 && found != hash) {
        slot = (slot + 1) & mask;
      }
      if (found != 0) {
        long row = slots[2 * slot + 1];
        int start = (int) (row >>> 32);
        int end = start + (int) row;
        for (int j = start; j < end; j++) {
          probs[(int) rows[2 * j]] += rows[2 * j + 1];
        }
      }
    }
    double normal = 0;
    for (int o = 0; o < probs.length; o++) {
      probs[o] = StrictMath.exp(probs[o]);
      normal += probs[o];
    }
    for (int o = 0; o < probs.length; o++) {
      probs[o] /= normal;
    }
    return probs;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    // As BeamSearch.bestSequences, step for step; only the threshold and eval differ in how.
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    Object[] context = additionalContext == null ? new Object[0] : additionalContext;
    double[] scores = new double[outcomes.length];
    String[] evaluated = null;
    double min = 0;
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] tags = top.getOutcomes().toArray(new String[0]);
        String[] features = cg.getContext(i, sequence, tags, context);
        // The POS tagger's feature cache hands every history at one position the same features
        // (the very same strings): their probabilities are those just computed.
        if (!sameStrings(features, evaluated)) {
          eval(features, scores);
          min = threshold(scores, size);
          evaluated = features;
        }
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            add(next, top, p, scores, i, sequence, tags, validator, minSequenceScore);
          }
        }
        if (next.size() == 0) {
          for (int p = 0; p < scores.length; p++) {
            add(next, top, p, scores, i, sequence, tags, validator, minSequenceScore);
          }
        }
      }
      prev.clear();
      Queue<Sequence> swap = prev;
      prev = next;
      next = swap;
    }
    int count = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[count];
    for (int i = 0; i < count; i++) {
      top[i] = prev.remove();
    }
    return top;
  }

  /** Whether two feature arrays hold the same string objects in the same order. */
  private static boolean sameStrings(String[] a, String[] b) {
    if (b == null || a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  private <T> void add(Queue<Sequence> next, Sequence top, int p, double[] scores, int i, T[] sequence,
      String[] tags, SequenceValidator<T> validator, double minSequenceScore) {
    String outcome = outcomes[p];
    if (validator.validSequence(i, sequence, tags, outcome)) {
      Sequence extended = new Sequence(top, outcome, scores[p]);
      if (extended.getScore() > minSequenceScore) {
        next.add(extended);
      }
    }
  }

  /**
   * What BeamSearch takes as the threshold after sorting a copy of the scores ascending: the
   * element at {@code max(0, n - k)}, that is the k-th largest counting repeats (the smallest when
   * there are fewer than k), in {@link Double#compare}'s order as {@code Arrays.sort} uses it.
   */
  static double threshold(double[] scores, int k) {
    int n = scores.length;
    if (n <= k) {
      double min = scores[0];
      for (int i = 1; i < n; i++) {
        if (Double.compare(scores[i], min) < 0) {
          min = scores[i];
        }
      }
      return min;
    }
    double[] largest = new double[k]; // descending
    int held = 0;
    for (double s : scores) {
      if (held < k || Double.compare(s, largest[k - 1]) > 0) {
        int at = Math.min(held, k - 1);
        while (at > 0 && Double.compare(s, largest[at - 1]) > 0) {
          largest[at] = largest[at - 1];
          at--;
        }
        largest[at] = s;
        held = Math.min(held + 1, k);
      }
    }
    return largest[k - 1];
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] sequences = bestSequences(1, sequence, additionalContext, cg, validator);
    return sequences.length > 0 ? sequences[0] : null;
  }

  @Override
  public String[] getOutcomes() {
    return outcomes.clone();
  }

  /** A 64-bit hash of a feature string, never 0 (which marks an empty slot). */
  private static long hash(String feature) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < feature.length(); i++) {
      h = (h ^ feature.charAt(i)) * 0xff51afd7ed558ccdL;
    }
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
