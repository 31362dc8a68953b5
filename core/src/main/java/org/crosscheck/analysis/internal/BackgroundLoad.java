package org.crosscheck.analysis.internal;

import com.google.common.base.Throwables;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A resource loaded on a thread of its own while the caller loads others. Unlike a
 * {@code CompletableFuture}, waiting for it cannot hang: out of memory, a future may fail to record
 * its own failure and stay incomplete forever, but a thread always ends. Waiting joins the thread
 * and rethrows what stopped it.
 *
 * @param <T> what is loaded
 */
public final class BackgroundLoad<T> {
  private final String name;
  private final Thread thread;
  private volatile @Nullable T value;
  private volatile @Nullable Throwable failure;

  private BackgroundLoad(String name, Supplier<T> load) {
    this.name = name;
    this.thread = new Thread(() -> value = Objects.requireNonNull(load.get(), name), "crosscheck-load-" + name);
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler((t, e) -> failure = e); // the caller reports it, not stderr
  }

  /**
   * Starts loading.
   *
   * @param name what is loaded, for the thread's name and errors
   * @param load loads it; must not return null
   * @return the running load
   */
  public static <T> BackgroundLoad<T> start(String name, Supplier<T> load) {
    BackgroundLoad<T> background = new BackgroundLoad<>(name, load);
    background.thread.start();
    return background;
  }

  /**
   * Waits for the load to end.
   *
   * @return what was loaded
   * @throws RuntimeException or Error what stopped the load; an {@link OutOfMemoryError} when
   *     the thread ended with neither a value nor a recorded failure (which only running out of
   *     memory causes)
   */
  public T join() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true; // loading is short; finish waiting, then restore the flag
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable f = failure;
    if (f != null) {
      Throwables.throwIfUnchecked(f);
      throw new IllegalStateException("loading " + name + " failed", f);
    }
    T v = value;
    if (v == null) {
      throw new OutOfMemoryError("loading " + name + " ended without a result");
    }
    return v;
  }
}
