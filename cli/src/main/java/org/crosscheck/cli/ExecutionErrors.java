package org.crosscheck.cli;

import com.google.common.base.Throwables;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** An unexpected failure: one line on stderr, the stack trace only with --verbose. */
final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
  /** Not one of the contract's codes (0-3): something went wrong inside crosscheck itself. */
  static final int FAILURE = 4;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof UserError u) {
      cmd.getErr().println("crosscheck: " + u.getMessage());
      if (parsed.hasMatchedOption("--verbose")) {
        u.printStackTrace(cmd.getErr());
      }
      return u.exitCode();
    }
    if (Throwables.getCausalChain(e).stream().anyMatch(OutOfMemoryError.class::isInstance)) {
      // a worker thread ran out of memory and its failure was passed on wrapped
      cmd.getErr().println(Main.outOfMemoryAdvice());
      return FAILURE;
    }
    cmd.getErr().println("crosscheck: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (parsed.hasMatchedOption("--verbose")) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("Run again with --verbose for details.");
    }
    return FAILURE;
  }
}
