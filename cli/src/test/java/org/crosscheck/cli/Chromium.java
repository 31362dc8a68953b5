package org.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Headless Chromium (Debian's {@code chromium}), run once per page with a throw-away profile. */
final class Chromium {
  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser, when installed ({@code .ci/run} installs it; locally tests skip without it). */
  static Optional<Chromium> find() {
    for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(p))) {
        return Optional.of(new Chromium(Path.of(p)));
      }
    }
    return Optional.empty();
  }

  /** The DOM after the page loaded and its scripts ran, as HTML. */
  String dumpDom(String url, Path profile) throws IOException, InterruptedException {
    return run(profile, List.of("--dump-dom", url));
  }

  /** A PNG of the page as a window of the given size shows it. */
  void screenshot(String url, Path png, int width, int height, Path profile) throws IOException, InterruptedException {
    run(profile, List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), url));
  }

  private String run(Path profile, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(args);
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish in 120 s: " + cmd);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
