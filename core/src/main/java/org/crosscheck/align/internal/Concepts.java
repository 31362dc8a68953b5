package org.crosscheck.align.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.claim.internal.Lexicon;
import org.crosscheck.internal.TsvResource;

/**
 * Predicate concepts: the keys under which two predicates count as the same kind of event.
 * "restoration" derives from "restore", which "mend" lists as a synonym, so all three share the
 * key "restore". From WordNet 3.1 ({@code verbs-wn31.tsv}, see {@code VerbLexiconGenerator}, and
 * the noun lexicon's derived verbs). Immutable and thread-safe.
 */
public final class Concepts {
  private static final String VERBS_RESOURCE = "/org/crosscheck/claim/verbs-wn31.tsv";
  private static final Concepts STANDARD = load(Lexicon.standard());

  /**
   * Each verb's WordNet synonyms and the verbs it implies, directly or through one verb it implies
   * ("murder" is a way to "kill", which causes "die"), as one set.
   */
  private final Map<String, Set<String>> related;
  /** Every single-word verb WordNet knows. */
  private final Set<String> verbs;
  private final Lexicon lexicon;

  private Concepts(Map<String, Set<String>> related, Set<String> verbs, Lexicon lexicon) {
    this.related = Map.copyOf(related);
    this.verbs = Set.copyOf(verbs);
    this.lexicon = lexicon;
  }

  public static Concepts standard() {
    return STANDARD;
  }

  /**
   * The concept keys of a claim's predicate lemma: the verb it is or derives from, that verb's
   * WordNet synonyms and the verbs it implies. "hold talk" is keyed by the talk, "find dead" by
   * finding.
   */
  public Set<String> keys(String lemma) {
    String content = contentWord(lemma.toLowerCase(Locale.ROOT));
    String verb = lexicon.derivedVerb(content);
    if (verb.isEmpty()) {
      verb = content;
    }
    Set<String> keys = new TreeSet<>();
    keys.add(content);
    keys.add(verb);
    keys.addAll(related.getOrDefault(verb, Set.of()));
    String synset = lexicon.nounSynset(content);
    if (!synset.isEmpty()) {
      keys.add("synset:" + synset);
    }
    return keys;
  }

  /**
   * Whether two predicate lemmas name one event in other words: the same word, synonymous event
   * nouns ("earthquake", "quake", "temblor": one WordNet synset as their most used sense), or an
   * event noun and the verb it derives from ("acquisition", "acquire").
   */
  public boolean sameWord(String lemmaA, String lemmaB) {
    if (lemmaA.equals(lemmaB)) {
      return true;
    }
    String a = contentWord(lemmaA.toLowerCase(Locale.ROOT));
    String b = contentWord(lemmaB.toLowerCase(Locale.ROOT));
    String synset = lexicon.nounSynset(a);
    boolean synonyms = !synset.isEmpty() && synset.equals(lexicon.nounSynset(b));
    return a.equals(b) || synonyms || a.equals(lexicon.derivedVerb(b)) || b.equals(lexicon.derivedVerb(a));
  }

  /**
   * Whether two predicate lemmas name the same kind of event: the same word, words derived from
   * the same verb ("restoration", "restore"), or verbs one of which lists the other as a synonym
   * ("mend" lists "restore") or as what it implies ("kill" causes "die", so a killing and a death
   * are one event told from two sides; "murder" is a way to "kill"), or synonymous event nouns
   * ({@link #sameWord}). Sharing a third verb is not enough: "depict" and "express" both list
   * "show".
   */
  public boolean related(String lemmaA, String lemmaB) {
    return verb(lemmaA).isRelated(verb(lemmaB)) || sameWord(lemmaA, lemmaB);
  }

  /**
   * A verb with the verbs it is related to: its WordNet synonyms and the verbs it implies.
   *
   * @param word    the verb
   * @param related its synonyms and the verbs it implies
   */
  public record Verb(String word, Set<String> related) {
    /** Whether the two verbs are one, or one lists the other (see {@link Concepts#related}). */
    public boolean isRelated(Verb other) {
      return word.equals(other.word) || related.contains(other.word) || other.related.contains(word);
    }
  }

  /** The verb a predicate lemma is or derives from ({@link #verbOf}), with the verbs related to it. */
  public Verb verb(String lemma) {
    String verb = verbOf(lemma);
    return new Verb(verb, related.getOrDefault(verb, Set.of()));
  }

