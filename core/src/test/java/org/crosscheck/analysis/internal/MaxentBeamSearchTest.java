package org.crosscheck.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The faster beam search must give exactly what OpenNLP's gives: tags, lemmas, scores, probabilities. */
class MaxentBeamSearchTest {
  private static POSModel pos;
  private static LemmatizerModel lemmas;
  private static List<String[]> sentences;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = MaxentBeamSearchTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      pos = new POSModel(in);
    }
    try (InputStream in = MaxentBeamSearchTest.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
      lemmas = new LemmatizerModel(in);
    }
    sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          String[] tokens = SimpleTokenizer.INSTANCE.tokenize(line);
          if (tokens.length > 0) {
            sentences.add(tokens);
          }
        }
      }
    }
  }

  @Test
  void tagsTheSeedsAsOpenNlpDoesWithTheSameScores() {
    POSTaggerME reference = new POSTaggerME(pos, POSTagFormat.UD);
    POSTaggerME fast = new POSTaggerME(MaxentBeamSearch.of(pos), POSTagFormat.UD);
    assertThat(sentences).hasSizeGreaterThan(50);
    for (String[] sentence : sentences) {
      assertThat(fast.tag(sentence)).as(String.join(" ", sentence)).containsExactly(reference.tag(sentence));
      assertSameSequences(fast.topKSequences(sentence), reference.topKSequences(sentence));
    }
  }

  @Test
  void tagsShuffledWordsAsOpenNlpDoes() {
    POSTaggerME reference = new POSTaggerME(pos, POSTagFormat.UD);
    POSTaggerME fast = new POSTaggerME(MaxentBeamSearch.of(pos), POSTagFormat.UD);
    List<String> words = sentences.stream().flatMap(Arrays::stream).toList();
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      String[] sentence = new String[1 + random.nextInt(30)];
      for (int k = 0; k < sentence.length; k++) {
        sentence[k] = words.get(random.nextInt(words.size()));
      }
      assertThat(fast.tag(sentence)).containsExactly(reference.tag(sentence));
    }
  }

  @Test
  void lemmatizesAsOpenNlpDoes() {
    LemmatizerME reference = new LemmatizerME(lemmas);
    var fast = MaxentBeamSearch.lemmatizer(lemmas);
    POSTaggerME tagger = new POSTaggerME(pos, POSTagFormat.UD);
    for (String[] sentence : sentences) {
      String[] tags = Arrays.stream(tagger.tag(sentence)).map(t -> t.replaceAll("\\+.*", "")).toArray(String[]::new);
      assertThat(fast.apply(sentence, tags)).containsExactly(reference.lemmatize(sentence, tags));
      for (int i = 0; i < sentence.length; i++) { // one word at a time, as LemmaCache asks
        String[] word = {sentence[i].toLowerCase(java.util.Locale.ROOT)};
        String[] tag = {tags[i]};
        assertThat(fast.apply(word, tag)).containsExactly(reference.lemmatize(word, tag));
      }
    }
  }

  @Test
  void givesTheModelsProbabilitiesBitForBit() {
    GISModel model = (GISModel) pos.getArtifact("pos.model");
    MaxentBeamSearch search = new MaxentBeamSearch(3, model);
    String[][] contexts = {
        {"default", "w=the", "suf=e", "pre=t", "t=DET"},
        {"default", "w=unheard-of-word", "nonsense", ""},
        {},
    };
    for (String[] context : contexts) {
      double[] expected = model.eval(context);
      double[] actual = search.eval(context, new double[model.getNumOutcomes()]);
      for (int o = 0; o < expected.length; o++) {
        assertThat(Double.doubleToRawLongBits(actual[o])).isEqualTo(Double.doubleToRawLongBits(expected[o]));
      }
    }
  }

  @Test
  void thresholdIsWhatSortingWouldPick() {
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      double[] scores = new double[1 + random.nextInt(20)];
      for (int k = 0; k < scores.length; k++) {
        scores[k] = random.nextInt(4) == 0 ? 0.25 : random.nextInt(3) == 0 ? 0.0 : random.nextDouble();
      }
      int size = 1 + random.nextInt(4);
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      assertThat(MaxentBeamSearch.threshold(scores, size)).isEqualTo(sorted[Math.max(0, sorted.length - size)]);
    }
  }

  private static void assertSameSequences(Sequence[] actual, Sequence[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i].getOutcomes()).isEqualTo(expected[i].getOutcomes());
      assertThat(actual[i].getScore()).isEqualTo(expected[i].getScore());
      assertThat(actual[i].getProbs()).containsExactly(expected[i].getProbs());
    }
  }

  private static Path seeds() {
    Path dir = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
    return Files.isDirectory(dir) ? dir : Path.of("..", "seeds");
  }
}
