package org.crosscheck.analysis.internal.parser;

import java.util.Arrays;

/**
 * Immutable perceptron weights: for each feature hash, the classes it votes for and by how much.
 * Scoring is almost all table look-ups, so the table is one long per slot holding the key's upper
 * half as a fingerprint and the row's position (the lower half of the key picks the slot): half
 * the memory of key-plus-pointer pairs, so more of it stays in cache. For the same reason each
 * weight is a 16-bit step of one scale packed with its class into one int.
 */
final class WeightTable {
  private static final int MAX_ROW_START = 1 << 23;

  private final long[] slots; // 0 = empty, else fingerprint << 32 | row start << 8 | row length
  private final int mask;
  private final long[] keys; // full keys by row, for writing the model out
  private final int[] rowStarts;
  private final int[] entries; // weight step << 8 | class
  private final float scale;

  /**
   * @param keys      feature hashes, none 0
   * @param rowStarts start of each feature's row in {@code classes}/{@code weights}; one more
   *                  entry than keys, the last being the total length
   */
  WeightTable(long[] keys, int[] rowStarts, byte[] classes, float[] weights) {
    this.keys = keys;
    this.rowStarts = rowStarts;
    float largest = Float.MIN_NORMAL;
    for (float weight : weights) {
      largest = Math.max(largest, Math.abs(weight));
    }
    scale = largest / Short.MAX_VALUE;
    entries = new int[weights.length];
    for (int i = 0; i < weights.length; i++) {
      entries[i] = (Math.round(weights[i] / scale) << 8) | (classes[i] & 0xff);
    }
    // Smallest power of two that keeps the table at most 2/3 full: short probes, little memory.
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 3 / 2)) << 1;
    mask = capacity - 1;
    slots = new long[capacity];
    if (entries.length >= MAX_ROW_START) {
      throw new IllegalArgumentException("too many weights for the table: " + entries.length);
    }
    for (int i = 0; i < keys.length; i++) {
      long key = keys[i];
      int length = rowStarts[i + 1] - rowStarts[i];
      if (key == 0 || length < 1 || length > 255) {
        throw new IllegalArgumentException("bad weight row " + i + ": key " + key + ", length " + length);
      }
      int slot = (int) key & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (key & 0xFFFFFFFF00000000L) | ((long) rowStarts[i] << 8) | length;
    }
  }

  int featureCount() {
    return keys.length;
  }

  int entryCount() {
    return entries.length;
  }

  /** The size of one weight step. */
  float scale() {
    return scale;
  }

  int entryClass(int entry) {
    return entries[entry] & 0xff;
  }

  /** The weight of an entry in steps of {@link #scale()}. */
  int entrySteps(int entry) {
    return entries[entry] >> 8;
  }

  /** A copy without the weights smaller in magnitude than {@code threshold}, nor empty rows. */
  WeightTable pruned(float threshold) {
    long[] keptKeys = new long[keys.length];
    int[] keptStarts = new int[keys.length + 1];
    byte[] keptClasses = new byte[entries.length];
    float[] keptWeights = new float[entries.length];
    int features = 0;
    int kept = 0;
    for (int row = 0; row < keys.length; row++) {
      int first = kept;
      for (int i = rowStarts[row]; i < rowStarts[row + 1]; i++) {
        float weight = entrySteps(i) * scale;
        if (Math.abs(weight) >= threshold) {
          keptClasses[kept] = (byte) entryClass(i);
          keptWeights[kept++] = weight;
        }
      }
      if (kept > first) {
        keptKeys[features] = keys[row];
        keptStarts[features++] = first;
      }
    }
    keptStarts[features] = kept;
    return new WeightTable(Arrays.copyOf(keptKeys, features), Arrays.copyOf(keptStarts, features + 1),
        Arrays.copyOf(keptClasses, kept), Arrays.copyOf(keptWeights, kept));
  }

  /**
   * Adds the weights of the given features to {@code scores}. Scoring is bound by cache misses, so
   * it runs in three passes that each issue independent loads the processor can overlap: the
   * first reads every feature's home slot, the second resolves collisions and reads the first
   * entry of each feature's row, the third adds the rows up, feature by feature as before (the
   * order of the additions, and so every score, is that of a single loop).
   *
   * @param scratch at least {@code count} longs, overwritten
   */
  void score(long[] features, int count, float[] scores, long[] scratch) {
    for (int f = 0; f < count; f++) {
      scratch[f] = slots[(int) features[f] & mask];
    }
    for (int f = 0; f < count; f++) {
      long key = features[f];
      long fingerprint = key & 0xFFFFFFFF00000000L;
      long found = scratch[f];
      int slot = (int) key & mask;
      while (found != 0 && (found & 0xFFFFFFFF00000000L) != fingerprint) {
        slot = (slot + 1) & mask;
        found = slots[slot];
      }
      // the row's place and length (never 0 for a row) below, its first entry above
      scratch[f] = found == 0 ? 0 : (long) entries[(int) found >>> 8] << 32 | (found & 0xFFFFFFFFL);
    }
    for (int f = 0; f < count; f++) {
      long row = scratch[f];
      if (row != 0) {
        int first = (int) (row >>> 32);
        scores[first & 0xff] += (first >> 8) * scale;
        int start = (int) row >>> 8;
        int end = start + ((int) row & 0xff);
        for (int i = start + 1; i < end; i++) {
          int entry = entries[i];
          scores[entry & 0xff] += (entry >> 8) * scale;
        }
      }
    }
  }

  /** Calls {@code visitor} for each feature row, for serialisation. */
  void forEachRow(RowVisitor visitor) {
    for (int row = 0; row < keys.length; row++) {
      visitor.visit(keys[row], rowStarts[row], rowStarts[row + 1] - rowStarts[row]);
    }
  }

  interface RowVisitor {
    void visit(long key, int start, int length);
  }
}
