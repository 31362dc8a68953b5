package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.Span;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed articles: gold boilerplate goes, hand-picked body sentences stay. */
class SeedBoilerplateTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final HeuristicBoilerplateCleaner CLEANER = new HeuristicBoilerplateCleaner();
  private static List<Article> seeds;

  /** Sentences (or distinctive parts of them) read by hand in each seed's body. */
  private static final Map<String, List<String>> BODY = Map.of(
      "000", List.of("Putin and Assad Meet in Moscow as Russia-Syria Ties Deepen",
          "hosted Syria’s president Bashar al-Assad in Moscow this Wednesday",
          "For the Moscow meeting, Assad brought along several senior ministers",
          "including access to bases in Syria such as Hmeimim and Tartus"),
      "001", List.of("Russian TV on Thursday published a video of Syrian President Bashar Assad",
          "The clip offered few details of their discussions.",
          "The Kremlin said the meeting between the two leaders took place on Wednesday.",
          "The pair last met in person in March 2023, also in Moscow."),
      "002", List.of("Russian President Vladimir Putin met with Syrian President Bashar Assad at the"
              + " Kremlin amid rising tensions in the Middle East.",
          "This meeting follows their last encounter in March 2023",
          "In December 2022, defense ministers from Turkey, Syria, and Russia met in Moscow"),
      "003", List.of("held a meeting with his Russian counterpart Vladimir Putin on 15 March",
          "Vnukovo International Airport on 14 March",
          "This was Assad’s first visit to Russia since the start of the war in Ukraine.",
          "Since the start of the Ukraine war, militants from extremist groups"),
      "004", List.of("met with his Syrian counterpart, Bashar al-Assad in Moscow on March 15, 2023.",
          "Kremlin spokesperson Dmitry Peskov told reporters before the meeting",
          "Russia has promised to establish a buffer zone between the Turkish border"));

  @BeforeAll
  static void readSeeds() {
    assumeTrue(Files.isDirectory(SEEDS), "seeds/ not found next to core/");
    ReadResult result = ArticleReader.withDefaults().read(List.of(SEEDS));
    assertThat(result.problems()).isEmpty();
    seeds = result.articles();
    assertThat(seeds).hasSize(5);
  }

  private static Article seed(String prefix) {
    return seeds.stream().filter(a -> a.id().startsWith(prefix + "_")).findFirst().orElseThrow();
  }

  private static List<String> kept(CleanedArticle cleaned) {
    return cleaned.body().stream().map(s -> s.coveredText(cleaned.article().text())).toList();
  }

  @Test
  void removesEveryGoldBoilerplatePhrase() throws IOException {
    String shared = System.getProperty("crosscheck.shared");
    assumeTrue(shared != null, "crosscheck.shared not set");
    Path gold = Path.of(shared, "seeds-gold.json");
    assumeTrue(Files.isRegularFile(gold), "no " + gold);
    JsonNode boilerplate = new ObjectMapper().readTree(gold.toFile()).get("boilerplate");
    assertThat(boilerplate).isNotNull();

    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (JsonNode entry : boilerplate) {
      Article article = seed(entry.get(0).asText());
      String phrase = entry.get(1).asText().toLowerCase(Locale.ROOT);
      // the phrase really is in the text, so the check below is not vacuous
      assertThat(article.text().toLowerCase(Locale.ROOT)).contains(phrase);
      for (String block : kept(CLEANER.clean(article))) {
        if (block.toLowerCase(Locale.ROOT).contains(phrase)) {
          failures.add(article.id() + ": kept \"" + block + "\" holding \"" + phrase + "\"");
        }
      }
      checked++;
    }
    System.out.printf("seed boilerplate removed: %d/%d%n", checked - failures.size(), checked);
    assertThat(checked).isEqualTo(16);
    assertThat(failures).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void keepsHandPickedBodySentences(String prefix) {
    CleanedArticle cleaned = CLEANER.clean(seed(prefix));
    List<String> kept = kept(cleaned);
    for (String sentence : BODY.get(prefix)) {
      assertThat(kept).as("kept blocks of %s", prefix).anySatisfy(b -> assertThat(b).contains(sentence));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void blocksAreExactTrimmedLinesCoveringEveryNonBlankLine(String prefix) {
    Article article = seed(prefix);
    CleanedArticle cleaned = CLEANER.clean(article);
    List<Span> all = new ArrayList<>(cleaned.body());
    cleaned.removed().forEach(r -> all.add(r.span()));
    all.sort(null);

    List<String> lines = article.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(all).hasSize(lines.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).coveredText(article.text())).isEqualTo(lines.get(i));
    }
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i - 1).end()).isLessThanOrEqualTo(all.get(i).begin());
    }
    assertThat(cleaned.removed()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
  }

  @Test
  void keepsFirstHeadlineAndDropsItsRepeats() {
    Article article = seed("001");
    CleanedArticle cleaned = CLEANER.clean(article);
    List<String> kept = kept(cleaned);
    assertThat(kept.get(0)).isEqualTo("Syria's Assad meets Putin in Moscow");
    assertThat(kept).filteredOn(b -> b.contains("meets Putin in Moscow")).hasSize(1);
    assertThat(cleaned.body().get(0).begin()).isZero();
  }

  @Test
  void dropsSubheadsButNotTheSentencesAroundThem() {
    List<String> kept = kept(CLEANER.clean(seed("000")));
    assertThat(kept).doesNotContain("Participation in the Syrian civil war");
    assertThat(kept).anySatisfy(b -> assertThat(b).startsWith("Putin addressed the evolving situation"));
  }
}
