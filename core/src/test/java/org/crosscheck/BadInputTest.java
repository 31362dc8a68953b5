package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.badinput.BadInput;
import org.crosscheck.badinput.BadInputs;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.ingest.ReadResult;
import org.crosscheck.report.CrossCheckReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library given each input of the bad-input corpus together with a good seed article: the
 * bad one is named with its problem (or read, when it is odd but readable), the seed is still
 * checked in full, and nothing is printed.
 */
class BadInputTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
  private static final String SEED = "001_d1354a31a5cb210c";

  private static CrossChecker checker;
  private static CrossCheckReport seedAlone;

  @TempDir
  Path dir;

  @BeforeAll
  static void build() {
    checker = CrossChecker.builder().threads(1).build();
    seedAlone = checker.check(ArticleReader.withDefaults().read(List.of(SEEDS.resolve(SEED + ".txt"))).articles());
  }

  static Stream<BadInput> corpus() {
    return BadInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @Timeout(120) // the run-on text would take many minutes if it were one sentence
  void badInputIsNamedAndTheGoodArticleIsStillChecked(BadInput input) throws IOException {
    Path bad = BadInputs.make(input, Files.createDirectories(dir.resolve("bad")));
    Path good = Files.copy(SEEDS.resolve(SEED + ".txt"), dir.resolve(SEED + ".txt"));

    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CrossCheckReport report;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ReadResult read = ArticleReader.withDefaults().read(List.of(bad, good));
      report = checker.check(read.articles(), read.problems());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed by the library").isEmpty();
    assertThat(report.claims()).as("the seed's claims")
        .filteredOn(c -> c.source().equals(SEED)).isEqualTo(seedAlone.claims());
    List<InputProblem> problems = report.problems();
    if (input.isProblem()) {
      assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.input()).startsWith(bad.toString()));
      assertThat(problems).as("a problem that says what is wrong").anySatisfy(p ->
          assertThat(p.message()).contains(input.says()).doesNotContain("Exception"));
    } else {
      assertThat(problems).isEmpty();
    }
    assertThat(report.sources()).filteredOn(s -> s.path().startsWith(bad.toString())).hasSize(input.articles());
    assertThat(report.sources()).extracting(s -> s.id()).contains(SEED);
  }

  @Test
  void utf16WithAByteOrderMarkIsDecodedAndSpansIndexTheDecodedText() throws IOException {
    for (String name : List.of("utf16le-bom.txt", "utf16be-bom.txt")) {
      Path file = BadInputs.all().stream().filter(i -> i.name().startsWith("UTF-16 (" + (name.contains("le") ? "little" : "big")))
          .findFirst().map(i -> BadInputs.make(i, dir)).orElseThrow();
      Article article = ArticleReader.withDefaults().read(List.of(file)).articles().get(0);
      assertThat(article.title()).isEqualTo("Flood Barrier Holds");
      assertThat(article.text()).startsWith("Flood Barrier Holds\n\nThe new flood barrier on the river held overnight,"
          + " the city’s engineers said").contains("— most of them in the old town —");
      List<Claim> claims = checker.claims(article).claims();
      assertThat(claims).isNotEmpty().allSatisfy(c ->
          assertThat(article.text().substring(c.evidence().begin(), c.evidence().end())).isEqualTo(c.evidenceText()));
      Files.delete(file);
    }
  }

  @Test
  void maxSentenceTokensBoundsTheSentencesClaimsComeFrom() {
    String text = BadInputs.wordsWithoutPunctuation(30_000) + ".";
    Article article = Article.of("run-on", "run-on.txt", text);
    CrossChecker small = CrossChecker.builder().threads(1).maxSentenceTokens(50).build();

    List<Claim> claims = small.claims(article).claims();
    assertThat(claims).isNotEmpty().allSatisfy(c -> {
      assertThat(c.evidenceText()).isEqualTo(text.substring(c.evidence().begin(), c.evidence().end()));
      assertThat(c.evidenceText().split(" ")).hasSizeLessThanOrEqualTo(50);
    });
  }

  @Test
  void hugeLineReadUnderARaisedFileLimitIsRefusedByArticleLengthWithItsName() throws IOException {
    Path huge = BadInputs.make(BadInputs.all().stream().filter(i -> i.name().contains("20 MB")).findFirst().orElseThrow(), dir);
    ReadResult read = ArticleReader.builder().maxFileSize(32L * 1024 * 1024).build().read(List.of(huge));
    assertThat(read.problems()).isEmpty();

    assertThatThrownBy(() -> checker.check(read.articles(), read.problems()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article huge-line (from " + huge + ") has " + BadInputs.HUGE_LINE_BYTES
            + " characters, more than the limit of 10485760 (CrossChecker.Builder.maxArticleLength)");
  }
}
