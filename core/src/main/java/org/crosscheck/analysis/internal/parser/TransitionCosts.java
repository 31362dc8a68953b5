package org.crosscheck.analysis.internal.parser;

/**
 * The dynamic oracle of Goldberg and Nivre (2012) for arc-eager: how many gold arcs a transition
 * makes unreachable. Training on the parser's own (possibly wrong) states with these costs teaches
 * it to recover from its mistakes, which a static oracle cannot.
 */
final class TransitionCosts {
  private final int[] goldHead;
  private final int[] goldLabel;

  /** Gold heads and labels indexed like the state: 0 is the root, words are 1..n. */
  /** The oracle for a treebank sentence: its gold arcs, with heads and labels as the parser numbers them. */
  static TransitionCosts of(ConlluSentence sentence, java.util.List<String> labels) {
    int n = sentence.size();
    int[] goldHead = new int[n + 1];
    int[] goldLabel = new int[n + 1];
    goldHead[0] = -1;
    goldLabel[0] = -1;
    for (int i = 0; i < n; i++) {
      goldHead[i + 1] = sentence.head(i) + 1;
      goldLabel[i + 1] = labels.indexOf(sentence.relations().get(i));
    }
    return new TransitionCosts(goldHead, goldLabel);
  }

  TransitionCosts(int[] goldHead, int[] goldLabel) {
    this.goldHead = goldHead;
    this.goldLabel = goldLabel;
  }

  /** The gold head of a word, numbered from 1 with 0 for the root. */
  int goldHead(int word) {
    return goldHead[word];
  }

  /** The gold label index of a word. */
  int goldLabel(int word) {
    return goldLabel[word];
  }

  /** Fills {@code out} with the cost of every transition, Integer.MAX_VALUE for invalid ones. */
  void fill(ParseState state, int[] out) {
    int top = state.stack(0);
    int front = state.bufferFront();
    int shift = cost(state, Transitions.SHIFT);
    int reduce = cost(state, Transitions.REDUCE);
    // Arc costs apart from the label, plus one when the arc is right but the label is not.
    int left = top == 0 ? 0 : cost(state, Transitions.leftArc(goldLabel[top] < 0 ? 0 : goldLabel[top]));
    int leftGoldLabel = top > 0 && goldHead[top] == front ? goldLabel[top] : -1;
    int rightGoldLabel = goldHead[front] == top ? goldLabel[front] : -1;
    int right = rightArcCost(state, top, front, rightGoldLabel);
    for (int t = 0; t < out.length; t++) {
      if (!state.isValid(t)) {
        out[t] = Integer.MAX_VALUE;
        continue;
      }
      out[t] = switch (Transitions.kind(t)) {
        case Transitions.SHIFT -> shift;
        case Transitions.REDUCE -> reduce;
        case Transitions.LEFT_ARC -> left + (leftGoldLabel >= 0 && Transitions.label(t) != leftGoldLabel ? 1 : 0);
        default -> right + (rightGoldLabel >= 0 && Transitions.label(t) != rightGoldLabel ? 1 : 0);
      };
    }
  }

  /** Cost of a valid transition. */
  int cost(ParseState state, int transition) {
    int top = state.stack(0);
    int front = state.bufferFront();
    return switch (Transitions.kind(transition)) {
      case Transitions.SHIFT -> shiftCost(state, front);
      case Transitions.REDUCE -> dependentsInBuffer(state, top, front);
      case Transitions.LEFT_ARC -> {
        int cost = dependentsInBuffer(state, top, front);
        int gold = goldHead[top];
        if (gold > front) {
          cost++;
        } else if (gold == front && goldLabel[top] != Transitions.label(transition)) {
          cost++;
        }
        yield cost;
      }
      default -> rightArcCost(state, top, front, Transitions.label(transition));
    };
  }

  /** Gold dependents of {@code word} still waiting in the buffer. */
  private int dependentsInBuffer(ParseState state, int word, int front) {
    int cost = 0;
    for (int k = front; k < state.size; k++) {
      if (goldHead[k] == word) {
        cost++;
      }
    }
    return cost;
  }

  /** The front word can no longer take a head or headless dependents from the stack. */
  private int shiftCost(ParseState state, int front) {
    int cost = 0;
    for (int i = 0; i < state.stackSize(); i++) {
      int k = state.stackAt(i);
      if (goldHead[front] == k || (goldHead[k] == front && state.head[k] == ParseState.NONE && k != 0)) {
        cost++;
      }
    }
    return cost;
  }

  private int rightArcCost(ParseState state, int top, int front, int relation) {
    int cost = 0;
    int gold = goldHead[front];
    if (gold == top) {
      if (goldLabel[front] != relation) {
        cost++;
      }
    } else {
      // Its gold head is elsewhere in the stack or in the buffer: lost either way.
      if (gold > front) {
        cost++;
      } else {
        for (int i = 0; i < state.stackSize() - 1; i++) {
          if (state.stackAt(i) == gold) {
            cost++;
            break;
          }
        }
      }
    }
    for (int i = 0; i < state.stackSize(); i++) {
      int k = state.stackAt(i);
      if (k != 0 && goldHead[k] == front && state.head[k] == ParseState.NONE) {
        cost++;
      }
    }
    return cost;
  }
}
