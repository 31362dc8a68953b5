package org.crosscheck;

/**
 * Told how far a run has come: after each article's claims are extracted, the number of articles
 * done so far and in all. Extraction is most of a run's time, so this is a fair measure of it.
 *
 * <p>Called from worker threads, possibly at the same time: implementations must be thread-safe
 * and quick. Listening changes nothing in the results.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Listens to nothing. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Called once per article, after its claims are extracted.
   *
   * @param done  how many articles are done, this one included
   * @param total how many articles the run has
   */
  void progress(int done, int total);
}
