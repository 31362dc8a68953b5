package org.crosscheck.analysis.internal;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.internal.TsvResource;

/**
 * Mends a verb the tagger read as part of the noun compound before it: in "The 5.9-magnitude
 * quake struck Qeshm island" OpenNLP tags "struck" NOUN, and the sentence loses its verb. An
 * irregular verb form that WordNet 3.1 knows as no noun ({@code past-forms-wn31.tsv}: "struck",
 * "began", "fled"; not "shot", "saw" or "left"), tagged a noun right after a noun, with no verb
 * before it in the sentence, is the verb of the noun phrase before it. Stateless.
 */
public final class PastFormTags {
  private static final String RESOURCE = "/org/crosscheck/analysis/past-forms-wn31.tsv";

  private static final Set<String> FORMS = TsvResource.rows(RESOURCE).stream().map(row -> row[0])
      .collect(Collectors.toUnmodifiableSet());

  private PastFormTags() {}

  /**
   * Retags such verb forms VERB, in place.
   *
   * @param words the sentence's words
   * @param tags  their UD tags, as the tagger gave them
   */
  public static void repair(String[] words, String[] tags) {
    for (int i = 1; i < words.length; i++) {
      if (tags[i].equals("VERB") || tags[i].equals("AUX")) {
        return; // the sentence has its verb
      }
      boolean afterNoun = tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN");
      if (tags[i].equals("NOUN") && afterNoun && FORMS.contains(words[i].toLowerCase(Locale.ROOT))) {
        tags[i] = "VERB";
        return;
      }
    }
  }
}
