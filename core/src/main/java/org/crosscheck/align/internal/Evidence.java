package org.crosscheck.align.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.TimeResolver;
import org.crosscheck.claim.internal.Lexicon;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.EntityResolver;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.TimeSpan;
import org.crosscheck.normalize.internal.QuantityParser;
import org.crosscheck.normalize.internal.TimeExpressionParser;

/**
 * When two claims from different sources speak of the same fact. They must share a predicate
 * concept; then each kind of agreement adds a point: the same predicate word (or a synonymous
 * event noun, or an event noun and its verb: "quake" and "earthquake", "acquisition" and
 * "acquire"), each shared entity
 * (at most two), a shared place, a compatible time, a shared content word. Two points align them.
 * Claims whose times or places differ are about different events that look alike (two meetings a
 * year apart), unless everything else agrees strongly, in which case the judge may call the
 * difference a conflict. Immutable and thread-safe.
 */
public final class Evidence {
  /** The score from which two claims state the same fact. */
  public static final int ALIGNED = 2;
  /** The score from which two claims that differ in one respect are one fact misreported. */
  public static final int STRONG = 3;
  /** Dates further apart than this are different events, however alike. */
  private static final long SAME_EVENT_DAYS = 7;
  /** Any date in a year of 365 days away from its ends: dates without a year are read in it. */
  private static final LocalDate COMMON_REFERENCE = LocalDate.of(2001, 7, 1);

  private final Lexicon lexicon = Lexicon.standard();
  private final Concepts concepts;
  private final TimeResolver times;

  private final EntityResolver entities;

  private final Differences differences;

  /** Evidence that reads names with the standard alias table. */
  public Evidence(Concepts concepts, TimeResolver times) {
    this(concepts, times, LexicalEntityResolver.standard());
  }

  /** Evidence that reads names the way {@code entities} does (a changed name in an edited copy). */
  public Evidence(Concepts concepts, TimeResolver times, EntityResolver entities) {
    this.concepts = concepts;
    this.times = times;
    this.entities = entities;
    this.differences = new Differences(this);
  }

  EntityResolver entities() {
    return entities;
  }

  public Differences differences() {
    return differences;
  }

  /**
   * What a claim is filed under in the index of claims to compare: each of its concepts with each
   * of its anchors. Claims filed under one concept and one anchor are compared.
   *
   * @param concepts its predicate concepts; "role" for a title
   * @param anchors  what it names: entities, places, time, content words, units; a title's names
   */
  public record Filing(List<String> concepts, Set<String> anchors) {
    /** Whether it is filed under nothing. */
    public boolean isEmpty() {
      return concepts.isEmpty() || anchors.isEmpty();
    }
  }

  /** Where a claim is filed in the index; nowhere when it cannot align. */
  public Filing filing(ClaimFacts f) {
    if (f.claim().kind() == ClaimKind.ROLE) {
      return new Filing(List.of("role"), names(f.actors(Role.AGENT))); // one person's titles
    }
    if (!isAlignable(f)) {
      return new Filing(List.of(), Set.of());
    }
    return new Filing(List.copyOf(f.concepts()), anchors(f));
  }

  /**
   * The anchors that bring a claim together with its edited copies (see {@link
   * #sameSentenceEdited}), however little else it names ("The offer is believed to be ..."): one
   * edit leaves its sentence's start or end as it was, and a short sentence's copy has the same
   * lead. Claims sharing one are compared when they share a concept too. Bare reports ("the two
   * men said in a statement") have these anchors only: who said it is all they state. Kept apart
   * from {@link #filing}, which decides whether a claim is compared within its story at all.
   */
  public Set<String> copyAnchors(ClaimFacts f) {
    if (f.claim().kind() == ClaimKind.ROLE) {
      return Set.of();
    }
    String s = f.claim().evidenceText();
    Set<String> out = new HashSet<>();
    if (s.length() >= COPY_ANCHOR_LENGTH) {
      out.add("opens:" + s.substring(0, COPY_ANCHOR_LENGTH));
      out.add("closes:" + s.substring(s.length() - COPY_ANCHOR_LENGTH));
    }
    if (s.length() < EDITED_MIN_LENGTH && f.lead().length() == ClaimFacts.LEAD_LENGTH) {
      out.add("after:" + f.lead());
    }
    return out;
  }

