package org.crosscheck.analysis.internal.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained arc-eager parser: relation labels, word and tag encoding, and perceptron weights.
 * Immutable, so one instance can parse on many threads at once.
 */
public final class ParserModel {
  private static final int MAGIC = 0x43434450; // "CCDP"
  private static final int VERSION = 2;
  /** Label given to extra headless words, which the transition system leaves when it ends early. */
  private static final String UNATTACHED = "dep";

  private final List<String> labels;
  private final int rootLabel;
  private final SentenceEncoder encoder;
  private final WeightTable weights;
  private final PosTagCorrector tagCorrector;

  ParserModel(List<String> labels, SentenceEncoder encoder, WeightTable weights, PosTagCorrector tagCorrector) {
    this.labels = List.copyOf(labels);
    this.rootLabel = this.labels.indexOf("root");
    if (rootLabel < 0) {
      throw new IllegalArgumentException("the label set has no root label: " + labels);
    }
    this.encoder = encoder;
    this.weights = weights;
    this.tagCorrector = tagCorrector;
  }

  public List<String> labels() {
    return labels;
  }

  public int featureCount() {
    return weights.featureCount();
  }

  public int weightCount() {
    return weights.entryCount();
  }

  /**
   * Parses one sentence greedily; words and tags must have the same, non-zero length. The tags
   * are first corrected by the model's tagger, which takes them as a hint.
   */
  public ParsedSentence parse(List<String> words, List<String> tags) {
    return parseWithTags(words, tagCorrector.correct(words, tags));
  }

  /** The tags the parser would work with. */
  public List<String> correctedTags(List<String> words, List<String> tags) {
    return tagCorrector.correct(words, tags);
  }

  /** Parses with the tags as given, skipping the correction; training evaluates this way. */
  ParsedSentence parseWithTags(List<String> words, List<String> tags) {
    int n = words.size();
    SentenceCodes codes = encoder.encode(words, tags);
    ParseState state = new ParseState(n, rootLabel);
    long[] features = new long[FeatureExtractor.MAX_FEATURES];
    long[] scratch = new long[FeatureExtractor.MAX_FEATURES];
    float[] scores = new float[Transitions.count(labels.size())];
    while (!state.isTerminal()) {
      int count = FeatureExtractor.extract(state, codes, features);
      Arrays.fill(scores, 0f);
      weights.score(features, count, scores, scratch);
      state.apply(state.bestValid(scores));
    }
    return finish(state);
  }

  /** Attaches words the system left headless: the first becomes the root, the rest hang from it. */
  private ParsedSentence finish(ParseState state) {
    int n = state.size - 1;
    int root = state.rightCount[0] > 0 ? state.rightmost[0] : ParseState.NONE;
    for (int word = 1; word <= n && root == ParseState.NONE; word++) {
      if (state.head[word] == ParseState.NONE) {
        root = word;
      }
    }
    int[] heads = new int[n];
    List<String> relations = new ArrayList<>(n);
    for (int word = 1; word <= n; word++) {
      if (word == root) {
        heads[word - 1] = -1;
        relations.add("root");
      } else if (state.head[word] == ParseState.NONE || state.head[word] == 0) {
        heads[word - 1] = root - 1;
        relations.add(UNATTACHED);
      } else {
        heads[word - 1] = state.head[word] - 1;
        relations.add(labels.get(state.label[word]));
      }
    }
    return new ParsedSentence(heads, relations);
  }

  /** This model without the weights smaller in magnitude than {@code threshold}. */
  public ParserModel pruned(float threshold) {
    return new ParserModel(labels, encoder, weights.pruned(threshold), tagCorrector);
  }

  /** Writes the model gzipped; the stream is not closed. */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeInt(bytes, MAGIC);
    writeInt(bytes, VERSION);
    writeStrings(bytes, labels);
    writeStrings(bytes, encoder.tags());
    writeStrings(bytes, encoder.words());
    writeTable(bytes, weights);
    writeStrings(bytes, tagCorrector.tags());
    writeTable(bytes, tagCorrector.weights());
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    bytes.writeTo(gzip);
    gzip.finish();
  }

  /** Reads a model written by {@link #write}; the stream is read to its end but not closed. */
  public static ParserModel read(InputStream in) {
    try {
      ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
      if (data.getInt() != MAGIC) {
        throw new IllegalArgumentException("not a crosscheck dependency parser model");
      }
      int version = data.getInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("unsupported parser model version " + version + ", expected "
            + VERSION);
      }
      List<String> labels = readStrings(data);
      List<String> tags = readStrings(data);
      List<String> words = readStrings(data);
      WeightTable weights = readTable(data);
      List<String> correctorTags = readStrings(data);
      WeightTable correctorWeights = readTable(data);
      return new ParserModel(labels, new SentenceEncoder(words, tags), weights,
          new PosTagCorrector(correctorTags, correctorWeights));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model", e);
    } catch (BufferUnderflowException | BufferOverflowException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated or corrupt parser model", e);
    }
  }

  private static void writeTable(ByteArrayOutputStream bytes, WeightTable table) {
    writeInt(bytes, table.featureCount());
    writeInt(bytes, table.entryCount());
    // Weights go out as the table keeps them, 16-bit steps of one scale.
    writeInt(bytes, Float.floatToIntBits(table.scale()));
    ByteBuffer rows = ByteBuffer.allocate(table.featureCount() * 9 + table.entryCount() * 3);
    table.forEachRow((key, start, length) -> {
      rows.putLong(key);
      rows.put((byte) length);
      for (int i = start; i < start + length; i++) {
        rows.put((byte) table.entryClass(i));
        rows.putShort((short) table.entrySteps(i));
      }
    });
    bytes.write(rows.array(), 0, rows.position());
  }

  private static WeightTable readTable(ByteBuffer data) {
    int featureCount = data.getInt();
    int entryCount = data.getInt();
    float scale = Float.intBitsToFloat(data.getInt());
    long[] keys = new long[featureCount];
    int[] rowStarts = new int[featureCount + 1];
    byte[] classes = new byte[entryCount];
    float[] values = new float[entryCount];
    int entry = 0;
    for (int f = 0; f < featureCount; f++) {
      keys[f] = data.getLong();
      int length = data.get() & 0xff;
      rowStarts[f] = entry;
      for (int i = 0; i < length; i++) {
        classes[entry] = data.get();
        values[entry++] = data.getShort() * scale;
      }
    }
    rowStarts[featureCount] = entry;
    return new WeightTable(keys, rowStarts, classes, values);
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
  }

  private static void writeStrings(ByteArrayOutputStream out, List<String> strings) {
    writeInt(out, strings.size());
    for (String string : strings) {
      byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
      writeInt(out, utf8.length);
      out.writeBytes(utf8);
    }
  }

  private static List<String> readStrings(ByteBuffer data) {
    int count = data.getInt();
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] utf8 = new byte[data.getInt()];
      data.get(utf8);
      strings.add(new String(utf8, StandardCharsets.UTF_8));
    }
    return strings;
  }
}
