package org.crosscheck.claim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code analysis/past-forms-wn31.tsv}: the irregular forms of WordNet 3.1's verbs
 * ("struck", "began", "fled") that WordNet knows as no noun, with the verb each inflects. Such a
 * word tagged as a noun is a tagging error ({@code org.crosscheck.analysis.internal.PastFormTags}).
 * Rerun after changing the criteria:
 *
 * <pre>
 * mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.crosscheck.claim.internal.PastFormGenerator \
 *   -Dexec.args=core/src/main/resources/org/crosscheck/analysis/past-forms-wn31.tsv
 * </pre>
 */
public final class PastFormGenerator {
  private PastFormGenerator() {}

  public static void main(String[] args) throws JWNLException, IOException {
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Map<String, String> rows = new TreeMap<>();
    for (var forms = dictionary.getExceptionIterator(POS.VERB); forms.hasNext(); ) {
      Exc exc = forms.next();
      String form = exc.getLemma();
      String verb = exc.getExceptions().get(0);
      // single words only, not the "-ing" or "-s" forms, and none that is also a noun ("shot", "saw")
      boolean past = form.matches("[a-z]+") && !form.endsWith("ing") && !form.endsWith("s") && !form.equals(verb);
      if (past && dictionary.getIndexWord(POS.NOUN, form) == null) {
        rows.put(form, form + "\t" + verb);
      }
    }
    WordNetTable.write(Path.of(args.length > 0 ? args[0] : "past-forms-wn31.tsv"),
        "Irregular verb forms from WordNet 3.1 (Princeton University, WordNet licence) that are no noun, made by "
            + PastFormGenerator.class.getSimpleName() + ": form, verb", rows.values());
  }
}
