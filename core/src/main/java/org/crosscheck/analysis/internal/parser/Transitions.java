package org.crosscheck.analysis.internal.parser;

/**
 * Numbering of arc-eager transitions as classifier classes: shift, reduce, then a left-arc and a
 * right-arc per relation label. Plain ints keep the decoding loop free of allocation.
 */
public final class Transitions {
  public static final int SHIFT = 0;
  public static final int REDUCE = 1;
  public static final int LEFT_ARC = 2;
  public static final int RIGHT_ARC = 3;

  private Transitions() {}

  public static int count(int labelCount) {
    return 2 + 2 * labelCount;
  }

  public static int leftArc(int label) {
    return 2 + 2 * label;
  }

  public static int rightArc(int label) {
    return 3 + 2 * label;
  }

  /** One of SHIFT, REDUCE, LEFT_ARC, RIGHT_ARC. */
  public static int kind(int transition) {
    return transition < 2 ? transition : 2 + (transition & 1);
  }

  /** The relation label of an arc transition. */
  public static int label(int transition) {
    return (transition - 2) >> 1;
  }
}
