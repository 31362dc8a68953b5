package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** English passes, confidently other languages do not; short and mixed texts are never refused. */
class LanguageCheckTest {
  private static final LanguageCheck CHECK = LanguageCheck.english();

  private static String resource(String name) throws IOException {
    try (InputStream in = LanguageCheckTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void articlesInOtherLanguagesAreRefusedNamingTheLanguage() throws IOException {
    Map<String, String> samples = Map.of("de", "German (deu", "fr", "French (fra", "es", "Spanish (spa",
        "ru", "Russian (rus", "ar", "Arabic (ara", "zh", "Chinese (cmn",
        "mostly-de-with-english-quote", "German (deu");
    for (Map.Entry<String, String> sample : samples.entrySet()) {
      Article article = Article.of(sample.getKey(), sample.getKey() + ".txt",
          resource("/bad-input/not-english/" + sample.getKey() + ".txt"));
      assertThat(CHECK.check(article)).as(sample.getKey()).hasValueSatisfying(p -> {
        assertThat(p.input()).isEqualTo(sample.getKey() + ".txt");
        assertThat(p.message()).startsWith("unsupported language: " + sample.getValue() + ", confidence ")
            .endsWith("; crosscheck reads English only");
      });
    }
  }

  @Test
  void englishShortAndMixedTextsPass() throws IOException {
    List<String> english = List.of(
        resource("/language/mixed-en-fr.txt"),
        resource("/language/short-names.txt"),
        "Turkey severed ties with Syria in 2011.",
        "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.",
        "French police say armed robbers cleaned out a high-end jewelry store yesterday in Paris.",
        "Bundeskanzler Scholz",
        "",
        "1, 2, 3 — 4.5% · 2023-03-15");
    for (String text : english) {
      assertThat(CHECK.check(Article.of("a", "a.txt", text))).as(text).isEmpty();
    }
  }

  @Test
  void everySeedAndEcbPlusArticleIsEnglish() throws IOException {
    Path shared = Path.of(System.getProperty("crosscheck.shared", "../../shared"), "corpora", "ecbplus", "text");
    Path seeds = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
    assumeTrue(Files.isDirectory(shared), "needs the ECB+ corpus in ../shared");
    ReadResult read = ArticleReader.withDefaults().read(List.of(shared, seeds));
    assertThat(read.problems()).isEmpty();
    assertThat(read.articles()).hasSize(982 + 5);
    assertThat(read.articles()).allSatisfy(a -> assertThat(CHECK.check(a)).as(a.origin()).isEmpty());
  }

  @Test
  void englishWordShareCountsFunctionWordsAmongWords() {
    assertThat(LanguageCheck.englishWordShare("The dam held, the city said.")).isEqualTo(3.0 / 6);
    assertThat(LanguageCheck.englishWordShare("Die Brücke ist offen.")).isZero();
    assertThat(LanguageCheck.englishWordShare("1234 — !")).isZero();
  }
}
