package org.crosscheck.analysis.internal.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's English UD POS model, set to emit UPOS tags (NOUN, PROPN, VERB, AUX...). The parser is
 * trained and evaluated on exactly these predicted tags. Not thread-safe: POSTaggerME keeps state.
 */
public final class UdPosTagger {
  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private final POSTaggerME tagger;

  public UdPosTagger() {
    try (InputStream in = UdPosTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP UD POS model " + MODEL + " is not on the classpath");
      }
      tagger = new POSTaggerME(new POSModel(in), POSTagFormat.UD);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP UD POS model " + MODEL, e);
    }
  }

  public List<String> tag(List<String> words) {
    String[] straight = new String[words.size()];
    for (int i = 0; i < straight.length; i++) {
      straight[i] = straighten(words.get(i));
    }
    return new ArrayList<>(List.of(tagger.tag(straight)));
  }

  /**
   * Tags a treebank sentence the way the parser meets text at run time: the surface tokens are
   * tagged, then joined tags of contractions are spread over their syntactic words.
   */
  public ConlluSentence retag(ConlluSentence sentence) {
    List<String> tokenTags = tag(sentence.tokenForms());
    List<String> wordTags = new ArrayList<>(sentence.size());
    for (int i = 0; i < tokenTags.size(); i++) {
      wordTags.addAll(ContractionSplitter.tagsOfParts(tokenTags.get(i), sentence.tokens().get(i).wordCount()));
    }
    return sentence.withTags(wordTags);
  }

  /** The model was trained on straight quotes; curly ones are mistagged (and hide negations). */
  static String straighten(String word) {
    return word.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
  }
}