  /**
   * Whether a claim states an event that claims of other sources can state too: not a title, nor a
   * bare "police said", which carries no fact of its own to compare.
   */
  public boolean isAlignable(ClaimFacts f) {
    return f.claim().kind() != ClaimKind.ROLE && !isBareReport(f.claim()) && !f.concepts().isEmpty();
  }

  /** "Police said", "the two men said in a statement": a report without what was said. */
  private boolean isBareReport(Claim c) {
    return isReport(c) && c.object().isEmpty();
  }

  /** Whether the word is a common noun for a person ("investigator", "officer"). */
  boolean isPersonNoun(String word) {
    return lexicon.isPersonNoun(word);
  }

  /** Whether the claim reports speech ("Meyer confirmed the news"): then its agent is who speaks. */
  public boolean isReport(Claim c) {
    return lexicon.isReportingVerb(c.lemma());
  }

  private static Set<String> anchors(ClaimFacts f) {
    Set<String> out = new HashSet<>(entityKeys(f));
    f.places().forEach(p -> out.add("place:" + p.key()));
    timeKey(f).ifPresent(out::add);
    f.contentWords().forEach(w -> out.add("word:" + w));
    // "crowd of 22, 000" names nothing else
    f.quantities().values().forEach(amounts -> amounts.forEach(q -> out.add("amount:" + q.unit()))); // "crowd of 22, 000" names nothing else
    return out;
  }

  /** How many characters of a sentence's start and end file it for its edited copies. */
  private static final int COPY_ANCHOR_LENGTH = 12;

  private static java.util.Optional<String> timeKey(ClaimFacts f) {
    if (f.time().isPresent()) {
      return java.util.Optional.of("time:" + f.time().get().start().getYear());
    }
    return f.timeText().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("time:" + f.timeText());
  }

  /**
   * The named entities a claim speaks of, and apart from them those it is attributed to: who
   * said something is not what it is about ("Assad said this is my first visit" does not share
   * Assad with "Assad's visit to Russia").
   */
  static Set<String> entityKeys(ClaimFacts f) {
    Set<String> out = new HashSet<>();
    f.actors().forEach((role, es) -> {
      for (String key : names(es)) {
        out.add((role == Role.SPEAKER ? "speaker:" : "entity:") + key);
      }
    });
    return out;
  }

  /**
   * Whether a claim is compared with its story's claims of the same kind of event even when it
   * names nothing to file it under: an event ("has died" read without its subject), not a name
   * misread as a predicate ("Russia").
   */
  public boolean isStoryEvent(ClaimFacts f) {
    return isAlignable(f) && concepts.namesEvent(f.claim().lemma());
  }

  /**
   * What {@link #score} and {@link #mustStayApart} read of one claim alone, worked out once: an
   * aligner compares each claim with many others.
   *
   * @param facts           the claim's facts
   * @param verb            the verb its predicate is or derives from ({@link Concepts#verb})
   * @param entityKeys      the entities it speaks of and is attributed to ({@link #entityKeys})
   * @param agentNames      the named entities of its agent
   * @param participants    who took part, its speaker left out ({@link #participants})
   * @param placeKeys       the keys of its places
   * @param reportedWording the words it credits to someone ({@link #reportedWording})
   */
  public record Profile(ClaimFacts facts, Concepts.Verb verb, Set<String> entityKeys, Set<String> agentNames,
      Set<String> participants, Set<String> placeKeys, Optional<String> reportedWording) {}

