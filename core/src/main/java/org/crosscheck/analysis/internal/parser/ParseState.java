package org.crosscheck.analysis.internal.parser;

import java.util.Arrays;

/**
 * A configuration of the arc-eager system. Word 0 is an artificial root, words 1..n are the
 * sentence; the root sits at the bottom of the stack and may take exactly one dependent, labelled
 * root. One state belongs to one parse call, so parsing needs no locks.
 */
final class ParseState {
  static final int NONE = -1;

  final int size;
  final int rootLabel;
  private final int[] stack;
  private int stackSize;
  private int bufferFront = 1;
  final int[] head;
  final int[] label;
  final int[] leftmost;
  final int[] secondLeftmost;
  final int[] rightmost;
  final int[] secondRightmost;
  final int[] leftCount;
  final int[] rightCount;
  final long[] leftLabels;
  final long[] rightLabels;

  /** @param words sentence length without the root */
  ParseState(int words, int rootLabel) {
    this.size = words + 1;
    this.rootLabel = rootLabel;
    stack = new int[size];
    stack[stackSize++] = 0;
    head = filled(NONE);
    label = filled(NONE);
    leftmost = filled(NONE);
    secondLeftmost = filled(NONE);
    rightmost = filled(NONE);
    secondRightmost = filled(NONE);
    leftCount = new int[size];
    rightCount = new int[size];
    leftLabels = new long[size];
    rightLabels = new long[size];
  }

  private int[] filled(int value) {
    int[] array = new int[size];
    Arrays.fill(array, value);
    return array;
  }

  boolean isTerminal() {
    return bufferFront >= size;
  }

  /** The i-th word from the top of the stack, or NONE. */
  int stack(int i) {
    return i < stackSize ? stack[stackSize - 1 - i] : NONE;
  }

  int stackSize() {
    return stackSize;
  }

  int stackAt(int position) {
    return stack[position];
  }

  /** The i-th word of the buffer, or NONE. */
  int buffer(int i) {
    int word = bufferFront + i;
    return word < size ? word : NONE;
  }

  int bufferFront() {
    return bufferFront;
  }

  boolean isValid(int transition) {
    if (isTerminal()) {
      return false;
    }
    int top = stack[stackSize - 1];
    switch (Transitions.kind(transition)) {
      case Transitions.SHIFT:
        return true;
      case Transitions.REDUCE:
        return head[top] != NONE;
      case Transitions.LEFT_ARC:
        return top != 0 && head[top] == NONE && Transitions.label(transition) != rootLabel;
      default:
        boolean fromRoot = top == 0;
        return fromRoot == (Transitions.label(transition) == rootLabel)
            && (!fromRoot || rightCount[0] == 0);
    }
  }

  /** The valid transition with the highest score; ties go to the lower number, for determinism. */
  int bestValid(float[] scores) {
    int top = stack[stackSize - 1];
    boolean canReduce = head[top] != NONE;
    boolean canLeft = top != 0 && head[top] == NONE;
    boolean fromRoot = top == 0;
    boolean canRight = !fromRoot || rightCount[0] == 0;
    int best = Transitions.SHIFT;
    float bestScore = scores[Transitions.SHIFT];
    if (canReduce && scores[Transitions.REDUCE] > bestScore) {
      best = Transitions.REDUCE;
      bestScore = scores[best];
    }
    int labels = (scores.length - 2) / 2;
    for (int label = 0; label < labels; label++) {
      boolean isRoot = label == rootLabel;
      if (canLeft && !isRoot && scores[Transitions.leftArc(label)] > bestScore) {
        best = Transitions.leftArc(label);
        bestScore = scores[best];
      }
      if (canRight && fromRoot == isRoot && scores[Transitions.rightArc(label)] > bestScore) {
        best = Transitions.rightArc(label);
        bestScore = scores[best];
      }
    }
    return best;
  }

  void apply(int transition) {
    int top = stack[stackSize - 1];
    switch (Transitions.kind(transition)) {
      case Transitions.SHIFT -> stack[stackSize++] = bufferFront++;
      case Transitions.REDUCE -> stackSize--;
      case Transitions.LEFT_ARC -> {
        attach(bufferFront, top, Transitions.label(transition));
        stackSize--;
      }
      default -> {
        attach(top, bufferFront, Transitions.label(transition));
        stack[stackSize++] = bufferFront++;
      }
    }
  }

  private void attach(int governor, int dependent, int relation) {
    head[dependent] = governor;
    label[dependent] = relation;
    long bit = 1L << (relation & 63);
    if (dependent < governor) {
      // Left-arcs are built from the nearest dependent outwards, so a new one is the leftmost.
      secondLeftmost[governor] = leftmost[governor];
      leftmost[governor] = dependent;
      leftCount[governor]++;
      leftLabels[governor] |= bit;
    } else {
      secondRightmost[governor] = rightmost[governor];
      rightmost[governor] = dependent;
      rightCount[governor]++;
      rightLabels[governor] |= bit;
    }
  }
}
