package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.cli.CommandRun.Run;
import org.crosscheck.cli.Terminal.ColorChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}'s options and error cases as a new user meets them: each does what --help says. */
class CheckCommandOptionsTest {
  private static final String WIRE = "Turkey severed ties with Syria in 2011.\n";
  private static final String REWRITE = "In 2011, Turkey severed its ties with Syria.\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void helpListsEveryFormatAndOptionWithExamples() {
    Run help = CommandRun.run("", "check", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("text", "json", "md", "html", "-o, --output=FILE", "--fail-on", "--quiet",
        "--color=WHEN", "NO_COLOR", "--verbose", "--version", "Examples:", "--format html -o report.html",
        "Exit codes:");
  }

  @Test
  void markdownAndHtmlFormatsWriteTheirDocuments() throws IOException {
    Path a = write("wire.txt", WIRE);
    Path b = write("rewrite.txt", REWRITE);
    Run md = CommandRun.run("", "check", "--format", "md", a.toString(), b.toString());
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).startsWith("# crosscheck report\n").contains("## Agreements")
        .contains("“Turkey severed ties with Syria in 2011.”");

    Path html = dir.resolve("out.html");
    Run h = CommandRun.run("", "check", "--format", "html", "-o", html.toString(), a.toString(), b.toString());
    assertThat(h.exitCode()).isZero();
    assertThat(h.out()).isEmpty();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<mark id=\"m1-0\" class=\"a\">");
  }

  @Test
  void standardInputIsOneOfTheSources() throws IOException {
    Path b = write("rewrite.txt", REWRITE);
    Run r = CommandRun.run(WIRE, "check", "--format", "md", "-", b.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("| 2 | ").contains("## Agreements");
  }

  @Test
  void textIsPlainWhenNotATerminalAndColouredOnlyWhenAsked() throws IOException {
    Path a = write("wire.txt", WIRE);
    Path b = write("rewrite.txt", REWRITE);
    assertThat(CommandRun.run("", "check", a.toString(), b.toString()).out()).doesNotContain("\u001b[");
    assertThat(CommandRun.run("", "check", "--color=always", a.toString(), b.toString()).out())
        .contains("\u001b[32m1 agreement\u001b[0m");
    assertThat(CommandRun.run("", "check", "--color=never", a.toString(), b.toString()).out()).doesNotContain("\u001b[");
  }

  @Test
  void autoColourNeedsATerminalNoNoColorAndNoFile() {
    assertThat(new Terminal(true, true, false).colour(ColorChoice.auto, false)).isTrue();
    assertThat(new Terminal(false, false, false).colour(ColorChoice.auto, false)).isFalse();
    assertThat(new Terminal(true, true, true).colour(ColorChoice.auto, false)).as("NO_COLOR set").isFalse();
    assertThat(new Terminal(true, true, false).colour(ColorChoice.auto, true)).as("-o FILE").isFalse();
    assertThat(new Terminal(false, false, true).colour(ColorChoice.always, true)).isTrue();
    assertThat(new Terminal(true, true, false).colour(ColorChoice.never, false)).isFalse();
  }

  @Test
  void quietRunSaysNothingOnStderr() throws IOException {
    Path a = write("wire.txt", WIRE);
    Run r = CommandRun.run("", "check", "--quiet", a.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void eachErrorIsOneLineWithItsExitCode() throws IOException {
    Path a = write("wire.txt", WIRE);
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28});

    assertOneLine(CommandRun.run("", "check", dir.resolve("nope.txt").toString()), 3, "nope.txt: no such file");
    assertOneLine(CommandRun.run("", "check", bad.toString()), 3, "bad.txt");
    assertOneLine(CommandRun.run("", "check", empty.toString()), 3, "no articles found");
    Run badOption = CommandRun.run("", "check", "--colour", a.toString());
    assertThat(badOption.exitCode()).isEqualTo(2);
    assertThat(badOption.err()).contains("Unknown option: '--colour'").contains("--help").doesNotContain("Exception");
    Run noDir = CommandRun.run("", "check", "-o", dir.resolve("no/such/dir/r.md").toString(), a.toString());
    assertOneLine(noDir, 2, "there is no directory");
    assertOneLine(CommandRun.run("", "check", "-o", dir.toString(), a.toString()), 2, "it is a directory");
  }

  private static void assertOneLine(Run r, int code, String says) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(says).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