  /** The claim's profile, for comparing it with many others. */
  public Profile profile(ClaimFacts f) {
    return new Profile(f, concepts.verb(f.claim().lemma()), Set.copyOf(entityKeys(f)),
        Set.copyOf(names(f.actors(Role.AGENT))), Set.copyOf(participants(f)), Set.copyOf(keys(f.places())),
        reportedWording(f.claim()));
  }

  /** How much two claims agree on; 0 when their predicates are not the same kind of event. */
  public int score(ClaimFacts a, ClaimFacts b) {
    return score(profile(a), profile(b));
  }

  /** {@link #score(ClaimFacts, ClaimFacts)} of two claims' profiles. */
  public int score(Profile p, Profile q) {
    ClaimFacts a = p.facts();
    ClaimFacts b = q.facts();
    boolean roleA = a.claim().kind() == ClaimKind.ROLE;
    if (roleA != (b.claim().kind() == ClaimKind.ROLE)) {
      return 0;
    }
    if (roleA) {
      return disjoint(p.agentNames(), q.agentNames()) ? 0 : ALIGNED;
    }
    boolean sameWord = concepts.sameWord(a.claim().lemma(), b.claim().lemma());
    if (!sameWord && !p.verb().isRelated(q.verb())) {
      return 0; // not the same kind of event (Concepts.related, with the verbs looked up once)
    }
    boolean edited = sameSentenceEdited(a, b);
    if ((isBareReport(a.claim()) || isBareReport(b.claim()))
        && (!edited || a.claim().evidenceText().equals(b.claim().evidenceText()))) {
      return 0; // "police said" states only who said it: worth comparing only where a copy changed that
    }
    int score = sameWord ? 1 : 0;
    if (edited) {
      score += STRONG; // as strong as evidence gets, and merged before the rest
    }
    List<String> shared = p.entityKeys().stream().filter(q.entityKeys()::contains).toList();
    score += Math.min(2, shared.size());
    if (sharePlace(p, q)) {
      score++;
    }
    if (timesMatch(a, b) == TimeMatch.SAME) {
      score++;
    }
    if (shareWordBesides(a.contentWords(), b.contentWords(), shared)) {
      score++;
    }
    if (sameReportedWords(p, q)) {
      score++;
    }
    return score;
  }

  /**
   * Whether the story point may make up for the second point two claims lack (they share one
   * thing: their predicate word, or one name). Not when each says what its event was about: two
   * things said of one kind of event that share nothing else are two facts of the story ("the
   * gathering marked a significant moment", "which marked the anniversary"), whereas a claim that
   * says no more than its event ("the earthquake", "relations were severed") can only be the
   * story's.
   */
  public boolean storyMayAlign(Profile p, Profile q) {
    return !(saysWhatOf(p.facts().claim()) && saysWhatOf(q.facts().claim()));
  }

  /** Whether a claim says what or whom its event concerns, besides who, when, where and who said it. */
  private static boolean saysWhatOf(Claim c) {
    return c.arguments().stream().map(Argument::role).anyMatch(r -> !NOT_WHAT_OF.contains(r));
  }

  private static final Set<Role> NOT_WHAT_OF =
      Set.of(Role.AGENT, Role.PARTICIPANTS, Role.TIME, Role.PLACE, Role.SPEAKER);

