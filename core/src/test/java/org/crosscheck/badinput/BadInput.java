package org.crosscheck.badinput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One bad input from the corpus (see {@code src/test/resources/bad-input/README.md}) and what
 * crosscheck must answer: a problem whose input starts with the bad path and whose message holds
 * every one of {@code says}, or no problem at all when {@code says} is empty (the input is odd but
 * readable). {@code articles} is how many articles it still yields.
 *
 * @param name     what the input is, for test names
 * @param maker    writes (or names) the input in a scratch directory
 * @param says     words the problem's message must contain; empty when it must be read fine
 * @param articles articles it yields (JSON lines with some good lines yield some)
 */
public record BadInput(String name, Maker maker, List<String> says, int articles) {
  /** Writes the input into a scratch directory and returns its path. */
  @FunctionalInterface
  public interface Maker {
    /**
     * Makes the input.
     *
     * @param dir a scratch directory
     * @return the path to give crosscheck
     * @throws IOException when it cannot be written
     */
    Path make(Path dir) throws IOException;
  }

  /**
   * Checks the lists.
   *
   * @param name     what the input is
   * @param maker    writes the input
   * @param says     words the problem must contain
   * @param articles articles it yields
   */
  public BadInput {
    says = List.copyOf(says);
  }

  /**
   * Whether crosscheck must name this input as a problem.
   *
   * @return whether a problem is expected
   */
  public boolean isProblem() {
    return !says.isEmpty();
  }

  @Override
  public String toString() {
    return name;
  }
}
