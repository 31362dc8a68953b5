package org.crosscheck.cli;

/**
 * What the process is attached to: whether standard output is a terminal and whether the user
 * has asked for no colour ({@code NO_COLOR}, see no-color.org). Tests pass their own.
 */
record Terminal(boolean interactive, boolean noColorSet) {
  /** The real one: {@link System#console()} is non-null only when stdin and stdout are a terminal. */
  static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    return new Terminal(System.console() != null, noColor != null && !noColor.isEmpty());
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
