package org.crosscheck.claim.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Modality;
import org.crosscheck.internal.TsvResource;

/**
 * The word knowledge claim extraction needs: noun classes from WordNet 3.1 (bundled as
 * {@code nouns-wn31.tsv}, see {@code NounLexiconGenerator}) and short closed lists of English
 * function and cue words. Immutable and thread-safe; load it once with {@link #standard()}.
 */
public final class Lexicon {
  private static final String NOUNS_RESOURCE = "/org/crosscheck/claim/nouns-wn31.tsv";

  /** Verbs that report speech or belief: their clausal complement is attributed to their subject. */
  private static final Set<String> REPORTING_VERBS = Set.of(
      "say", "tell", "state", "announce", "report", "claim", "add", "note", "explain", "confirm",
      "insist", "argue", "assert", "declare", "warn", "write", "quote", "indicate", "suggest",
      "acknowledge", "admit", "reveal", "stress", "emphasize", "emphasise", "remark", "reply",
      "respond", "comment", "allege", "predict", "believe", "think", "deny", "tweet", "testify",
      "disclose", "reiterate", "affirm", "maintain", "contend", "recall", "concede", "estimate",
      "voice", "express");

  /**
   * Reporting verbs whose object carries what was said: "voiced concerns about the escalation",
   * "noting the tendency towards escalation". ("Maintains bases" reports nothing.)
   */
  private static final Set<String> EXPRESSION_VERBS = Set.of("voice", "express", "note", "stress",
      "emphasize", "emphasise", "reiterate", "acknowledge", "highlight", "raise", "cite", "warn");

  /** Reporting verbs that deny what they report. */
  private static final Set<String> DENIAL_VERBS = Set.of("deny", "refute", "dismiss", "rebut", "disclaim");

  /** Verbs whose complement did not happen: "failed to implement" means it was not implemented. */
  private static final Set<String> NEGATING_VERBS = Set.of("fail", "refuse", "decline", "neglect");

  /** Verbs that carry little meaning of their own before an event noun: "held talks", "made an offer". */
  private static final Set<String> LIGHT_VERBS = Set.of(
      "hold", "make", "take", "give", "launch", "carry", "conduct", "stage", "mount",
      "deliver", "issue", "undergo", "perform", "pay", "reach", "sign", "file", "lodge");

  /** Light-verb idioms whose noun is not an event noun by itself. */
  private static final Set<String> LIGHT_VERB_IDIOMS = Set.of("take place", "take part", "take office",
      "take power", "take effect", "take control", "take hold", "take aim", "pay tribute", "take charge");

  /** Verbs that only say an event happened: with an event noun as subject, the noun is the claim. */
  private static final Set<String> OCCURRENCE_VERBS = Set.of("happen", "occur", "unfold", "erupt",
      "begin", "start", "end", "continue", "resume", "last", "conclude", "commence");

  private static final Set<String> TEMPORAL_NOUNS = Set.of(
      "time", "day", "week", "month", "year", "decade", "century", "morning", "afternoon",
      "evening", "night", "weekend", "today", "yesterday", "tomorrow", "tonight", "hour", "minute",
      "moment", "period", "era", "season", "spring", "summer", "autumn", "fall", "winter",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "anniversary", "date", "dawn", "noon", "midnight");

