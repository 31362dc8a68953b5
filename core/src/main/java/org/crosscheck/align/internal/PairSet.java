package org.crosscheck.align.internal;

/**
 * A set of pairs of non-negative ints, for remembering which pairs were already compared or what
 * comparing them gave. Open addressing over one long array: a {@code HashSet<Long>} of {@code a
 * << 32 | b} boxes every pair and, since {@code Long.hashCode} is {@code a ^ b}, piles pairs with
 * the same {@code a ^ b} into one bucket. Not thread-safe; meant for one run's local use.
 */
public final class PairSet {
  private static final long EMPTY = -1;

  private long[] slots = filled(1 << 10);
  private int size;

  /**
   * Adds the pair.
   *
   * @return whether it was not in the set yet
   */
  public boolean add(int a, int b) {
    long pair = pair(a, b);
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    return insert(slots, pair);
  }

  /** Whether the pair is in the set. */
  public boolean contains(int a, int b) {
    long pair = pair(a, b);
    int mask = slots.length - 1;
    for (int slot = spread(pair) & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
      if (slots[slot] == pair) {
        return true;
      }
    }
    return false;
  }

  private static long pair(int a, int b) {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("pairs of non-negative ints only, got " + a + ", " + b);
    }
    return (long) a << 32 | b;
  }

  private boolean insert(long[] table, long pair) {
    int mask = table.length - 1;
    int slot = spread(pair) & mask;
    while (table[slot] != EMPTY) {
      if (table[slot] == pair) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = pair;
    size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = filled(old.length * 2);
    size = 0;
    for (long pair : old) {
      if (pair != EMPTY) {
        insert(slots, pair);
      }
    }
  }

  private static int spread(long pair) {
    long h = pair * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static long[] filled(int length) {
    long[] table = new long[length];
    java.util.Arrays.fill(table, EMPTY);
    return table;
  }
}
