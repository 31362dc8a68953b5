package org.crosscheck.ingest;

import java.util.Objects;

/**
 * Why one input could not be read (or was only partly read). The input is named as the user gave
 * it (a path, {@code path:line}, or {@code -}); the message says what is wrong in one line.
 */
public record InputProblem(String input, String message) {
  /**
   * Checks that neither component is null.
   *
   * @param input   the input as the user named it
   * @param message what is wrong with it, in one line
   */
  public InputProblem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return input + ": " + message;
  }
}
