package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.ingest.LanguageCheck;
import org.crosscheck.ingest.ReadResult;

/**
 * Fuzzes ingestion: any bytes, read as plain text, HTML, JSON lines or an unnamed stream (chosen
 * by the first byte), give articles and one-line problems, never an exception, and the same result
 * when read again. Plain text is kept exactly as decoded; HTML text is blocks of collapsed
 * whitespace separated by one blank line. Without {@code JAZZER_FUZZ} only the inputs under
 * {@code src/test/resources/org/crosscheck/fuzz/IngestionFuzzTestInputs/} run (see docs/fuzzing.md).
 */
class IngestionFuzzTest {
  private static final ArticleReader READER = ArticleReader.builder().maxFileSize(1 << 20).build();
  private static final String[] NAMES = {"input.txt", "input.html", "input.jsonl", "-"};

  @DictionaryEntries({"<!doctype html>", "<html>", "<body>", "<article>", "</article>", "<main>", "<p>",
      "</p>", "<div class=\"nav\">", "<div>", "</div>", "<script>", "<style>", "<header>", "<h1>", "<br>",
      "<img src=x>", "<meta charset=\"utf-16\">", "&nbsp;", "{\"text\":\"", "\",\"id\":\"", "\"title\":",
      "\"published\":\"2024-05-02\"", "%PDF-"}) // printable ASCII only: libFuzzer refuses the rest
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveArticlesOrProblemsTheSameEveryTime(byte[] input) {
    String name = NAMES[input.length == 0 ? 0 : (input[0] & 0xFF) % NAMES.length];
    byte[] body = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);

    ReadResult read = READER.read(name, new ByteArrayInputStream(body));

    for (Article a : read.articles()) {
      assertThat(a.text()).isNotBlank();
      assertThat(a.id()).isNotBlank();
      assertThat(a.origin()).startsWith(name);
      LanguageCheck.english().check(a).ifPresent(IngestionFuzzTest::assertOneLine);
    }
    if (name.equals("input.txt") && read.problems().isEmpty() && !startsWithByteOrderMark(body)) {
      // plain text is kept exactly as decoded, so that spans index into it
      assertThat(read.articles()).singleElement()
          .satisfies(a -> assertThat(a.text()).isEqualTo(new String(body, StandardCharsets.UTF_8)));
    }
    if (name.equals("input.html")) {
      // one block per paragraph, whitespace collapsed, blocks separated by one blank line
      assertThat(read.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("\n\n\n")
          .doesNotContain("  ").doesNotStartWith(" ").doesNotStartWith("\n").doesNotEndWith(" ").doesNotEndWith("\n"));
    }
    read.problems().forEach(IngestionFuzzTest::assertOneLine);
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.input()).startsWith(name));
    assertThat(READER.read(name, new ByteArrayInputStream(body))).isEqualTo(read);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    int first = bytes.length == 0 ? -1 : bytes[0] & 0xFF;
    return first == 0xEF || first == 0xFE || first == 0xFF || (bytes.length > 1 && first == 0 && bytes[1] == 0);
  }

  private static void assertOneLine(InputProblem p) {
    assertThat(p.message()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
  }
}
