package org.crosscheck.analysis.internal.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutable averaged-perceptron weights used while training. Each feature keeps a sparse row of the
 * classes it was ever updated for; averages are kept lazily with per-entry timestamps so an update
 * costs the same whatever the number of instances seen.
 */
final class PerceptronWeights {
  private long[] keys = new long[1 << 20];
  private int[] rowOf = new int[1 << 20];
  private int used;
  private final List<Row> rows = new ArrayList<>();
  private int clock;

  /** Advances the averaging clock; call once per training instance. */
  void tick() {
    clock++;
  }

  void score(long[] features, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      int row = find(features[f]);
      if (row >= 0) {
        rows.get(row).addTo(scores);
      }
    }
  }

  void update(long[] features, int count, int transition, double delta) {
    for (int f = 0; f < count; f++) {
      rowFor(features[f]).update(transition, delta, clock);
    }
  }

  /** Averages the weights and drops entries whose magnitude is below {@code threshold}. */
  WeightTable averaged(double threshold) {
    int featureCount = 0;
    int entryCount = 0;
    long[] outKeys = new long[used];
    int[] rowStarts = new int[used + 1];
    byte[] classes = new byte[rows.stream().mapToInt(r -> r.size).sum()];
    float[] values = new float[classes.length];
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] == 0) {
        continue;
      }
      Row row = rows.get(rowOf[slot]);
      int start = entryCount;
      for (int i = 0; i < row.size; i++) {
        double average = (row.total[i] + (clock - row.stamp[i]) * row.weight[i]) / clock;
        if (Math.abs(average) >= threshold) {
          classes[entryCount] = (byte) row.transition[i];
          values[entryCount++] = (float) average;
        }
      }
      if (entryCount > start) {
        outKeys[featureCount] = keys[slot];
        rowStarts[featureCount++] = start;
      }
    }
    rowStarts[featureCount] = entryCount;
    return new WeightTable(Arrays.copyOf(outKeys, featureCount), Arrays.copyOf(rowStarts, featureCount + 1),
        Arrays.copyOf(classes, entryCount), Arrays.copyOf(values, entryCount));
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = slotOf(key, mask);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        return rowOf[slot];
      }
      if (found == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private Row rowFor(long key) {
    int mask = keys.length - 1;
    int slot = slotOf(key, mask);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        return rows.get(rowOf[slot]);
      }
      if (found == 0) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (used * 2 >= keys.length) {
      grow();
      return rowFor(key);
    }
    keys[slot] = key;
    rowOf[slot] = rows.size();
    used++;
    Row row = new Row();
    rows.add(row);
    return row;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rowOf;
    keys = new long[oldKeys.length * 2];
    rowOf = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slotOf(oldKeys[i], mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        rowOf[slot] = oldRows[i];
      }
    }
  }

  private static int slotOf(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private static final class Row {
    int size;
    int[] transition = new int[2];
    double[] weight = new double[2];
    double[] total = new double[2];
    int[] stamp = new int[2];

    void addTo(float[] scores) {
      for (int i = 0; i < size; i++) {
        scores[transition[i]] += (float) weight[i];
      }
    }

    void update(int t, double delta, int now) {
      int i = 0;
      while (i < size && transition[i] != t) {
        i++;
      }
      if (i == size) {
        if (size == transition.length) {
          int capacity = size * 2;
          transition = Arrays.copyOf(transition, capacity);
          weight = Arrays.copyOf(weight, capacity);
          total = Arrays.copyOf(total, capacity);
          stamp = Arrays.copyOf(stamp, capacity);
        }
        transition[i] = t;
        stamp[i] = now;
        size++;
      }
      total[i] += (now - stamp[i]) * weight[i];
      stamp[i] = now;
      weight[i] += delta;
    }
  }
}