  /**
   * Whether a predicate lemma names an event WordNet knows, a verb ("die") or an event noun
   * ("earthquake"), rather than a name read as a predicate ("Russia").
   */
  public boolean namesEvent(String lemma) {
    String content = contentWord(lemma.toLowerCase(Locale.ROOT));
    return verbs.contains(verbOf(lemma)) || lexicon.isEventNoun(content);
  }

  /** The verb a predicate lemma is or derives from: "restoration" gives "restore", "hold meeting" "meet". */
  public String verbOf(String lemma) {
    String content = contentWord(lemma.toLowerCase(Locale.ROOT));
    String verb = lexicon.derivedVerb(content);
    return verb.isEmpty() ? content : verb;
  }

  /**
   * The word a predicate lemma is about: "hold talk" is about the talk and "take place" about
   * nothing more than occurrence; "find dead" states a death ({@link #RESULT_STATES}), "find
   * safe" a finding. A lemma that is no WordNet word is read as the verb it misspells ({@link
   * #repaired}).
   */
  private String contentWord(String lemma) {
    String event = RESULT_STATES.get(lemma);
    if (event != null) {
      return event;
    }
    int space = lemma.indexOf(' ');
    if (space < 0) {
      return repaired(lemma);
    }
    String verb = lemma.substring(0, space);
    String rest = lemma.substring(space + 1);
    return lexicon.isEventNoun(rest) ? rest : verb;
  }

  /**
   * Predicates that report an event by the state it left: whoever is found, left, declared or
   * pronounced dead, or is dead, has died; whoever is found or declared guilty is convicted
   * (WordNet 3.1 defines "convict" as "find or declare guilty", and "dead" as "no longer having
   * ... life", which "die" ends).
   */
  private static final Map<String, String> RESULT_STATES = Map.ofEntries(
      Map.entry("dead", "die"), Map.entry("find dead", "die"), Map.entry("leave dead", "die"),
      Map.entry("declare dead", "die"), Map.entry("pronounce dead", "die"), Map.entry("confirm dead", "die"),
      Map.entry("find guilty", "convict"), Map.entry("declare guilty", "convict"),
      Map.entry("pronounce guilty", "convict"));

  /**
   * The WordNet verb a word that is neither a WordNet verb nor an event noun inflects, read the way
   * WordNet's morphology reads inflections ("injuring" is "injure", "bombed" "bomb", "gunned"
   * "gun", "damaged" "damage"); the word itself when none of these is a verb. A time of day
   * ("evening") is not a verb's form.
   */
  private String repaired(String word) {
    if (verbs.contains(word) || lexicon.isEventNoun(word) || lexicon.isTemporalNoun(word)) {
      return word;
    }
    List<String> candidates = new ArrayList<>();
    for (String suffix : List.of("ing", "ed")) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        String stem = word.substring(0, word.length() - suffix.length());
        candidates.addAll(List.of(stem + "e", stem));
        if (stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          candidates.add(stem.substring(0, stem.length() - 1)); // "gunned", "stopping"
        }
      }
    }
    return candidates.stream().filter(verbs::contains).findFirst().orElse(word);
  }

  /**
   * Loads each verb's synonyms and the verbs it implies, and the verbs those imply in turn:
   * implying is transitive ("murder" is a way to "kill", which causes "die", so a murder is a
   * death); synonyms of synonyms are not ("depict" and "express" both list "show").
   */
  private static Concepts load(Lexicon lexicon) {
    Map<String, List<String>> synonyms = new HashMap<>();
    Map<String, List<String>> implied = new HashMap<>();
    for (String[] cols : TsvResource.rows(VERBS_RESOURCE)) {
      synonyms.put(cols[0], words(cols, 1));
      implied.put(cols[0], words(cols, 2));
    }
    Map<String, Set<String>> related = new HashMap<>();
    synonyms.forEach((verb, same) -> {
      Set<String> others = new HashSet<>(same);
      for (String next : implied.get(verb)) {
        others.add(next);
        others.addAll(implied.getOrDefault(next, List.of()));
      }
      others.remove(verb);
      if (!others.isEmpty()) {
        related.put(verb, Set.copyOf(others));
      }
    });
    return new Concepts(related, synonyms.keySet(), lexicon);
  }

  /** The comma-separated words of column {@code c}, none when the row has no such column. */
  private static List<String> words(String[] cols, int c) {
    return c < cols.length && !cols[c].isEmpty() ? List.of(cols[c].split(",")) : List.of();
  }
}
