package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn in place on a long run, erased at the end, silent when disabled. */
class ProgressTest {
  private static String run(boolean enabled, long millis) throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Progress p = new Progress(err, "crosscheck: checking 3 articles", enabled)) {
      p.progress(2, 3);
      Thread.sleep(millis);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void longRunDrawsTheBarInPlaceAndErasesIt() throws InterruptedException {
    String err = run(true, 1200);
    // two of three articles done: two thirds of the 20-wide bar filled
    assertThat(err).startsWith("\rcrosscheck: checking 3 articles [" + "=".repeat(13) + " ".repeat(7) + "] 2/3 ")
        .doesNotContain("\n");
    assertThat(err).endsWith("\r").matches("(?s).*\r +\r");
  }

  @Test
  void quickRunAndDisabledBarPrintNothing() throws InterruptedException {
    assertThat(run(true, 50)).isEmpty();
    assertThat(run(false, 1200)).isEmpty();
  }
}