  private static final Set<String> TEMPORAL_ADVERBS = Set.of(
      "yesterday", "today", "tomorrow", "tonight", "recently", "earlier", "later", "previously",
      "now", "currently", "then", "soon", "ago", "once", "formerly", "lately", "meanwhile",
      "afterwards", "afterward", "initially", "eventually", "finally");

  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "at", "near", "outside", "inside", "across", "throughout", "within", "into", "onto",
      "off", "along", "around", "from", "to", "toward", "towards", "through");

  /** Prepositions that say where something is, as opposed to where it goes or comes from. */
  private static final Set<String> LOCATIVE_PREPOSITIONS =
      Set.of("in", "at", "across", "throughout", "near", "inside", "within", "outside");

  private static final Set<String> PARTICIPANT_PREPOSITIONS = Set.of("between", "among", "amongst");

  private static final Map<String, Modality> MODAL_AUXILIARIES = Map.of(
      "may", Modality.POSSIBLE, "might", Modality.POSSIBLE, "could", Modality.POSSIBLE,
      "can", Modality.POSSIBLE, "will", Modality.PLANNED, "shall", Modality.PLANNED,
      "would", Modality.PLANNED, "'ll", Modality.PLANNED, "wo", Modality.PLANNED);

  /** Adverbs and adjectives that hedge a claim, and the modality each gives. */
  private static final Map<String, Modality> MODALITY_CUES = Map.ofEntries(
      Map.entry("likely", Modality.LIKELY), Map.entry("probably", Modality.LIKELY),
      Map.entry("probable", Modality.LIKELY), Map.entry("expected", Modality.LIKELY),
      Map.entry("possibly", Modality.POSSIBLE), Map.entry("perhaps", Modality.POSSIBLE),
      Map.entry("maybe", Modality.POSSIBLE), Map.entry("possible", Modality.POSSIBLE),
      Map.entry("potential", Modality.POSSIBLE), Map.entry("potentially", Modality.POSSIBLE),
      Map.entry("reportedly", Modality.REPORTED), Map.entry("allegedly", Modality.REPORTED),
      Map.entry("purportedly", Modality.REPORTED), Map.entry("supposedly", Modality.REPORTED),
      Map.entry("alleged", Modality.REPORTED), Map.entry("reported", Modality.REPORTED),
      Map.entry("planned", Modality.PLANNED), Map.entry("scheduled", Modality.PLANNED),
      Map.entry("upcoming", Modality.PLANNED), Map.entry("proposed", Modality.PLANNED));

  /** Verbs that, governing the claim's verb, say it is planned, likely or only reported. */
  private static final Map<String, Modality> MODAL_VERBS = Map.ofEntries(
      Map.entry("schedule", Modality.PLANNED), Map.entry("plan", Modality.PLANNED),
      Map.entry("intend", Modality.PLANNED), Map.entry("expect", Modality.LIKELY),
      Map.entry("set", Modality.PLANNED), Map.entry("due", Modality.PLANNED),
      Map.entry("seek", Modality.POSSIBLE), Map.entry("hope", Modality.POSSIBLE),
      Map.entry("aim", Modality.POSSIBLE), Map.entry("try", Modality.POSSIBLE),
      Map.entry("attempt", Modality.POSSIBLE), Map.entry("want", Modality.POSSIBLE));

  /** Nouns whose clause is intended, not done: "efforts to mend ties", "readiness to restore". */
  private static final Map<String, Modality> INTENTION_NOUNS = Map.ofEntries(
      Map.entry("effort", Modality.POSSIBLE), Map.entry("attempt", Modality.POSSIBLE),
      Map.entry("bid", Modality.POSSIBLE), Map.entry("push", Modality.POSSIBLE),
      Map.entry("readiness", Modality.POSSIBLE), Map.entry("willingness", Modality.POSSIBLE),
      Map.entry("intention", Modality.POSSIBLE), Map.entry("interest", Modality.POSSIBLE),
      Map.entry("offer", Modality.POSSIBLE), Map.entry("call", Modality.POSSIBLE),
      Map.entry("plan", Modality.PLANNED), Map.entry("proposal", Modality.PLANNED),
      Map.entry("decision", Modality.PLANNED), Map.entry("agreement", Modality.PLANNED));

  private static final Lexicon STANDARD = load();

  private final Map<String, NounClass> nouns;
  private final Map<String, String> derivedVerbs;
  /**
   * Event nouns whose first sense is filed as an event ("fire", "earthquake") or as an act named
   * after a verb ("shooting", "acquisition"; not "job", "career", "film").
   */
  private final Set<String> happenings;
  /** Event nouns' first sense, named by its synset's first word where that is another: "quake" gives "earthquake". */
  private final Map<String, String> synsets;

  private Lexicon(Map<String, NounClass> nouns, Map<String, String> derivedVerbs, Set<String> happenings,
      Map<String, String> synsets) {
    this.nouns = Map.copyOf(nouns);
    this.derivedVerbs = Map.copyOf(derivedVerbs);
    this.happenings = Set.copyOf(happenings);
    this.synsets = Map.copyOf(synsets);
  }

  public static Lexicon standard() {
    return STANDARD;
  }

  /** The WordNet class of a common noun's most frequent sense, as far as claims care. */
  public enum NounClass { EVENT, PERSON }

  public boolean isEventNoun(String lemma) {
    return nouns.get(key(lemma)) == NounClass.EVENT;
  }

  public boolean isPersonNoun(String lemma) {
    return nouns.get(key(lemma)) == NounClass.PERSON;
  }

  /**
   * Whether an event noun's most used sense is something that happens: an event ("earthquake",
   * "fire") or an act named after its verb ("shooting", "acquisition"); not an activity without
   * a verb ("job", "career"), a work or message ("film", "announcement") or a process
   * ("electricity").
   */
  public boolean isHappeningNoun(String lemma) {
    return happenings.contains(key(lemma));
  }

  /**
   * The synset of an event noun's most used sense, shared by its synonyms ("quake" and "temblor"
   * give "earthquake", as does "earthquake"), or the empty string for other words.
   */
  public String nounSynset(String lemma) {
    String key = key(lemma);
    return synsets.getOrDefault(key, isEventNoun(key) ? key : "");
  }

  /** The verb an event noun derives from ("restoration" gives "restore"), or the empty string. */
  public String derivedVerb(String nounLemma) {
    return derivedVerbs.getOrDefault(key(nounLemma), "");
  }

  public boolean isReportingVerb(String lemma) {
    return REPORTING_VERBS.contains(key(lemma)) || DENIAL_VERBS.contains(key(lemma));
  }

  public boolean isExpressionVerb(String lemma) {
    return EXPRESSION_VERBS.contains(key(lemma));
  }

  public boolean isDenialVerb(String lemma) {
    return DENIAL_VERBS.contains(key(lemma));
  }

  public boolean isNegatingVerb(String lemma) {
    return NEGATING_VERBS.contains(key(lemma));
  }

  public boolean isLightVerb(String lemma) {
    return LIGHT_VERBS.contains(key(lemma));
  }

  public boolean isLightVerbIdiom(String verbLemma, String nounLemma) {
    return LIGHT_VERB_IDIOMS.contains(key(verbLemma) + " " + key(nounLemma));
  }

  public boolean isOccurrenceVerb(String lemma) {
    return OCCURRENCE_VERBS.contains(key(lemma));
  }

  public boolean isTemporalNoun(String lemma) {
    return TEMPORAL_NOUNS.contains(key(lemma));
  }

  public boolean isTemporalAdverb(String lemma) {
    return TEMPORAL_ADVERBS.contains(key(lemma));
  }

  public boolean isPlacePreposition(String word) {
    return PLACE_PREPOSITIONS.contains(key(word));
  }

  public boolean isLocativePreposition(String word) {
    return LOCATIVE_PREPOSITIONS.contains(key(word));
  }

  public boolean isParticipantPreposition(String word) {
    return PARTICIPANT_PREPOSITIONS.contains(key(word));
  }

  public Modality modalAuxiliary(String lemma) {
    return MODAL_AUXILIARIES.getOrDefault(key(lemma), Modality.ASSERTED);
  }

  public Modality modalityCue(String lemma) {
    return MODALITY_CUES.getOrDefault(key(lemma), Modality.ASSERTED);
  }

  public Modality modalVerb(String lemma) {
    return MODAL_VERBS.getOrDefault(key(lemma), Modality.ASSERTED);
  }

  public Modality intentionNoun(String lemma) {
    return INTENTION_NOUNS.getOrDefault(key(lemma), Modality.ASSERTED);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static Lexicon load() {
    Map<String, NounClass> nouns = new HashMap<>();
    Map<String, String> verbs = new HashMap<>();
    Set<String> happenings = new HashSet<>();
    Map<String, String> synsets = new HashMap<>();
    for (String[] cols : TsvResource.rows(NOUNS_RESOURCE)) {
      nouns.put(cols[0], NounClass.valueOf(cols[1]));
      if (cols.length > 2 && !cols[2].isEmpty()) {
        verbs.put(cols[0], cols[2]);
      }
      if (cols.length > 4) { // lemma, EVENT, verb, first sense's file, its synset
        if (cols[3].equals("event") || (cols[3].equals("act") && !cols[2].isEmpty())) {
          happenings.add(cols[0]);
        }
        if (!cols[4].isEmpty()) {
          synsets.put(cols[0], cols[4]);
        }
      }
    }
    return new Lexicon(nouns, verbs, happenings, synsets);
  }
}
