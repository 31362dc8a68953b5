package org.crosscheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.internal.parser.ParsedSentence;
import org.crosscheck.analysis.internal.parser.ParserModel;

/**
 * A greedy arc-eager dependency parser with an averaged-perceptron model trained on the UD English
 * Web Treebank, using the UPOS tags OpenNLP's UD POS model predicts. Labels are the universal
 * relations plus the subtypes claims need (nsubj:pass, aux:pass, acl:relcl, nmod:poss, obl:agent,
 * obl:unmarked, compound:prt, csubj:pass).
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

  /** Loads the model bundled with crosscheck. */
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

  /** Loads a model written by the trainer; reads the stream to its end but does not close it. */
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
    ParsedSentence parsed = model.parse(words, tags);
    List<Arc> arcs = new ArrayList<>(words.size());
    for (int i = 0; i < parsed.size(); i++) {
      arcs.add(new Arc(parsed.head(i), parsed.relations().get(i)));
    }
    return List.copyOf(arcs);
  }
}
