package org.crosscheck;

/**
 * A half-open range {@code [begin, end)} of character offsets into an article's original text,
 * counted as Java {@code String} indices.
 *
 * <pre>{@code
 * Span s = Span.of(6, 11);
 * s.coveredText("Hello world");   // "world"
 * }</pre>
 *
 * @param begin the first offset in the span
 * @param end   the first offset after it
 */
public record Span(int begin, int end) implements Comparable<Span> {

  /**
   * Checks that {@code 0 <= begin <= end}.
   *
   * @param begin the first offset in the span
   * @param end   the first offset after it
   */
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  /**
   * The span {@code [begin, end)}.
   *
   * @param begin the first offset in the span
   * @param end   the first offset after it
   * @return the span
   */
  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  /**
   * How many characters the span covers.
   *
   * @return {@code end - begin}
   */
  public int length() {
    return end - begin;
  }

  /**
   * Whether the span covers no character.
   *
   * @return whether {@code begin == end}
   */
  public boolean isEmpty() {
    return begin == end;
  }

  /**
   * Whether this span covers all of another.
   *
   * @param other the other span
   * @return whether {@code other} lies within this span
   */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /**
   * Whether the two spans share at least one character.
   *
   * @param other the other span
   * @return whether they overlap
   */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /**
   * The smallest span covering both.
   *
   * @param other the other span
   * @return their union
   */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /**
   * The text this span covers; fails with a clear message when it lies outside {@code text}.
   *
   * @param text the article text the span indexes into
   * @return the covered characters
   */
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
