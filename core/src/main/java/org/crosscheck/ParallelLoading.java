package org.crosscheck;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads models side by side: the parser, OpenNLP's models and the lexicons each take a fraction
 * of a second, and a command-line run waits for all of them before its first article. Its own
 * threads, not the common pool, which has one thread on a two-core machine. Loading failures are
 * rethrown as they were thrown.
 */
final class ParallelLoading implements AutoCloseable {
  private final ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
    Thread t = new Thread(r, "crosscheck-load");
    t.setDaemon(true);
    return t;
  });

  /** Starts loading. */
  <T> Future<T> start(Callable<T> load) {
    return pool.submit(load);
  }

  /** What a load gave, once it is done; what it threw, unwrapped. */
  static <T> T result(Future<T> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("cannot load models", e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
