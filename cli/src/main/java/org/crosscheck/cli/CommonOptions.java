package org.crosscheck.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.ingest.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command shares: its inputs, where output goes, and how much to say on stderr. */
final class CommonOptions {
  static final int UNREADABLE_INPUT = 3;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Article files (plain text, HTML, JSON lines) or directories of them; - reads one article from standard input.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar on stderr; errors and unreadable inputs are still named.")
  boolean quiet;

  @Option(names = "--verbose", description = "Show the stack trace of an internal error.")
  boolean verbose;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto (the default: colour text output only on a terminal, never with NO_COLOR set), "
          + "always or never.")
  Terminal.ColorChoice color;

  /** Where the process runs; a field so that tests could replace it. */
  Terminal terminal = Terminal.detect();

  /** Styling for text output: colour only as --color and the terminal allow. */
  Ansi ansi() {
    return terminal.colour(color, output != null) ? Ansi.COLOUR : Ansi.PLAIN;
  }

  /** An activity bar on stderr while {@code label} runs: only on a terminal, never with --quiet. */
  Progress progress(String label) {
    return Progress.start(label, terminal.errIsTerminal() && !quiet);
  }

  /** The articles the PATH arguments name, and every input that could not be read. */
  ReadResult read() {
    checkOutput();
    return Inputs.read(paths);
  }

  PrintWriter openOutput() throws IOException {
    if (output == null) {
      return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false) {
        @Override
        public void close() {
          flush(); // never close standard output
        }
      };
    }
    try {
      return new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw cannotWrite(e);
    }
  }

  /**
   * Fails before the (possibly long) run when {@code -o FILE} cannot be written: its folder is
   * missing, or it is a folder itself.
   */
  void checkOutput() {
    if (output == null) {
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (Files.isDirectory(output)) {
      throw new UserError("cannot write " + output + ": it is a directory; name a file after -o", UsageErrors.USAGE, null);
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError("cannot write " + output + ": there is no directory " + parent
          + "; create it or name another file after -o", UsageErrors.USAGE, null);
    }
  }

  private UserError cannotWrite(IOException e) {
    String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.NoSuchFileException ? "its directory does not exist"
        : String.valueOf(e.getMessage());
    return new UserError("cannot write " + output + ": " + why + "; name another file after -o", UsageErrors.USAGE, e);
  }

  /** Names each unreadable input on stderr (even with --quiet) and returns the exit code. */
  int reportProblems(List<InputProblem> problems) {
    for (InputProblem p : problems) {
      System.err.println("crosscheck: " + p.input() + ": " + p.message());
    }
    return problems.isEmpty() ? 0 : UNREADABLE_INPUT;
  }
}
