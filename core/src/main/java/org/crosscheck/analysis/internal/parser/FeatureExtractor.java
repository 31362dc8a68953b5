package org.crosscheck.analysis.internal.parser;

/**
 * Feature templates of Zhang and Nivre (2011) for arc-eager parsing, plus the second stack word and
 * suffixes. Each feature is a 64-bit hash of its template number and values; collisions at that
 * width are negligible and hashing saves storing feature strings.
 */
final class FeatureExtractor {
  /** Upper bound of features per state. */
  static final int MAX_FEATURES = 96;

  private static final long NO_WORD = 0x5bd1e9955bd1e995L;
  private static final int NO_TAG = 1_000;
  private static final int NO_LABEL = 2_000;

  private FeatureExtractor() {}

  /** Writes the features of {@code state} into {@code out} and returns how many there are. */
  static int extract(ParseState state, SentenceCodes codes, long[] out) {
    int s0 = state.stack(0);
    int s1 = state.stack(1);
    int n0 = state.buffer(0);
    int n1 = state.buffer(1);
    int n2 = state.buffer(2);
    int s0h = s0 > 0 ? state.head[s0] : ParseState.NONE;
    int s0h2 = s0h > 0 ? state.head[s0h] : ParseState.NONE;
    int s0l = at(state.leftmost, s0);
    int s0l2 = at(state.secondLeftmost, s0);
    int s0r = at(state.rightmost, s0);
    int s0r2 = at(state.secondRightmost, s0);
    int n0l = at(state.leftmost, n0);
    int n0l2 = at(state.secondLeftmost, n0);

    long[] w = codes.words();
    long s0w = word(w, s0);
    long n0w = word(w, n0);
    long n1w = word(w, n1);
    long n2w = word(w, n2);
    int[] t = codes.tags();
    int s0p = tag(t, s0);
    int s1p = tag(t, s1);
    int n0p = tag(t, n0);
    int n1p = tag(t, n1);
    int n2p = tag(t, n2);
    int s0hp = tag(t, s0h);
    int s0lp = tag(t, s0l);
    int s0rp = tag(t, s0r);
    int n0lp = tag(t, n0l);

    FeatureSink f = new FeatureSink(out);
    // single words
    f.add(s0w, s0p);
    f.add(s0w);
    f.add(s0p);
    f.add(n0w, n0p);
    f.add(n0w);
    f.add(n0p);
    f.add(n1w, n1p);
    f.add(n1w);
    f.add(n1p);
    f.add(n2w, n2p);
    f.add(n2w);
    f.add(n2p);
    // word pairs
    f.add(s0w, s0p, n0w, n0p);
    f.add(s0w, s0p, n0w);
    f.add(s0w, n0w, n0p);
    f.add(s0w, s0p, n0p);
    f.add(s0p, n0w, n0p);
    f.add(s0w, n0w);
    f.add(s0p, n0p);
    f.add(n0p, n1p);
    // tag trigrams
    f.add(n0p, n1p, n2p);
    f.add(s0p, n0p, n1p);
    f.add(s0hp, s0p, n0p);
    f.add(s0p, s0lp, n0p);
    f.add(s0p, s0rp, n0p);
    f.add(s0p, n0p, n0lp);
    // distance between s0 and n0
    int distance = s0 > 0 && n0 > 0 ? Math.min(n0 - s0, 10) : 0;
    f.add(s0w, distance);
    f.add(s0p, distance);
    f.add(n0w, distance);
    f.add(n0p, distance);
    f.add(s0w, n0w, distance);
    f.add(s0p, n0p, distance);
    // valency
    int s0vr = count(state.rightCount, s0);
    int s0vl = count(state.leftCount, s0);
    int n0vl = count(state.leftCount, n0);
    f.add(s0w, s0vr);
    f.add(s0p, s0vr);
    f.add(s0w, s0vl);
    f.add(s0p, s0vl);
    f.add(n0w, n0vl);
    f.add(n0p, n0vl);
    // heads and children
    f.add(word(w, s0h));
    f.add(s0hp);
    f.add(label(state, s0));
    f.add(word(w, s0l));
    f.add(s0lp);
    f.add(label(state, s0l));
    f.add(word(w, s0r));
    f.add(s0rp);
    f.add(label(state, s0r));
    f.add(word(w, n0l));
    f.add(n0lp);
    f.add(label(state, n0l));
    // second-order
    f.add(word(w, s0h2));
    f.add(tag(t, s0h2));
    f.add(label(state, s0h));
    f.add(word(w, s0l2));
    f.add(tag(t, s0l2));
    f.add(label(state, s0l2));
    f.add(word(w, s0r2));
    f.add(tag(t, s0r2));
    f.add(label(state, s0r2));
    f.add(word(w, n0l2));
    f.add(tag(t, n0l2));
    f.add(label(state, n0l2));
    f.add(s0p, s0lp, tag(t, s0l2));
    f.add(s0p, s0rp, tag(t, s0r2));
    f.add(s0p, s0hp, tag(t, s0h2));
    f.add(n0p, n0lp, tag(t, n0l2));
    // label sets
    long s0sr = labels(state.rightLabels, s0);
    long s0sl = labels(state.leftLabels, s0);
    long n0sl = labels(state.leftLabels, n0);
    f.add(s0w, s0sr);
    f.add(s0p, s0sr);
    f.add(s0w, s0sl);
    f.add(s0p, s0sl);
    f.add(n0w, n0sl);
    f.add(n0p, n0sl);
    // second stack word and suffixes
    f.add(s1p);
    f.add(word(w, s1), s1p);
    f.add(s1p, s0p, n0p);
    f.add(s1p, s0p);
    // linear context: the words next to s0 and just before n0, and what lies between s0 and n0
    int n3p = tag(t, state.buffer(3));
    int beforeN0 = n0 > 1 ? n0 - 1 : ParseState.NONE;
    int afterS0 = s0 > 0 && s0 + 1 < state.size ? s0 + 1 : ParseState.NONE;
    int beforeS0 = s0 > 1 ? s0 - 1 : ParseState.NONE;
    f.add(n0p, n1p, n2p, n3p);
    f.add(tag(t, beforeN0), n0p);
    f.add(word(w, beforeN0), n0w);
    f.add(s0p, tag(t, afterS0));
    f.add(tag(t, beforeS0), s0p, n0p);
    f.add(n0w, n1w);
    int punctuation = s0 > 0 && n0 > 0 ? codes.punctuationBetween(s0, n0) : -1;
    int verbs = s0 > 0 && n0 > 0 ? codes.verbsBetween(s0, n0) : -1;
    f.add(s0p, n0p, punctuation);
    f.add(s0p, n0p, verbs);
    f.add(s0p, n0p, punctuation, verbs);
    long[] suffixes = codes.suffixes();
    f.add(word(suffixes, n0), n0p);
    f.add(word(suffixes, s0), s0p);
    f.add(word(suffixes, n1));
    return f.count();
  }

  private static int at(int[] array, int word) {
    return word == ParseState.NONE ? ParseState.NONE : array[word];
  }

  private static int count(int[] array, int word) {
    return word == ParseState.NONE ? -1 : array[word];
  }

  private static long labels(long[] array, int word) {
    return word == ParseState.NONE ? -1 : array[word];
  }

  private static long word(long[] codes, int word) {
    return word == ParseState.NONE ? NO_WORD : codes[word];
  }

  private static int tag(int[] codes, int word) {
    return word == ParseState.NONE ? NO_TAG : codes[word];
  }

  private static int label(ParseState state, int word) {
    return word == ParseState.NONE || state.label[word] == ParseState.NONE ? NO_LABEL : state.label[word];
  }
}
