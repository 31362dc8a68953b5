package org.crosscheck.analysis.internal.parser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains the arc-eager parser with an averaged perceptron and the dynamic oracle, on a CoNLL-U
 * treebank whose tags are replaced by OpenNLP's predictions (what the parser sees at run time).
 * The shuffle and the exploration use a fixed seed, so the same data gives the same model.
 *
 * <p>Usage: {@code ParserTrainer --train FILE --dev FILE --out FILE [--epochs N] [--seed N]
 * [--min-word-count N] [--prune X] [--gold-tags | --jackknife FOLDS [--tag-cache FILE]]}. With {@code --jackknife}
 * the training split is tagged by OpenNLP models trained on the other folds (see
 * {@link JackknifeTagging}), which takes a few minutes, so the tags can be cached in a file; dev
 * is always tagged by the bundled OpenNLP model.
 */
public final class ParserTrainer {
  /** Probability of following the model's own choice once exploration starts (Goldberg and Nivre). */
  private static final double EXPLORATION = 0.9;
  private static final int CORRECTOR_EPOCHS = 5;
  private static final int CORRECTOR_FOLDS = 5;
  private static final float CORRECTOR_PRUNE = 0.5f;

  private final List<String> labels;
  private final int rootLabel;
  private final SentenceEncoder encoder;
  private final PerceptronWeights weights = new PerceptronWeights();
  private final Random random;

