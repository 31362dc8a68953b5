package org.crosscheck.cli;

/**
 * A failure the user can fix (an output file that cannot be written): reported as one line
 * saying what to do, with its own exit code and never a stack trace.
 */
final class UserError extends RuntimeException {
  private final int exitCode;

  UserError(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
