package org.crosscheck.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A few daemon threads of crosscheck's own (not the common pool, which has a single thread on a
 * two-core machine), for extracting claims article by article, for loading models side by side,
 * and for comparing claims. What a task throws is rethrown as it was thrown by {@link #result}.
 */
public final class Workers implements AutoCloseable {
  private final ExecutorService pool;

  public Workers(String name, int threads) {
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  public <T> Future<T> start(Callable<T> task) {
    return pool.submit(task);
  }

  /**
   * What a task gave, once it is done; what it threw, unwrapped.
   *
   * @param doing what the task does, for the message when the wait is interrupted
   */
  public static <T> T result(Future<T> task, String doing) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the threads, interrupting tasks still running (there are none after a run). */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
