package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.analysis.DependencyParser.Arc;
import org.crosscheck.analysis.internal.parser.UdPosTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransitionDependencyParserTest {
  private static TransitionDependencyParser parser;
  private static UdPosTagger tagger;

  @BeforeAll
  static void load() {
    parser = TransitionDependencyParser.loadDefault();
    tagger = new UdPosTagger();
  }

  private static List<Arc> parse(String sentence) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return parser.parse(words, tagger.tag(words));
  }

  @Test
  void parsesSimpleTransitiveClause() {
    // 0 Turkey 1 severed 2 ties 3 with 4 Syria 5 in 6 2011 7 .
    List<Arc> arcs = parse("Turkey severed ties with Syria in 2011 .");
    assertThat(arcs.get(1)).isEqualTo(new Arc(-1, "root"));
    assertThat(arcs.get(0)).isEqualTo(new Arc(1, "nsubj"));
    assertThat(arcs.get(2)).isEqualTo(new Arc(1, "obj"));
    assertThat(arcs.get(3)).isEqualTo(new Arc(4, "case"));
    assertThat(arcs.get(4).head()).isIn(1, 2);
    assertThat(arcs.get(5)).isEqualTo(new Arc(6, "case"));
    assertThat(arcs.get(6)).isEqualTo(new Arc(1, "obl"));
    assertThat(arcs.get(7)).isEqualTo(new Arc(1, "punct"));
  }

  @Test
  void parsesPassiveWithAgent() {
    // 0 The 1 bridge 2 was 3 destroyed 4 by 5 the 6 army 7 .
    List<Arc> arcs = parse("The bridge was destroyed by the army .");
    assertThat(arcs.get(3)).isEqualTo(new Arc(-1, "root"));
    assertThat(arcs.get(1)).isEqualTo(new Arc(3, "nsubj:pass"));
    assertThat(arcs.get(2)).isEqualTo(new Arc(3, "aux:pass"));
    assertThat(arcs.get(6)).isEqualTo(new Arc(3, "obl:agent"));
    assertThat(arcs.get(4)).isEqualTo(new Arc(6, "case"));
  }

  @Test
  void parsesRelativeClauseOnObject() {
    // 0 Police 1 arrested 2 a 3 man 4 who 5 attacked 6 two 7 women 8 .
    List<Arc> arcs = parse("Police arrested a man who attacked two women .");
    assertThat(arcs.get(1)).isEqualTo(new Arc(-1, "root"));
    assertThat(arcs.get(3)).isEqualTo(new Arc(1, "obj"));
    assertThat(arcs.get(5)).isEqualTo(new Arc(3, "acl:relcl"));
    assertThat(arcs.get(4)).isEqualTo(new Arc(5, "nsubj"));
    assertThat(arcs.get(7)).isEqualTo(new Arc(5, "obj"));
  }

  @Test
  void parsesRelativeClauseOnPassiveSubject() {
    // 0 The 1 man 2 who 3 shot 4 the 5 president 6 was 7 arrested 8 .
    // Known weak spot of the greedy parser: "Rebels who seized the town on Monday released 20
    // hostages ." comes out with "Rebels" as root.
    List<Arc> arcs = parse("The man who shot the president was arrested .");
    assertThat(arcs.get(7)).isEqualTo(new Arc(-1, "root"));
    assertThat(arcs.get(1)).isEqualTo(new Arc(7, "nsubj:pass"));
    assertThat(arcs.get(6)).isEqualTo(new Arc(7, "aux:pass"));
    assertThat(arcs.get(3)).isEqualTo(new Arc(1, "acl:relcl"));
    assertThat(arcs.get(2)).isEqualTo(new Arc(3, "nsubj"));
    assertThat(arcs.get(5)).isEqualTo(new Arc(3, "obj"));
  }

  @Test
  void parsesCoordination() {
    // 0 Police 1 arrested 2 two 3 men 4 and 5 seized 6 weapons 7 .
    List<Arc> arcs = parse("Police arrested two men and seized weapons .");
    assertThat(arcs.get(1)).isEqualTo(new Arc(-1, "root"));
    assertThat(arcs.get(0)).isEqualTo(new Arc(1, "nsubj"));
    assertThat(arcs.get(3)).isEqualTo(new Arc(1, "obj"));
    assertThat(arcs.get(5)).isEqualTo(new Arc(1, "conj"));
    assertThat(arcs.get(4)).isEqualTo(new Arc(5, "cc"));
    assertThat(arcs.get(6)).isEqualTo(new Arc(5, "obj"));
  }

  @Test
  void keepsContractionsAsOneTokenEach() {
    // OpenNLP's tokenizer leaves "didn't" whole and tags it AUX+PART.
    // 0 The 1 minister 2 didn't 3 resign 4 .
    List<Arc> arcs = parser.parse(List.of("The", "minister", "didn't", "resign", "."),
        List.of("DET", "NOUN", "AUX+PART", "VERB", "PUNCT"));
    assertThat(arcs).hasSize(5);
    assertThat(arcs.get(3)).isEqualTo(new Arc(-1, "root"));
    assertThat(arcs.get(1)).isEqualTo(new Arc(3, "nsubj"));
    assertThat(arcs.get(2)).isEqualTo(new Arc(3, "aux"));
  }

  @Test
  void returnsOneArcPerWordFormingATree() {
    List<String> words = Arrays.asList(
        "The company , which was founded in 1998 , said on Monday that it would cut 2,000 jobs .".split(" "));
    List<Arc> arcs = parser.parse(words, tagger.tag(words));
    assertThat(arcs).hasSize(words.size());
    assertThat(arcs).filteredOn(arc -> arc.head() == -1).hasSize(1);
    for (int i = 0; i < arcs.size(); i++) {
      // following heads from any word reaches the root without a cycle
      int steps = 0;
      for (int word = i; word != -1; word = arcs.get(word).head()) {
        assertThat(steps++).isLessThanOrEqualTo(words.size());
      }
    }
  }

  @Test
  void rejectsWordsAndTagsOfDifferentLength() {
    assertThatThrownBy(() -> parser.parse(List.of("Hello", "world"), List.of("INTJ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 words")
        .hasMessageContaining("1 tags");
  }

  @Test
  void parsesEmptySentenceToNoArcs() {
    assertThat(parser.parse(List.of(), List.of())).isEmpty();
  }

  @Test
  void parsesSingleWord() {
    assertThat(parser.parse(List.of("Yes"), List.of("INTJ"))).containsExactly(new Arc(-1, "root"));
  }

  @Test
  void toleratesUnknownTags() {
    assertThat(parser.parse(List.of("Hello", "there"), List.of("XYZ", "???"))).hasSize(2);
  }

  @Test
  void isDeterministicAcrossThreads() throws Exception {
    List<List<String>> sentences = List.of(
        Arrays.asList("Turkey severed ties with Syria in 2011 .".split(" ")),
        Arrays.asList("The bridge was destroyed by the army .".split(" ")),
        Arrays.asList("Officials said the storm , which hit the coast on Friday , killed 12 people .".split(" ")));
    List<List<String>> tags = sentences.stream().map(tagger::tag).toList();
    List<List<Arc>> expected = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      expected.add(parser.parse(sentences.get(i), tags.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Arc>>>> results = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        results.add(pool.submit(() -> {
          List<List<Arc>> parses = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < sentences.size(); i++) {
              parses.add(parser.parse(sentences.get(i), tags.get(i)));
            }
          }
          return parses;
        }));
      }
      for (Future<List<List<Arc>>> result : results) {
        List<List<Arc>> parses = result.get();
        for (int i = 0; i < parses.size(); i++) {
          assertThat(parses.get(i)).isEqualTo(expected.get(i % sentences.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
