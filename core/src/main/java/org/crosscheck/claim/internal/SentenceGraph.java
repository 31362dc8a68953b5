package org.crosscheck.claim.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.crosscheck.Span;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.Token;
import org.crosscheck.claim.Phrase;

/**
 * A sentence's dependency tree, indexed for the questions claim extraction asks: children by
 * relation, subtrees with some branches cut off, and the words of a token set as text.
 * Not thread-safe; one per sentence and call.
 */
public final class SentenceGraph {
  private final Sentence sentence;
  private final List<List<Integer>> children;

  public SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    this.children = new ArrayList<>(sentence.size());
    for (int i = 0; i < sentence.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Token t : sentence.tokens()) {
      if (t.head() >= 0) {
        children.get(t.head()).add(t.index());
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return sentence.size();
  }

  public Token token(int i) {
    return sentence.token(i);
  }

  public String tag(int i) {
    return token(i).tag();
  }

  public String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  public String lower(int i) {
    return token(i).text().toLowerCase(Locale.ROOT);
  }

  public int head(int i) {
    return token(i).head();
  }

  /** The full relation label, e.g. "acl:relcl". */
  public String relation(int i) {
    return token(i).relation();
  }

  /** The universal part of the relation label: "acl" for "acl:relcl". */
  public String baseRelation(int i) {
    String r = relation(i);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children whose base or full relation is one of {@code relations}. */
  public List<Integer> children(int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (relation(c).equals(r) || baseRelation(c).equals(r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  public boolean hasChild(int i, String... relations) {
    return !children(i, relations).isEmpty();
  }

  /** The words of the "case" and "mark" children of {@code i}, joined: "in", "according to". */
  public String marker(int i) {
    StringBuilder out = new StringBuilder();
    for (int c : children(i, "case", "mark")) {
      if (c < i) {
        appendWord(out, c);
        for (int f : children(c, "fixed")) {
          appendWord(out, f);
        }
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private void appendWord(StringBuilder out, int i) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(token(i).text());
  }

  /** {@code i} and its descendants, except the branches below children for which {@code cut} holds. */
  public BitSet subtree(int i, IntPredicate cut) {
    BitSet out = new BitSet(size());
    collect(i, cut, out);
    return out;
  }

  private void collect(int i, IntPredicate cut, BitSet out) {
    out.set(i);
    for (int c : children.get(i)) {
      if (!cut.test(c)) {
        collect(c, cut, out);
      }
    }
  }

  /** Whether {@code ancestor} dominates {@code i} (or is it). */
  public boolean dominates(int ancestor, int i) {
    for (int t = i, steps = 0; t >= 0 && steps <= size(); t = head(t), steps++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Drops punctuation, conjunctions and markers at either edge of a token set. */
  public BitSet trimEdges(BitSet tokens) {
    BitSet out = (BitSet) tokens.clone();
    while (!out.isEmpty() && isEdgeNoise(out.nextSetBit(0))) {
      out.clear(out.nextSetBit(0));
    }
    while (!out.isEmpty() && isEdgeNoise(out.length() - 1)) {
      out.clear(out.length() - 1);
    }
    return out;
  }

  private boolean isEdgeNoise(int i) {
    String r = baseRelation(i);
    return tag(i).equals("PUNCT") || r.equals("punct") || r.equals("cc") || r.equals("mark");
  }

  /** The words of a token set in sentence order, spaced as in the source where they are adjacent. */
  public Phrase phrase(BitSet tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("no tokens for a phrase in sentence " + sentence.span());
    }
    StringBuilder out = new StringBuilder();
    int previous = -1;
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      Token t = token(i);
      if (previous >= 0) {
        Span before = token(previous).span();
        boolean adjacent = previous == i - 1;
        if (!adjacent) {
          out.append(' ');
        } else if (before.end() < t.span().begin()) {
          out.append(' ');
        }
      }
      out.append(t.text());
      previous = i;
    }
    Span span = Span.of(token(tokens.nextSetBit(0)).span().begin(), token(tokens.length() - 1).span().end());
    return new Phrase(out.toString(), span);
  }

}
