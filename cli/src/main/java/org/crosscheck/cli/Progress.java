package org.crosscheck.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line activity indicator on stderr for runs that take a while: what is being done, a
 * moving bar and the elapsed seconds, redrawn in place and erased when done. The pipeline has no
 * progress callback, so the bar shows activity rather than a fraction done. Silent unless stderr
 * is meant for a person (a terminal and no --quiet), and only after a short delay, so quick runs
 * print nothing.
 */
final class Progress implements AutoCloseable {
  private static final Duration DELAY = Duration.ofMillis(700);
  private static final int WIDTH = 20;

  private final PrintStream err;
  private final String label;
  private final Thread thread;
  private volatile boolean done;
  private boolean drawn;

  Progress(PrintStream err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.thread = new Thread(this::draw, "crosscheck-progress");
    thread.setDaemon(true);
    if (enabled) {
      thread.start();
    }
  }

  static Progress start(String label, boolean enabled) {
    return new Progress(System.err, label, enabled);
  }

  private void draw() {
    long start = System.nanoTime();
    try {
      Thread.sleep(DELAY.toMillis());
      int tick = 0;
      while (!done) {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int pos = tick++ % (2 * WIDTH - 2);
        int at = pos < WIDTH ? pos : 2 * WIDTH - 2 - pos;
        String bar = " ".repeat(at) + "=" + " ".repeat(WIDTH - 1 - at);
        synchronized (this) {
          if (done) {
            return;
          }
          err.print("\r" + label + " [" + bar + "] " + seconds + "s");
          err.flush();
          drawn = true;
        }
        Thread.sleep(120);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void close() {
    done = true;
    thread.interrupt();
    if (drawn) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 12) + "\r");
      err.flush();
    }
  }
}
