package org.crosscheck.claim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code verbs-wn31.tsv}: for each single-word verb of WordNet 3.1, the other single-word
 * verbs in the synsets of its most frequent senses, and the verbs those senses imply: what they
 * cause or entail and what they are a way of doing ("kill" causes "die", "murder" is a way to
 * "kill", "buy" a way to "get, acquire"). Two predicates share a concept when either lists the
 * other ("mend" lists "restore": {repair, mend, fix, restore}). Rerun after changing the
 * criteria:
 *
 * <pre>
 * mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.crosscheck.claim.internal.VerbLexiconGenerator \
 *   -Dexec.args=core/src/main/resources/org/crosscheck/claim/verbs-wn31.tsv
 * </pre>
 */
public final class VerbLexiconGenerator {
  /** Rarer senses join too many unrelated verbs ("say" would match "order" and "suppose"). */
  private static final int SENSES_CONSIDERED = 2;

  /**
   * What a sense implies happened too: its effect, what it entails, the broader act it is a way of
   * doing (for the most frequent sense only: "die" in its second sense is a way to "suffer").
   */
  private static final Set<PointerType> IMPLIES = Set.of(PointerType.CAUSE, PointerType.ENTAILMENT, PointerType.HYPERNYM);

  private VerbLexiconGenerator() {}

  /**
   * The words of an implied sense for which it is their most frequent sense: "kill" causes {die,
   * perish, go, pass}, but only "die" and "perish" mostly mean dying.
   */
  private static void addPrimaryWords(Dictionary dictionary, Synset s, String lemma, Set<String> into)
      throws JWNLException {
    for (Word w : s.getWords()) {
      IndexWord word = dictionary.getIndexWord(POS.VERB, w.getLemma());
      if (word != null && !word.getSenses().isEmpty() && word.getSenses().get(0).equals(s)
          && w.getLemma().matches("[a-z][a-z-]*") && !w.getLemma().equals(lemma)) {
        into.add(w.getLemma());
      }
    }
  }

  private static void addWords(Synset s, String lemma, Set<String> into) {
    for (Word w : s.getWords()) {
      if (w.getLemma().matches("[a-z][a-z-]*") && !w.getLemma().equals(lemma)) {
        into.add(w.getLemma());
      }
    }
  }

  public static void main(String[] args) throws JWNLException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "verbs-wn31.tsv");
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Map<String, String> lines = new TreeMap<>();
    Iterator<IndexWord> words = dictionary.getIndexWordIterator(POS.VERB);
    while (words.hasNext()) {
      IndexWord word = words.next();
      String lemma = word.getLemma();
      if (!lemma.matches("[a-z][a-z-]*")) {
        continue;
      }
      Set<String> synonyms = new TreeSet<>();
      Set<String> implied = new TreeSet<>();
      List<Synset> senses = word.getSenses();
      for (Synset s : senses.subList(0, Math.min(SENSES_CONSIDERED, senses.size()))) {
        addWords(s, lemma, synonyms);
        for (Pointer p : s.getPointers()) {
          boolean broader = p.getType() == PointerType.HYPERNYM;
          if (IMPLIES.contains(p.getType()) && (!broader || s == senses.get(0))) {
            addPrimaryWords(dictionary, p.getTargetSynset(), lemma, implied);
          }
        }
      }
      implied.removeAll(synonyms);
      lines.put(lemma, lemma + "\t" + String.join(",", synonyms) + "\t" + String.join(",", implied));
    }
    WordNetTable.write(out, "Verb senses from WordNet 3.1 (Princeton University, WordNet licence), made by "
        + VerbLexiconGenerator.class.getSimpleName() + ": lemma, synonyms from its " + SENSES_CONSIDERED
        + " most frequent senses, verbs those senses cause, entail or are a way of doing", lines.values());
  }
}
