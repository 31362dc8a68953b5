package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.cli.CommandRun.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report is the same bytes whatever the order inputs are named in, run after run. */
class DeterminismCommandTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));

  @TempDir
  Path dir;

  @Test
  void jsonReportIsByteIdenticalAcrossRunsAndInputOrders() throws IOException {
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> seeds = Files.newDirectoryStream(SEEDS, "*.txt")) {
      for (Path seed : seeds) {
        files.add(Files.copy(seed, dir.resolve(seed.getFileName())).toString());
      }
    }
    files.add(Files.writeString(dir.resolve("empty.txt"), "").toString());
    files.add(Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9}).toString());
    Collections.sort(files);
    List<String> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);

    Run forward = check(files);
    Run backwardAsDirectory = check(List.of(reversed.get(0), reversed.get(1), dir.toString()));

    assertThat(forward.exitCode()).isEqualTo(3);
    assertThat(forward.out()).contains("\"problems\"").contains("latin1.txt").contains("\"findings\"");
    assertThat(backwardAsDirectory.out()).isEqualTo(forward.out());
    assertThat(backwardAsDirectory.err()).isEqualTo(forward.err());
  }

  private static Run check(List<String> paths) {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
    args.addAll(paths);
    return CommandRun.run("", args.toArray(String[]::new));
  }
}
