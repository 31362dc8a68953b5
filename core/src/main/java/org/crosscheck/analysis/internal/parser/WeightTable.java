package org.crosscheck.analysis.internal.parser;

import java.util.Arrays;

/**
 * Immutable perceptron weights: for each feature hash, the classes it votes for and by how much.
 * Open addressing over one long array keeps a feature's key and its row pointer in the same cache
 * line, which matters because scoring is almost all table look-ups.
 */
final class WeightTable {
  private final long[] slots; // pairs: feature key (0 = empty), then (row start << 8 | row length)
  private final int mask;
  private final byte[] classes;
  private final float[] weights;
  private final int featureCount;

  /**
   * @param keys      feature hashes, none 0
   * @param rowStarts start of each feature's row in {@code classes}/{@code weights}; one more
   *                  entry than keys, the last being the total length
   */
  WeightTable(long[] keys, int[] rowStarts, byte[] classes, float[] weights) {
    this.featureCount = keys.length;
    this.classes = classes;
    this.weights = weights;
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    mask = capacity - 1;
    slots = new long[capacity * 2];
    for (int i = 0; i < keys.length; i++) {
      long key = keys[i];
      int length = rowStarts[i + 1] - rowStarts[i];
      if (key == 0 || length > 255) {
        throw new IllegalArgumentException("bad weight row " + i + ": key " + key + ", length " + length);
      }
      int slot = slotOf(key);
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = key;
      slots[2 * slot + 1] = ((long) rowStarts[i] << 8) | length;
    }
  }

  int featureCount() {
    return featureCount;
  }

  int entryCount() {
    return weights.length;
  }

  float largestWeight() {
    float largest = Float.MIN_NORMAL;
    for (float weight : weights) {
      largest = Math.max(largest, Math.abs(weight));
    }
    return largest;
  }

  /** A copy without the weights smaller in magnitude than {@code threshold}, nor empty rows. */
  WeightTable pruned(float threshold) {
    long[] keys = new long[featureCount];
    int[] rowStarts = new int[featureCount + 1];
    byte[] keptClasses = new byte[weights.length];
    float[] keptWeights = new float[weights.length];
    int[] counts = new int[2]; // features, entries
    forEachRow((key, rowClasses, rowWeights, start, length) -> {
      int first = counts[1];
      for (int i = start; i < start + length; i++) {
        if (Math.abs(rowWeights[i]) >= threshold) {
          keptClasses[counts[1]] = rowClasses[i];
          keptWeights[counts[1]++] = rowWeights[i];
        }
      }
      if (counts[1] > first) {
        keys[counts[0]] = key;
        rowStarts[counts[0]++] = first;
      }
    });
    rowStarts[counts[0]] = counts[1];
    return new WeightTable(Arrays.copyOf(keys, counts[0]),
        Arrays.copyOf(rowStarts, counts[0] + 1), Arrays.copyOf(keptClasses, counts[1]),
        Arrays.copyOf(keptWeights, counts[1]));
  }

  /** Adds the weights of the given features to {@code scores}. */
  void score(long[] features, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      long key = features[f];
      int slot = slotOf(key);
      while (true) {
        long found = slots[2 * slot];
        if (found == key) {
          long row = slots[2 * slot + 1];
          int start = (int) (row >>> 8);
          int end = start + (int) (row & 0xff);
          for (int i = start; i < end; i++) {
            scores[classes[i] & 0xff] += weights[i];
          }
          break;
        }
        if (found == 0) {
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /** Calls {@code visitor} for each feature row, for serialisation. */
  void forEachRow(RowVisitor visitor) {
    for (int slot = 0; slot <= mask; slot++) {
      long key = slots[2 * slot];
      if (key != 0) {
        long row = slots[2 * slot + 1];
        visitor.visit(key, classes, weights, (int) (row >>> 8), (int) (row & 0xff));
      }
    }
  }

  interface RowVisitor {
    void visit(long key, byte[] classes, float[] weights, int start, int length);
  }

  private int slotOf(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }
}
