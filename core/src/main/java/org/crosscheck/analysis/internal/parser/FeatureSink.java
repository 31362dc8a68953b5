package org.crosscheck.analysis.internal.parser;

/**
 * Hashes each feature's values together with its template number, which is its position in the
 * sequence of {@code add} calls.
 */
final class FeatureSink {
  private final long[] out;
  private int count;

  FeatureSink(long[] out) {
    this.out = out;
  }

  int count() {
    return count;
  }

  void add(long a) {
    put(mix(start(), a));
  }

  void add(long a, long b) {
    put(mix(mix(start(), a), b));
  }

  void add(long a, long b, long c) {
    put(mix(mix(mix(start(), a), b), c));
  }

  void add(long a, long b, long c, long d) {
    put(mix(mix(mix(mix(start(), a), b), c), d));
  }

  private long start() {
    return (count + 1) * 0x9E3779B97F4A7C15L;
  }

  private void put(long hash) {
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    out[count++] = hash == 0 ? 1 : hash; // 0 marks an empty slot in the weight table
  }

  private static long mix(long hash, long value) {
    hash = (hash ^ value) * 0xff51afd7ed558ccdL;
    return hash ^ (hash >>> 32);
  }
}