  ParserTrainer(List<String> labels, SentenceEncoder encoder, long seed) {
    this.labels = List.copyOf(labels);
    this.rootLabel = labels.indexOf("root");
    this.encoder = encoder;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    Path train = Path.of(required(options, "--train"));
    Path dev = Path.of(required(options, "--dev"));
    Path out = Path.of(required(options, "--out"));
    int epochs = Integer.parseInt(options.getOrDefault("--epochs", "12"));
    long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
    int minWordCount = Integer.parseInt(options.getOrDefault("--min-word-count", "2"));
    double prune = Double.parseDouble(options.getOrDefault("--prune", "0.0"));
    boolean goldTags = options.containsKey("--gold-tags");
    int jackknifeFolds = Integer.parseInt(options.getOrDefault("--jackknife", "0"));
    Path tagCache = options.containsKey("--tag-cache") ? Path.of(options.get("--tag-cache")) : null;

    long started = System.nanoTime();
    List<ConlluSentence> trainSentences = ConlluReader.read(train);
    List<ConlluSentence> goldTrain = trainSentences;
    List<ConlluSentence> devSentences = ConlluReader.read(dev);
    List<ConlluSentence> goldDev = devSentences;
    if (!goldTags) {
      UdPosTagger tagger = new UdPosTagger();
      trainSentences = jackknifeFolds > 1 ? JackknifeTagging.retag(trainSentences, jackknifeFolds, tagCache)
          : retag(trainSentences, tagger);
      System.out.printf("training tags %.2f%% right%n", 100 * tagAccuracy(trainSentences, goldTrain));
      devSentences = retag(devSentences, tagger);
    }
    System.out.printf("read and tagged %d training, %d dev sentences in %.1f s%n", trainSentences.size(),
        devSentences.size(), seconds(started));

    // The tag corrector learns from OpenNLP's tags (the given ones) towards the gold ones; the
    // parser then trains on jackknifed corrections.
    List<List<String>> givenTags = trainSentences.stream().map(ConlluSentence::tags).toList();
    PosTagCorrector corrector = PosTagCorrector.train(goldTrain, givenTags, CORRECTOR_EPOCHS, seed, CORRECTOR_PRUNE);
    trainSentences = PosTagCorrector.jackknife(goldTrain, givenTags, CORRECTOR_FOLDS, CORRECTOR_EPOCHS, seed,
        CORRECTOR_PRUNE);
    System.out.printf("corrected training tags %.2f%% right; dev tags %.2f%% given, %.2f%% corrected (%.1f s)%n",
        100 * tagAccuracy(trainSentences, goldTrain), 100 * tagAccuracy(devSentences, goldDev),
        100 * tagAccuracy(corrected(devSentences, corrector), goldDev), seconds(started));

    ParserModel model = train(trainSentences, devSentences, corrector, epochs, seed, minWordCount, prune);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream stream = Files.newOutputStream(out)) {
      model.write(stream);
    }
    System.out.printf("wrote %s (%d bytes, %d features, %d weights) after %.1f s%n", out, Files.size(out),
        model.featureCount(), model.weightCount(), seconds(started));
  }

  /** Trains for {@code epochs} passes and returns the averaged model that scored best on dev. */
  static ParserModel train(List<ConlluSentence> trainSentences, List<ConlluSentence> devSentences,
      PosTagCorrector corrector, int epochs, long seed, int minWordCount, double prune) {
    TreeSet<String> labelSet = new TreeSet<>();
    Map<String, Integer> wordCounts = new HashMap<>();
    TreeSet<String> tagSet = new TreeSet<>();
    for (ConlluSentence sentence : trainSentences) {
      labelSet.addAll(sentence.relations());
      tagSet.addAll(sentence.tags());
      for (String word : sentence.words()) {
        wordCounts.merge(SentenceEncoder.normalize(word), 1, Integer::sum);
      }
    }
    List<String> vocabulary = wordCounts.entrySet().stream().filter(e -> e.getValue() >= minWordCount)
        .map(Map.Entry::getKey).sorted().toList();
    List<String> labels = new ArrayList<>(labelSet);
    SentenceEncoder encoder = new SentenceEncoder(vocabulary, new ArrayList<>(tagSet));
    ParserTrainer trainer = new ParserTrainer(labels, encoder, seed);

    List<ConlluSentence> projective = new ArrayList<>(
        trainSentences.stream().filter(ConlluSentence::isProjective).toList());
    System.out.printf("%d labels, %d tags, %d words in vocabulary, %d of %d training sentences projective%n",
        labels.size(), tagSet.size(), vocabulary.size(), projective.size(), trainSentences.size());

    ParserModel best = null;
    double bestScore = -1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      long started = System.nanoTime();
      Collections.shuffle(projective, trainer.random);
      int errors = 0;
      int states = 0;
      for (ConlluSentence sentence : projective) {
        long result = trainer.learn(sentence, epoch > 1);
        errors += (int) (result >>> 32);
        states += (int) result;
      }
      ParserModel model = new ParserModel(labels, encoder, trainer.weights.averaged(prune), corrector);
      AttachmentScores dev = ParserEvaluator.evaluate(devSentences, model::parse);
      System.out.printf("epoch %d: %.1f%% transitions wrong, dev %s, %.1f s%n", epoch, 100.0 * errors / states,
          dev, seconds(started));
      if (dev.labelled() > bestScore) {
        bestScore = dev.labelled();
        best = model;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("epochs must be at least 1");
    }
    return best;
  }

  /** Runs one sentence through the oracle, updating weights; returns errors << 32 | states. */
  private long learn(ConlluSentence sentence, boolean explore) {
    int n = sentence.size();
    TransitionCosts oracle = TransitionCosts.of(sentence, labels);
    SentenceCodes codes = encoder.encode(sentence.words(), sentence.tags());
    ParseState state = new ParseState(n, rootLabel);
    long[] features = new long[FeatureExtractor.MAX_FEATURES];
    float[] scores = new float[Transitions.count(labels.size())];
    int[] costs = new int[scores.length];
    long errors = 0;
    long states = 0;
    while (!state.isTerminal()) {
      int count = FeatureExtractor.extract(state, codes, features);
      Arrays.fill(scores, 0f);
      weights.score(features, count, scores);
      int predicted = state.bestValid(scores);
      oracle.fill(state, costs);
      int minCost = Integer.MAX_VALUE;
      for (int cost : costs) {
        minCost = Math.min(minCost, cost);
      }
      int gold = -1;
      for (int t = 0; t < costs.length; t++) {
        if (costs[t] == minCost && (gold < 0 || scores[t] > scores[gold])) {
          gold = t;
        }
      }
      weights.tick();
      states++;
      if (costs[predicted] > minCost) {
        errors++;
        weights.update(features, count, gold, 1);
        weights.update(features, count, predicted, -1);
      }
      state.apply(explore && random.nextDouble() < EXPLORATION ? predicted : gold);
    }
    return errors << 32 | states;
  }

  private static double tagAccuracy(List<ConlluSentence> tagged, List<ConlluSentence> gold) {
    int words = 0;
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      for (int w = 0; w < gold.get(i).size(); w++) {
        words++;
        if (tagged.get(i).tags().get(w).equals(gold.get(i).tags().get(w))) {
          right++;
        }
      }
    }
    return (double) right / words;
  }

  private static List<ConlluSentence> corrected(List<ConlluSentence> sentences, PosTagCorrector corrector) {
    return sentences.stream().map(s -> s.withTags(corrector.correct(s.words(), s.tags()))).toList();
  }

  private static List<ConlluSentence> retag(List<ConlluSentence> sentences, UdPosTagger tagger) {
    List<ConlluSentence> retagged = new ArrayList<>(sentences.size());
    for (ConlluSentence sentence : sentences) {
      retagged.add(tagger.retag(sentence));
    }
    return retagged;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(args[i], flag ? "" : args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing option " + name);
    }
    return value;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
