package org.crosscheck.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkTokenizerTest {
  private static TokenizerModel model;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ChunkTokenizerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      model = new TokenizerModel(in);
    }
  }

  @Test
  void givesTheTokenizersSpansForTheSeedsLineByLine() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(lines).hasSizeGreaterThan(50);
    assertSameSpans(lines);
  }

  @Test
  void givesTheTokenizersSpansForOddWhiteSpaceAndPunctuation() {
    assertSameSpans(List.of("", " ", "a", " a ", "didn't", "U.S.-led talks (AP) --", "Turkey's\tties\u00A0were",
        "cut\u2007in 2011;\u202Frestored?", "\u3000full-width\u3000space", "e-mail: x@y.org, 3.5%.", "\"Quote,\" he said."));
  }

  @Test
  void givesTheTokenizersSpansForRandomText() {
    Random random = new Random(7);
    String alphabet = "abcXYZ019 .,'\"-()$%\u00A0\t\u2019:;!?/";
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines.add(b.toString());
    }
    assertSameSpans(lines);
  }

  @Test
  void memoStopsGrowingAtItsCapacityAndStillTokenizes() {
    ChunkTokenizer small = new ChunkTokenizer(model, 2);
    TokenizerME reference = new TokenizerME(model);
    String line = "Syria's talks, Turkey's ties, Russia's role.";
    assertThat(small.tokenizePos(line)).containsExactly(reference.tokenizePos(line));
    assertThat(small.tokenizePos(line)).containsExactly(reference.tokenizePos(line));
    assertThat(small.size()).isEqualTo(2);
  }

  private static void assertSameSpans(List<String> lines) {
    ChunkTokenizer memoised = new ChunkTokenizer(model, ChunkTokenizer.DEFAULT_CAPACITY);
    TokenizerME reference = new TokenizerME(model);
    for (int pass = 0; pass < 2; pass++) { // the second pass reads the memo
      for (String line : lines) {
        assertThat(memoised.tokenizePos(line)).as(line).containsExactly(reference.tokenizePos(line));
      }
    }
  }

  private static Path seeds() {
    Path dir = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
    return Files.isDirectory(dir) ? dir : Path.of("..", "seeds");
  }
}
