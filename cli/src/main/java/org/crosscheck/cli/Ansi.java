package org.crosscheck.cli;

/** ANSI styling that is either on or a no-op, so renderers never test for colour themselves. */
record Ansi(boolean on) {
  static final Ansi PLAIN = new Ansi(false);
  static final Ansi COLOUR = new Ansi(true);

  String bold(String s) {
    return wrap("1", s);
  }

  String red(String s) {
    return wrap("1;31", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
