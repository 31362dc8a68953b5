package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the models is one line saying what to do, exit code 4, no stack trace. */
class OutOfMemoryTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));

  @Test
  void tooSmallAHeapIsOneLineOfAdvice(@TempDir Path dir) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path stderr = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(List.of(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "check", "--quiet", SEEDS.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
    boolean ended = p.waitFor(2, TimeUnit.MINUTES); // a run that hangs out of memory fails here
    if (!ended) {
      p.destroyForcibly();
    }
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(ended).as("the run out of memory ended within 2 minutes; stderr: %s", err).isTrue();
    assumeTrue(!err.contains("Could not find or load main class"), "the test class path cannot start a JVM here");
    assumeTrue(Files.isDirectory(SEEDS), "needs seeds/");

    assertThat(p.exitValue()).as(err).isEqualTo(4);
    assertThat(err.strip()).startsWith("crosscheck: out of memory (Java may use ").contains("-Xmx")
        .doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
  }
}
