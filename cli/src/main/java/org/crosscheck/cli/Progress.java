package org.crosscheck.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.crosscheck.ProgressListener;

/**
 * A one-line progress bar on stderr for runs that take a while: what is being done, how many
 * articles are done of how many, and the elapsed seconds, redrawn in place and erased when done.
 * Silent unless stderr is meant for a person (a terminal and no --quiet), and only after a short
 * delay, so quick runs print nothing.
 */
final class Progress implements AutoCloseable, ProgressListener {
  private static final Duration DELAY = Duration.ofMillis(700);
  private static final int WIDTH = 20;

  private final PrintStream err;
  private final String label;
  private final Thread thread;
  private volatile boolean done;
  private volatile int articlesDone;
  private volatile int articlesTotal;
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
      while (!done) {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int total = articlesTotal;
        int filled = total == 0 ? 0 : (int) ((long) WIDTH * articlesDone / total);
        String bar = "=".repeat(filled) + " ".repeat(WIDTH - filled);
        String count = total == 0 ? "" : " " + articlesDone + "/" + total;
        synchronized (this) {
          if (done) {
            return;
          }
          err.print("\r" + label + " [" + bar + "]" + count + " " + seconds + "s");
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
  public void progress(int articlesSoFar, int total) {
    articlesDone = articlesSoFar;
    articlesTotal = total;
  }

  @Override
  public synchronized void close() {
    done = true;
    thread.interrupt();
    if (drawn) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
      err.flush();
    }
  }
}
