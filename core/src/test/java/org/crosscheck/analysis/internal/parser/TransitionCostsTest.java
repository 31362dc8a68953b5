package org.crosscheck.analysis.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TransitionCostsTest {

  @Test
  void zeroCostTransitionsRebuildEveryProjectiveTree() {
    String shared = System.getProperty("crosscheck.shared");
    assumeTrue(shared != null);
    Path dev = Path.of(shared, "corpora/ud-ewt/en_ewt-ud-dev.conllu");
    assumeTrue(Files.exists(dev));
    List<ConlluSentence> sentences = ConlluReader.read(dev);
    TreeSet<String> labelSet = new TreeSet<>();
    sentences.forEach(s -> labelSet.addAll(s.relations()));
    List<String> labels = new ArrayList<>(labelSet);
    int rootLabel = labels.indexOf("root");
    Random random = new Random(7);
    int checked = 0;
    for (ConlluSentence sentence : sentences) {
      if (!sentence.isProjective()) {
        continue;
      }
      int n = sentence.size();
      TransitionCosts costs = TransitionCosts.of(sentence, labels);
      ParseState state = new ParseState(n, rootLabel);
      int[] out = new int[Transitions.count(labels.size())];
      while (!state.isTerminal()) {
        costs.fill(state, out);
        List<Integer> free = new ArrayList<>();
        for (int t = 0; t < out.length; t++) {
          if (out[t] == 0) {
            free.add(t);
          }
        }
        assertThat(free).as("a zero-cost transition exists").isNotEmpty();
        state.apply(free.get(random.nextInt(free.size())));
      }
      for (int word = 1; word <= n; word++) {
        int expected = costs.goldHead(word);
        int actual = state.head[word] == ParseState.NONE ? 0 : state.head[word];
        assertThat(actual).as("head of word %d in %s", word, sentence.words()).isEqualTo(expected);
        if (state.head[word] != ParseState.NONE) {
          assertThat(state.label[word]).isEqualTo(costs.goldLabel(word));
        }
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(1000);
  }
}
