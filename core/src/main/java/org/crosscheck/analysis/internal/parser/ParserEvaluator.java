package org.crosscheck.analysis.internal.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Scores a parser against gold trees. As a program it measures a model file: accuracy on a
 * CoNLL-U file with OpenNLP-predicted and with gold tags, load time, heap and parsing speed.
 *
 * <p>Usage: {@code ParserEvaluator --model FILE --test FILE [--prune X --write FILE]}
 */
public final class ParserEvaluator {
  private ParserEvaluator() {}

  public static void main(String[] args) throws IOException {
    String modelFile = null;
    String testFile = null;
    String writeFile = null;
    float prune = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--model" -> modelFile = args[i + 1];
        case "--test" -> testFile = args[i + 1];
        case "--write" -> writeFile = args[i + 1];
        case "--prune" -> prune = Float.parseFloat(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (modelFile == null || testFile == null) {
      throw new IllegalArgumentException("usage: ParserEvaluator --model FILE --test FILE [--prune X --write FILE]");
    }
    byte[] bytes = Files.readAllBytes(Path.of(modelFile));
    Runtime runtime = Runtime.getRuntime();
    long heapBefore = usedHeap(runtime);
    long started = System.nanoTime();
    ParserModel model = ParserModel.read(new ByteArrayInputStream(bytes));
    double firstLoad = (System.nanoTime() - started) / 1e9;
    long heap = usedHeap(runtime) - heapBefore;
    double bestLoad = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long again = System.nanoTime();
      ParserModel.read(new ByteArrayInputStream(bytes));
      bestLoad = Math.min(bestLoad, (System.nanoTime() - again) / 1e9);
    }
    if (prune > 0) {
      model = model.pruned(prune);
    }
    if (writeFile != null) {
      try (OutputStream out = Files.newOutputStream(Path.of(writeFile))) {
        model.write(out);
      }
      System.out.printf("wrote %s: %d bytes%n", writeFile, Files.size(Path.of(writeFile)));
    }
    System.out.printf("model %s: %d bytes, %d features, %d weights, load %.3f s first / %.3f s warm, heap %.1f MB%n",
        modelFile, bytes.length, model.featureCount(), model.weightCount(), firstLoad, bestLoad, heap / 1e6);

    List<ConlluSentence> gold = ConlluReader.read(Path.of(testFile));
    UdPosTagger tagger = new UdPosTagger();
    List<ConlluSentence> predicted = new ArrayList<>(gold.size());
    for (ConlluSentence sentence : gold) {
      predicted.add(tagger.retag(sentence));
    }
    System.out.println("predicted tags: " + evaluate(predicted, model::parse));
    System.out.println("gold tags:      " + evaluate(gold, model::parse));

    int words = gold.stream().mapToInt(ConlluSentence::size).sum();
    for (int round = 0; round < 3; round++) {
      parseAll(model, predicted);
    }
    // Wall time suffers when other jobs share the cores; this thread's CPU time does not.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      parseAll(model, predicted);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
    }
    System.out.printf("speed: %.0f tokens/s single-threaded wall time, %.0f tokens/s CPU time (%d words)%n",
        words / best, words / bestCpu, words);
  }

  private static void parseAll(ParserModel model, List<ConlluSentence> sentences) {
    for (ConlluSentence sentence : sentences) {
      model.parse(sentence.words(), sentence.tags());
    }
  }

  private static long usedHeap(Runtime runtime) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

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