  /** Whether the two sets share a word that is not part of one of these entity keys. */
  private static boolean shareWordBesides(Set<String> x, Set<String> y, List<String> entityKeys) {
    if (y.isEmpty()) {
      return false;
    }
    for (String w : x) {
      if (y.contains(w) && entityKeys.stream().noneMatch(k -> k.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Both credit someone with the same words: reported speech is reproduced word for word, so two
   * reports of one wording report one utterance, whoever they credit it to.
   */
  private static boolean sameReportedWords(Profile p, Profile q) {
    return p.reportedWording().isPresent() && p.reportedWording().equals(q.reportedWording());
  }

  /**
   * The words a claim credits to someone: its predicate and arguments without who says them (its
   * speaker, or the agent of a report: "Meyer confirmed the news"); empty when it credits no one.
   */
  private Optional<String> reportedWording(Claim c) {
    boolean report = isReport(c);
    if (c.speaker().isEmpty() && !(report && c.argument(Role.AGENT).isPresent())) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(c.predicate().text());
    for (Argument a : c.arguments()) {
      if (a.role() != Role.SPEAKER && !(report && a.role() == Role.AGENT)) {
        out.append('|').append(a.marker()).append(' ').append(a.text());
      }
    }
    return Optional.of(out.toString().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether two claims describe different events, whatever else they share: disjoint dates or
   * places, unless they agree on all else strongly enough to be one event misreported.
   */
  public boolean mustStayApart(ClaimFacts a, ClaimFacts b, int bonus) {
    return mustStayApart(profile(a), profile(b), bonus);
  }

  /** {@link #mustStayApart(ClaimFacts, ClaimFacts, int)} of two claims' profiles. */
  public boolean mustStayApart(Profile p, Profile q, int bonus) {
    ClaimFacts a = p.facts();
    ClaimFacts b = q.facts();
    if (a.claim().kind() == ClaimKind.ROLE || b.claim().kind() == ClaimKind.ROLE) {
      return a.claim().kind() != b.claim().kind() || disjoint(p.agentNames(), q.agentNames());
    }
    boolean edited = sameSentenceEdited(a, b);
    if (timesMatch(a, b) == TimeMatch.FAR_APART && !edited) {
      return true;
    }
    List<Difference> found = differences.between(a, b);
    boolean partiesCounted = found.stream().anyMatch(d -> d.kind() == Difference.Kind.PARTICIPANTS);
    // an edited copy names its parties as its sentence does, however the parse grouped the names
    boolean speakersCounted = found.stream().anyMatch(d -> d.kind() == Difference.Kind.SPEAKER);
    int count = found.size() + (!edited && participantsDisjoint(p, q) && !partiesCounted ? 1 : 0)
        + (!edited && !speakersCounted && differences.otherPeopleSay(a, b) ? 1 : 0);
    if (count == 0) {
      return false;
    }
    if (count > 1 || Differences.factual(a) != Differences.factual(b)) {
      return true; // a possible meeting in August is not the meeting that took place
    }
    if (edited) {
      return false; // one sentence, one thing changed: one fact misreported
    }
    if (bonus == 0 && !sameReportedWords(p, q)) {
      return true; // a conflict needs two reports of one story, not two stories' look-alike events
    }
    return score(p, q) + bonus < STRONG;
  }

  /** Sentences shorter than this are too short to tell a copy from a coincidence ("Three killed"). */
  private static final int EDITED_MIN_LENGTH = 40;
  /** The longest passage an edited copy may change: a name, a number, a date, a negation. */
  private static final int EDITED_MAX_CHANGE = 30;

  /**
   * Whether two claims are one claim of one sentence written twice with a short passage
   * changed, the way a rewrite edits wire copy: the sentences are alike but for at most {@value
   * #EDITED_MAX_CHANGE} characters in one place (and that a quarter of the sentence at most), and
   * the predicate stands at the same place in the part they share. Such claims state one fact
   * however little else they name ("she hosted in 2007"), and whatever the change says. A
   * sentence too short to tell a copy from a coincidence ("She survived the attack") is a copy
   * when the text before it is the same too: then the passage is compared, sentence and lead.
   */
  static boolean sameSentenceEdited(ClaimFacts a, ClaimFacts b) {
    String x = a.claim().evidenceText();
    String y = b.claim().evidenceText();
    int atX = a.claim().predicate().span().begin() - a.claim().evidence().begin();
    int atY = b.claim().predicate().span().begin() - b.claim().evidence().begin();
    if (Math.min(x.length(), y.length()) < EDITED_MIN_LENGTH && a.lead().length() == ClaimFacts.LEAD_LENGTH
        && a.lead().equals(b.lead())) {
      x = a.lead() + x;
      y = b.lead() + y;
      atX += ClaimFacts.LEAD_LENGTH;
      atY += ClaimFacts.LEAD_LENGTH;
    }
    int shorter = Math.min(x.length(), y.length());
    if (shorter < EDITED_MIN_LENGTH || Math.abs(x.length() - y.length()) > EDITED_MAX_CHANGE) {
      return false;
    }
    SharedEnds shared = SharedEnds.of(x, y);
    int prefix = shared.prefix();
    int suffix = shared.suffix();
    int changed = Math.max(x.length(), y.length()) - prefix - suffix;
    if (changed > Math.min(EDITED_MAX_CHANGE, shorter / 4)) {
      return false;
    }
    boolean sameFromStart = atX == atY && atX <= prefix;
    boolean sameFromEnd = x.length() - atX == y.length() - atY && x.length() - atX <= suffix;
    return sameFromStart || sameFromEnd;
  }

  /** How many characters two texts share at their start, and then (not overlapping) at their end. */
  record SharedEnds(int prefix, int suffix) {
    static SharedEnds of(String x, String y) {
      int shorter = Math.min(x.length(), y.length());
      int prefix = 0;
      while (prefix < shorter && x.charAt(prefix) == y.charAt(prefix)) {
        prefix++;
      }
      int suffix = 0;
      while (suffix < shorter - prefix && x.charAt(x.length() - 1 - suffix) == y.charAt(y.length() - 1 - suffix)) {
        suffix++;
      }
      return new SharedEnds(prefix, suffix);
    }
  }

  /**
   * Both name who took part, and no one in common: two different meetings, not one misreported.
   * Who reports something ("Meyer confirmed the news") is its speaker, not a participant.
   */
  private static boolean participantsDisjoint(Profile p, Profile q) {
    return !p.participants().isEmpty() && !q.participants().isEmpty() && disjoint(p.participants(), q.participants());
  }

  private Set<String> participants(ClaimFacts f) {
    Set<String> out = new HashSet<>();
    for (Role r : List.of(Role.AGENT, Role.PATIENT, Role.PARTICIPANTS)) {
      if (r != Role.AGENT || !isReport(f.claim())) {
        out.addAll(f.names(r));
      }
    }
    return out;
  }

  /** Words that the resolver may take for names but that name no one: pronouns, months, weekdays. */
  private static final Set<String> NOT_NAMES = Set.of("i", "we", "you", "he", "she", "it", "they",
      "this", "that", "these", "those", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  /**
   * A name or known entity, not a description ("words:two countries"), a pronoun, or a number
   * capitalised at the start of a sentence ("Two jurors spoke": an amount, not a party).
   */
  public static boolean isNamed(Entity e) {
    return !e.key().startsWith("words:") && !e.label().isEmpty()
        && Character.isUpperCase(e.label().codePointAt(0))
        && !NOT_NAMES.contains(e.label().toLowerCase(java.util.Locale.ROOT))
        && !QuantityParser.isNumberWord(e.label());
  }

  /** Keys of the named entities among these: descriptions ("the two countries") do not count. */
  public static Set<String> names(List<Entity> entities) {
    Set<String> out = new java.util.TreeSet<>();
    for (Entity e : entities) {
      if (isNamed(e)) {
        out.add(e.key());
      }
    }
    return out;
  }

  public static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  /**
   * Whether one claim's place lies within the other's: "in Moscow" and "in Russia" share a
   * place, "in Moscow" and "in Kazan" do not, though both lie in Russia.
   */
  static boolean sharePlace(ClaimFacts a, ClaimFacts b) {
    return !a.places().isEmpty() && !b.places().isEmpty()
        && (keys(b.places()).contains(a.places().get(0).key()) || keys(a.places()).contains(b.places().get(0).key()));
  }

  private static boolean sharePlace(Profile p, Profile q) {
    List<Entity> x = p.facts().places();
    List<Entity> y = q.facts().places();
    return !x.isEmpty() && !y.isEmpty()
        && (q.placeKeys().contains(x.get(0).key()) || p.placeKeys().contains(y.get(0).key()));
  }

  private static Set<String> keys(List<Entity> places) {
    Set<String> out = new HashSet<>();
    places.forEach(p -> out.add(p.key()));
    return out;
  }

  public static boolean placesDisjoint(ClaimFacts a, ClaimFacts b) {
    return !a.places().isEmpty() && !b.places().isEmpty() && !sharePlace(a, b);
  }

  /** How two claims' times compare, as far as they can be resolved. */
  public enum TimeMatch { SAME, COMPATIBLE, UNKNOWN, DIFFERENT, FAR_APART }

  /**
   * Compares times; a date without a year ("15 March") is read against the other claim's full
   * date, the way a reader would, which makes it the same day or a different one.
   */
  public TimeMatch timesMatch(ClaimFacts a, ClaimFacts b) {
    // only a date in figures ("15 March") takes its year from the other report; "Wednesday" does not
    Optional<TimeSpan> x = a.time();
    Optional<TimeSpan> y = b.time();
    if (x.isEmpty() && y.isPresent() && a.hasDateInFigures()) {
      x = times.resolve(a.timeText(), Optional.of(y.get().start()));
    } else if (y.isEmpty() && x.isPresent() && b.hasDateInFigures()) {
      y = times.resolve(b.timeText(), Optional.of(x.get().start()));
    }
    if (x.isPresent() && y.isPresent()) {
      // nesting counts only between times each article fixed itself ("15 March" is not in "2023" by fiat)
      return compare(x.get(), y.get(), a.time().isPresent() && b.time().isPresent());
    }
    if (!a.timeText().isEmpty() && a.timeText().equals(b.timeText())) {
      return TimeMatch.SAME;
    }
    if (x.isEmpty() && y.isEmpty() && a.hasDateInFigures() && b.hasDateInFigures()) {
      return asWritten(a, b); // "June 8" and "June 11" in undated articles
    }
    Set<DayOfWeek> daysA = a.weekdays();
    Set<DayOfWeek> daysB = b.weekdays();
    if (!daysA.isEmpty() && !daysB.isEmpty()) {
      return Collections.disjoint(daysA, daysB) ? TimeMatch.DIFFERENT : TimeMatch.COMPATIBLE;
    }
    return TimeMatch.UNKNOWN;
  }

  /**
   * Two dates without a year, read against one and the same year, as a reader comparing them
   * would: a day apart is a different day, months apart a different event.
   */
  private TimeMatch asWritten(ClaimFacts a, ClaimFacts b) {
    Optional<LocalDate> sameYear = Optional.of(COMMON_REFERENCE);
    Optional<TimeSpan> x = times.resolve(a.timeText(), sameYear);
    Optional<TimeSpan> y = times.resolve(b.timeText(), sameYear);
    return x.isPresent() && y.isPresent() ? compare(x.get(), y.get(), true) : TimeMatch.UNKNOWN;
  }

  /** Equal or nested spans are the same time (nested ones only when {@code nestingCounts}). */
  private static TimeMatch compare(TimeSpan p, TimeSpan q, boolean nestingCounts) {
    if (p.equals(q) || (nestingCounts && (p.contains(q) || q.contains(p)))) {
      return TimeMatch.SAME;
    }
    if (p.overlaps(q)) {
      return TimeMatch.COMPATIBLE;
    }
    return daysApart(p, q) > SAME_EVENT_DAYS ? TimeMatch.FAR_APART : TimeMatch.DIFFERENT;
  }

  /**
   * Whether the two claims' times differ as written in a way a reader can check without a
   * calendar: other dates in figures ("15 March" and "18 March"), or other weekdays ("on
   * Tuesday" and "on Thursday"), which two reports of one event in one week cannot both be right
   * about. Weekdays against dates, and relative times ("yesterday"), rest on guessed reference
   * dates and never count.
   */
  public boolean timesDifferAsWritten(ClaimFacts a, ClaimFacts b) {
    return resolvedTimesDiffer(a, b) || datesDifferInOneFrame(a, b);
  }

  private boolean resolvedTimesDiffer(ClaimFacts a, ClaimFacts b) {
    if (a.timeText().equals(b.timeText()) || !timesDisjoint(a, b)) {
      // the same words ("this morning, 16th August") resolve apart only through two reference dates
      return false;
    }
    if (a.hasDateInFigures() && b.hasDateInFigures()) {
      return true;
    }
    Set<DayOfWeek> daysA = a.weekdays();
    Set<DayOfWeek> daysB = b.weekdays();
    return !daysA.isEmpty() && !daysB.isEmpty() && Collections.disjoint(daysA, daysB);
  }

  /**
   * Whether the two claims write their times in the same words but for a date, and some date
   * differs: "until Dec. 7" and "until Dec. 10", "between 1991 and 1998" and "between 1991 and
   * 1997", "from September 2010 to January 2011" and "... to January 2010". Such bounds resolve
   * to open or overlapping spans, yet the claims disagree on a date they both state. Dates pair
   * up in order and count only when both are in figures or both weekdays; a year still agrees
   * with its months.
   */
  private boolean datesDifferInOneFrame(ClaimFacts a, ClaimFacts b) {
    TimeExpressionParser.Written x = TimeExpressionParser.written(allTimes(a));
    TimeExpressionParser.Written y = TimeExpressionParser.written(allTimes(b));
    if (!x.frame().equals(y.frame()) || x.dates().size() != y.dates().size()) {
      return false;
    }
    for (int i = 0; i < x.dates().size(); i++) {
      if (datesDiffer(x.dates().get(i), y.dates().get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The claim's time arguments in the order written, or the time it took from another argument. */
  private static String allTimes(ClaimFacts f) {
    List<org.crosscheck.claim.Argument> times = new ArrayList<>(f.claim().arguments(Role.TIME));
    if (times.isEmpty()) {
      return f.timeText();
    }
    times.sort(java.util.Comparator.comparingInt(t -> t.phrase().span().begin()));
    return String.join(" ", times.stream().map(t -> (t.marker() + " " + t.text()).trim()).toList());
  }

  /**
   * Whether two dates, read as a reader would, do not overlap: a date without a year takes the
   * other's, two without one are read in one year. A weekday against a date never differs.
   */
  private boolean datesDiffer(String p, String q) {
    boolean figuresP = p.chars().anyMatch(Character::isDigit);
    boolean figuresQ = q.chars().anyMatch(Character::isDigit);
    if (figuresP != figuresQ) {
      return false;
    }
    Optional<TimeSpan> x = times.resolve(p, Optional.empty());
    Optional<TimeSpan> y = times.resolve(q, Optional.empty());
    if (x.isEmpty() && y.isPresent()) {
      x = times.resolve(p, Optional.of(y.get().start()));
    } else if (y.isEmpty() && x.isPresent()) {
      y = times.resolve(q, Optional.of(x.get().start()));
    } else if (x.isEmpty()) {
      x = times.resolve(p, Optional.of(COMMON_REFERENCE));
      y = times.resolve(q, Optional.of(COMMON_REFERENCE));
    }
    return x.isPresent() && y.isPresent() && !x.get().overlaps(y.get());
  }

  public boolean timesDisjoint(ClaimFacts a, ClaimFacts b) {
    TimeMatch m = timesMatch(a, b);
    return m == TimeMatch.DIFFERENT || m == TimeMatch.FAR_APART;
  }

  private static long daysApart(TimeSpan x, TimeSpan y) {
    return x.end().isBefore(y.start()) || x.end().isEqual(y.start())
        ? ChronoUnit.DAYS.between(x.end(), y.start()) + 1
        : ChronoUnit.DAYS.between(y.end(), x.start()) + 1;
  }

}
