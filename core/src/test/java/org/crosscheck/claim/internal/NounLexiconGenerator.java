package org.crosscheck.claim.internal;

import java.io.IOException;
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
 * <p>Each line: lemma, class, and the verb it derives from when WordNet links one; for events
 * also the lexicographer file of the first (most used) sense ("act", "event", "communication")
 * and that sense's synset, named by its first one-word lemma, which synonyms share ("quake" and
 * "temblor" give "earthquake"; left empty where it is the noun itself).
 * EVENT: at least half of the noun's use (WordNet's SemCor sense counts, each plus one) falls on
 * senses that are acts, events, phenomena or processes, communications named after a verb
 * ("talks", "statement") or gatherings ("meeting", "summit"); so "election" and "restoration"
 * are events, "government" and "forces" are not.
 * PERSON: its first sense is a person ("president", "envoy").
 */
public final class NounLexiconGenerator {
  private static final Set<String> EVENT_FILES =
      Set.of("noun.act", "noun.event", "noun.phenomenon", "noun.process");
  /** The share of a noun's (smoothed SemCor) use that must be eventive for it to count as an event. */
  private static final double EVENT_SHARE = 0.5;
  private static final int MAX_HYPERNYM_DEPTH = 12;

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
        continue; // multiword terms are the analyser's gazetteer's business, as are proper names
      }
      classify(lemma, word.getSenses()).ifPresent(line -> lines.put(lemma, line));
    }
    WordNetTable.write(out, "Noun classes from WordNet 3.1 (Princeton University, WordNet licence), made by "
        + NounLexiconGenerator.class.getSimpleName()
        + ": lemma, class, derived verb, and for events the first sense's file and synset", lines.values());
  }

  private static Optional<String> classify(String lemma, List<Synset> allSenses) throws JWNLException {
    List<Synset> senses = allSenses.stream().filter(s -> !isProperName(lemma, s)).toList();
    if (senses.isEmpty()) {
      return Optional.empty();
    }
    if (senses.get(0).getLexFileName().equals("noun.person")) {
      return Optional.of(lemma + "\tPERSON\t");
    }
    double eventUse = 0;
    double allUse = 0;
    String verb = "";
    for (Synset sense : senses) {
      double use = useCount(lemma, sense) + 1.0; // smoothed: most senses were never counted
      allUse += use;
      String derived = derivedVerb(lemma, sense);
      if (isEventive(sense, derived)) {
        eventUse += use;
        if (verb.isEmpty()) {
          verb = derived;
        }
      }
    }
    if (eventUse / allUse < EVENT_SHARE) {
      return Optional.empty();
    }
    Synset first = senses.get(0);
    String file = first.getLexFileName().substring(first.getLexFileName().indexOf('.') + 1);
    return Optional.of(lemma + "\tEVENT\t" + verb + "\t" + file + "\t" + synsetName(lemma, first));
  }

  /**
   * A synset's name: its first lemma that is one lower-case word; empty where that is {@code
   * lemma} itself (most nouns), which keeps the table small.
   */
  private static String synsetName(String lemma, Synset sense) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().matches("[a-z][a-z-]*")) {
        return w.getLemma().equals(lemma) ? "" : w.getLemma();
      }
    }
    return "";
  }

  private static boolean isEventive(Synset sense, String derivedVerb) throws JWNLException {
    String file = sense.getLexFileName();
    return EVENT_FILES.contains(file)
        || (file.equals("noun.communication") && !derivedVerb.isEmpty())
        || (file.equals("noun.group") && isGathering(sense, 0));
  }

  /** Meetings, conferences and summits are filed as groups of people, under "gathering". */
  private static boolean isGathering(Synset sense, int depth) throws JWNLException {
    if (depth > MAX_HYPERNYM_DEPTH) {
      return false;
    }
    for (Word w : sense.getWords()) {
      if (w.getLemma().equals("gathering")) {
        return true;
      }
    }
    for (Pointer p : sense.getPointers(PointerType.HYPERNYM)) {
      if (p.getTargetSynset() != null && isGathering(p.getTargetSynset(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Senses named by a proper noun ("Putin", "the Restoration"): the index lower-cases every lemma,
   * the synsets keep the capitals.
   */
  private static boolean isProperName(String lemma, Synset sense) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return Character.isUpperCase(w.getLemma().charAt(0));
      }
    }
    return false;
  }

  private static int useCount(String lemma, Synset sense) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return w.getUseCount();
      }
    }
    return 0;
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
