package org.crosscheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.internal.parser.ContractionSplitter;
import org.crosscheck.analysis.internal.parser.ParsedSentence;
import org.crosscheck.analysis.internal.parser.ParserModel;

/**
 * A greedy arc-eager dependency parser with an averaged-perceptron model trained on the UD English
 * Web Treebank, using the UPOS tags OpenNLP's UD POS model predicts. Labels are the universal
 * relations plus the subtypes claims need (nsubj:pass, aux:pass, acl:relcl, nmod:poss, obl:agent,
 * obl:unmarked, compound:prt, csubj:pass). The given tags are first refined by a small tagger
 * stacked on them, which fixes about a quarter of OpenNLP's tag errors; arcs are computed from
 * the refined tags, the caller's tags are left as they are.
 *
 * <p>Words may be OpenNLP's tokens, which keep contractions whole ("didn't", "it's", "Turkey's")
 * with joined tags (AUX+PART, PRON+AUX, PROPN+PART): such tokens are parsed as their syntactic
 * words and each gets one arc back, so the result always has one arc per given word.
 *
 * <p>Instances are immutable and thread-safe: each call to {@link #parse} keeps its state to
 * itself, so one instance can serve any number of threads. Parsing is deterministic.
 */
public final class TransitionDependencyParser implements DependencyParser {
  /** The bundled model, trained by {@code ParserTrainer}; see docs/decisions/dependency-parser.md. */
  public static final String DEFAULT_MODEL = "/org/crosscheck/analysis/dependency-parser-en-ewt.bin.gz";

  private final ParserModel model;

  private TransitionDependencyParser(ParserModel model) {
    this.model = model;
  }

  /**
   * Loads the model bundled with crosscheck ({@link #DEFAULT_MODEL}).
   *
   * @return a parser using the bundled model
   * @throws IllegalStateException if the model is not on the class path
   * @throws UncheckedIOException if the model cannot be read
   */
  public static TransitionDependencyParser loadDefault() {
    try (InputStream in = TransitionDependencyParser.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("parser model " + DEFAULT_MODEL + " is not on the classpath");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + DEFAULT_MODEL, e);
    }
  }

  /**
   * Loads a model written by the trainer; reads the stream to its end but does not close it.
   *
   * @param model the model, gzip-compressed as the trainer writes it
   * @return a parser using that model
   * @throws IllegalArgumentException if the stream holds no model of a supported version, or a
   *     truncated one
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static TransitionDependencyParser load(InputStream model) {
    return new TransitionDependencyParser(ParserModel.read(model));
  }

  @Override
  public List<Arc> parse(List<String> words, List<String> tags) {
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException("words and tags differ in length: " + words.size() + " words, "
          + tags.size() + " tags");
    }
    if (words.isEmpty()) {
      return List.of();
    }
    if (tags.stream().noneMatch(tag -> tag.indexOf('+') >= 0)) {
      ParsedSentence parsed = model.parse(words, tags);
      List<Arc> arcs = new ArrayList<>(words.size());
      for (int i = 0; i < parsed.size(); i++) {
        arcs.add(new Arc(parsed.head(i), parsed.relations().get(i)));
      }
      return List.copyOf(arcs);
    }
    return parseWithContractions(words, tags);
  }

  /**
   * Parses the syntactic words of contractions ("did" + "n't") and gives each token the arc of its
   * first part that attaches outside the token: "didn't" gets did's aux, "it's" gets it's nsubj,
   * "Turkey's" gets Turkey's nmod:poss.
   */
  private List<Arc> parseWithContractions(List<String> words, List<String> tags) {
    ContractionSplitter.Split split = ContractionSplitter.split(words, tags);
    ParsedSentence parsed = model.parse(split.words(), split.tags());
    int[] tokenOf = split.tokens();
    Arc[] arcs = new Arc[words.size()];
    for (int part = 0; part < tokenOf.length; part++) {
      int token = tokenOf[part];
      int head = parsed.head(part);
      boolean outside = head == -1 || tokenOf[head] != token;
      if (arcs[token] == null && outside) {
        arcs[token] = new Arc(head == -1 ? -1 : tokenOf[head], parsed.relations().get(part));
      }
    }
    return List.of(arcs);
  }
}
