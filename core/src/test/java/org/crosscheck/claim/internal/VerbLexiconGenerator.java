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
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code verbs-wn31.tsv}: for each single-word verb of WordNet 3.1, the other single-word
 * verbs in the synsets of its most frequent senses. Two predicates share a concept when either
 * lists the other ("mend" lists "restore": {repair, mend, fix, restore}). Rerun after changing
 * the criteria:
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

  private VerbLexiconGenerator() {}

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
      List<Synset> senses = word.getSenses();
      for (Synset s : senses.subList(0, Math.min(SENSES_CONSIDERED, senses.size()))) {
        for (Word w : s.getWords()) {
          if (w.getLemma().matches("[a-z][a-z-]*") && !w.getLemma().equals(lemma)) {
            synonyms.add(w.getLemma());
          }
        }
      }
      lines.put(lemma, lemma + "\t" + String.join(",", synonyms));
    }
    WordNetTable.write(out, "Verb senses from WordNet 3.1 (Princeton University, WordNet licence), made by "
        + VerbLexiconGenerator.class.getSimpleName() + ": lemma, synonyms from its " + SENSES_CONSIDERED
        + " most frequent senses", lines.values());
  }
}
