package org.crosscheck.analysis.internal.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.jspecify.annotations.Nullable;

/**
 * Predicted tags for the training split that are as wrong as at run time. OpenNLP's bundled UD
 * model was trained on this split and tags it 99% right, but new text only about 93% right; a
 * parser trained on the near-perfect tags trusts them too much. Each fold is instead tagged by an
 * OpenNLP model trained, with the bundled model's default feature set, on the other folds.
 */
final class JackknifeTagging {
  private JackknifeTagging() {}

  /**
   * @param cache a file of tags, one sentence per line, read if it exists and matches the
   *              sentences, otherwise written; null for none
   */
  static List<ConlluSentence> retag(List<ConlluSentence> sentences, int folds, @Nullable Path cache)
      throws IOException {
    if (cache != null && Files.exists(cache)) {
      List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
      if (lines.size() == sentences.size()) {
        List<ConlluSentence> cached = new ArrayList<>(sentences.size());
        for (int i = 0; i < lines.size(); i++) {
          List<String> tags = List.of(lines.get(i).split(" "));
          if (tags.size() != sentences.get(i).size()) {
            throw new IllegalArgumentException("tag cache " + cache + " does not match sentence " + (i + 1));
          }
          cached.add(sentences.get(i).withTags(tags));
        }
        return cached;
      }
    }
    List<ConlluSentence> retagged = retag(sentences, folds);
    if (cache != null) {
      Files.write(cache, retagged.stream().map(s -> String.join(" ", s.tags())).toList(), StandardCharsets.UTF_8);
    }
    return retagged;
  }

  static List<ConlluSentence> retag(List<ConlluSentence> sentences, int folds) {
    List<ConlluSentence> retagged = new ArrayList<>(sentences);
    for (int fold = 0; fold < folds; fold++) {
      List<POSSample> training = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (i % folds != fold) {
          training.add(surfaceSample(sentences.get(i)));
        }
      }
      POSTaggerME tagger = new POSTaggerME(trainModel(training), POSTagFormat.UD);
      for (int i = fold; i < sentences.size(); i += folds) {
        ConlluSentence sentence = sentences.get(i);
        List<String> forms = sentence.tokenForms().stream().map(UdPosTagger::straighten).toList();
        String[] tokenTags = tagger.tag(forms.toArray(String[]::new));
        List<String> wordTags = new ArrayList<>(sentence.size());
        for (int t = 0; t < tokenTags.length; t++) {
          wordTags.addAll(ContractionSplitter.tagsOfParts(tokenTags[t], sentence.tokens().get(t).wordCount()));
        }
        retagged.set(i, sentence.withTags(wordTags));
      }
    }
    return retagged;
  }

  /** Surface tokens with the joined tags OpenNLP's model uses for contractions (AUX+PART). */
  private static POSSample surfaceSample(ConlluSentence sentence) {
    List<String> forms = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (ConlluSentence.SurfaceToken token : sentence.tokens()) {
      forms.add(UdPosTagger.straighten(token.form()));
      tags.add(String.join("+", sentence.tags().subList(token.firstWord(), token.firstWord() + token.wordCount())));
    }
    return new POSSample(forms, tags);
  }

  private static POSModel trainModel(List<POSSample> samples) {
    try {
      return POSTaggerME.train("en", ObjectStreamUtils.createObjectStream(samples),
          TrainingParameters.defaultParams(), new POSTaggerFactory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train a jackknife POS model", e);
    }
  }
}
