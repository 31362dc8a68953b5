package org.crosscheck.cli;

import org.crosscheck.CrossChecker;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: reads news articles and reports the claims they make. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Cross-checks news articles claim by claim.",
    subcommands = {CheckCommand.class, ClaimsCommand.class, CommandLine.HelpCommand.class},
    footer = {
        "",
        "Examples:",
        "  crosscheck check seeds/                 where the seed articles disagree",
        "  crosscheck check --format html -o r.html seeds/     the same, as one page",
        "  crosscheck claims --format jsonl a.txt  the claims of one article, as JSON",
        "  crosscheck help check                   every option of check",
        "",
        "Exit codes: 0 done; 1 conflicts found with --fail-on conflict; 2 usage error;",
        "3 some input could not be read (the output covers every readable input, and",
        "each unreadable one is named on stderr); 4 internal error (run again with",
        "--verbose and report it).",
    })
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code, without exiting the JVM. Running out of
   * memory is one line on stderr (what to do about it) and exit code 4, not a stack trace.
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setExecutionExceptionHandler(new ExecutionErrors());
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println(outOfMemoryAdvice());
      return ExecutionErrors.FAILURE;
    }
  }

  /**
   * Less heap than the models alone take: the seeds' check needs about 80 MB, and loading fails
   * below it at a point that depends on thread timing (a failed class initialiser is reported
   * to a later caller without its cause), so a smaller heap is refused before loading.
   */
  static final long MIN_HEAP_MB = 64;

  /**
   * A checker for a command, once the heap is known to hold the models.
   *
   * @throws OutOfMemoryError when Java may use less than {@link #MIN_HEAP_MB}; reported as {@link
   *     #outOfMemoryAdvice()}
   */
  static CrossChecker.Builder checker() {
    long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    if (maxMb < MIN_HEAP_MB) {
      throw new OutOfMemoryError("a heap of " + maxMb + " MB is too small for the models");
    }
    return CrossChecker.builder();
  }

  /** What to do when Java runs out of memory, in one line. */
  static String outOfMemoryAdvice() {
    return "crosscheck: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB); give it more, e.g. java -Xmx4g -jar crosscheck.jar ..., or check fewer or smaller articles";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check or claims");
  }
}
