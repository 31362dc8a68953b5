package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the process is attached to: whether standard output is a terminal and whether the user
 * has asked for no colour ({@code NO_COLOR}, see no-color.org). Tests pass their own.
 */
record Terminal(boolean interactive, boolean errIsTerminal, boolean noColorSet) {
  /** The real one: {@link System#console()} is non-null only when stdin and stdout are a terminal. */
  static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    boolean console = System.console() != null;
    return new Terminal(console, stderrIsTerminal(console), noColor != null && !noColor.isEmpty());
  }

  /**
   * Java has no isatty for stderr; on Linux its file descriptor names the terminal device.
   * Elsewhere the console stands in for it.
   */
  private static boolean stderrIsTerminal(boolean console) {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return console;
    }
  }

  /** Whether colour should be used for output going to standard output under this choice. */
  boolean colour(ColorChoice choice, boolean toFile) {
    return switch (choice) {
      case always -> true;
      case never -> false;
      case auto -> interactive && !noColorSet && !toFile;
    };
  }

  /** {@code --color}: auto (the default) colours only a terminal and never with NO_COLOR set. */
  enum ColorChoice { auto, always, never }
}
