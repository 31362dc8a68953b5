package org.crosscheck.claim.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code nouns-wn31.tsv}, the noun classes the claim extractor needs, from WordNet 3.1.
 * Reading all of WordNet at run time would cost the library start-up time and memory, so the few
 * facts it uses are extracted once here. Rerun after changing the criteria:
 *
 * <pre>
 * mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.crosscheck.claim.internal.NounLexiconGenerator \
 *   -Dexec.args=core/src/main/resources/org/crosscheck/claim/nouns-wn31.tsv
 * </pre>
 *
 * <p>Each line: lemma, class, and the verb it derives from when WordNet links one.
 * EVENT: the lemma's most frequent sense is an act, event, phenomenon or process, or a
 * communication or gathering derived from a verb ("talks", "statement", "meeting"), or its
 * second sense is an act or event derived from a verb ("restoration").
 * PERSON: its first sense is a person ("president", "envoy").
 */
public final class NounLexiconGenerator {
  private static final Set<String> EVENT_FILES =
      Set.of("noun.act", "noun.event", "noun.phenomenon", "noun.process");
  /** Senses that are events when named after a verb: "talks", "statement", "meeting". */
  private static final Set<String> VERBAL_FILES = Set.of("noun.communication", "noun.group");

  private NounLexiconGenerator() {}

  public static void main(String[] args) throws JWNLException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "nouns-wn31.tsv");
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Map<String, String> lines = new TreeMap<>();
    Iterator<IndexWord> words = dictionary.getIndexWordIterator(POS.NOUN);
    while (words.hasNext()) {
      IndexWord word = words.next();
      String lemma = word.getLemma();
      if (!lemma.matches("[a-z][a-z-]*")) {
        continue; // proper nouns and multiword terms are the analyser's gazetteer's business
      }
      classify(lemma, word.getSenses()).ifPresent(line -> lines.put(lemma, line));
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# Noun classes from WordNet 3.1 (Princeton University, WordNet licence), made by "
          + NounLexiconGenerator.class.getSimpleName() + ": lemma, class, derived verb\n");
      for (String line : lines.values()) {
        w.write(line);
        w.write('\n');
      }
    }
    System.out.println("wrote " + lines.size() + " nouns to " + out);
  }

  private static Optional<String> classify(String lemma, List<Synset> senses) throws JWNLException {
    if (senses.isEmpty()) {
      return Optional.empty();
    }
    Synset first = senses.get(0);
    String file = first.getLexFileName();
    if (file.equals("noun.person")) {
      return Optional.of(lemma + "\tPERSON\t");
    }
    String verb = derivedVerb(lemma, first);
    boolean event = EVENT_FILES.contains(file) || (!verb.isEmpty() && VERBAL_FILES.contains(file));
    if (!event && senses.size() > 1 && EVENT_FILES.contains(senses.get(1).getLexFileName())) {
      // a rarer first sense ("restoration": a historical period) hides the usual verbal one
      verb = derivedVerb(lemma, senses.get(1));
      event = !verb.isEmpty();
    }
    return event ? Optional.of(lemma + "\tEVENT\t" + verb) : Optional.empty();
  }

  private static String derivedVerb(String lemma, Synset sense) throws JWNLException {
    for (Word word : sense.getWords()) {
      if (!word.getLemma().equalsIgnoreCase(lemma)) {
        continue;
      }
      for (Pointer pointer : word.getPointers(PointerType.DERIVATION)) {
        if (pointer.getTargetPOS() == POS.VERB && pointer.getTarget() instanceof Word target
            && target.getLemma().matches("[a-z]+")) {
          return target.getLemma();
        }
      }
    }
    return "";
  }
}
