package org.crosscheck;

/**
 * A half-open range {@code [begin, end)} of character offsets into an article's original text,
 * counted as Java {@code String} indices.
 *
 * <pre>{@code
 * Span s = Span.of(6, 11);
 * s.coveredText("Hello world");   // "world"
 * }</pre>
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /** The text this span covers; fails with a clear message when it lies outside {@code text}. */
  public String coveredText(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + begin + ", " + end + ") lies outside a text of length " + text.length());
    }
    return text.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
