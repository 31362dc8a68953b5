package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.ingest.LanguageCheck;
import org.crosscheck.ingest.ReadResult;

/**
 * Fuzzes ingestion: any bytes, read as plain text, HTML, JSON lines or an unnamed stream (chosen
 * by the first byte), give articles and one-line problems, never an exception, and the same result
 * when read again. Without {@code JAZZER_FUZZ} only the inputs under
 * {@code src/test/resources/org/crosscheck/fuzz/IngestionFuzzTestInputs/} run (see docs/fuzzing.md).
 */
class IngestionFuzzTest {
  private static final ArticleReader READER = ArticleReader.builder().maxFileSize(1 << 20).build();
  private static final String[] NAMES = {"input.txt", "input.html", "input.jsonl", "-"};

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
    read.problems().forEach(IngestionFuzzTest::assertOneLine);
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.input()).startsWith(name));
    assertThat(READER.read(name, new ByteArrayInputStream(body))).isEqualTo(read);
  }

  private static void assertOneLine(InputProblem p) {
    assertThat(p.message()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
  }
}
