package org.crosscheck.align.internal;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.crosscheck.Span;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.NumericQuantityResolver;
import org.crosscheck.normalize.Quantities;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.QuantityComparison;

/**
 * How two claims differ, after the kinds of contradiction of de Marneffe, Rafferty and Manning
 * (2008): another speaker, swapped roles, other named parties in the same slot, opposite
 * polarity of unhedged claims, another number of the same unit, another time or place. Only named
 * entities are compared ("the two countries" never differs from "Turkey and Syria"), and a person
 * counts as the country their title names (Putin as Russia). Immutable and thread-safe.
 */
public final class Differences {
  private final Evidence evidence;

  Differences(Evidence evidence) {
    this.evidence = evidence;
  }

  /**
   * Every difference between two claims, most telling first; empty when they agree. Differences
   * count only between two statements of one fact. The claims are {@link Difference.Kind#UNRELATED}
   * where they fill who-did-what-to-whom with different names or pronouns (apart from the slot in
   * which their parties differ), or where a polarity, number, time or place difference, or other
   * agents alone ("Hickok called ...", "the deputy called ..."), separate claims that share no
   * filler, no time, no place and not their sentence.
   */
  public List<Difference> between(ClaimFacts a, ClaimFacts b) {
    boolean edited = Evidence.sameSentenceEdited(a, b);
    List<Difference> found = differences(a, b, edited);
    if (found.isEmpty()) {
      return found;
    }
    boolean aboutWho = found.stream().allMatch(d -> d.kind() == Difference.Kind.SPEAKER
        || d.kind() == Difference.Kind.PARTICIPANTS);
    // who did it is known from names, or from one sentence's copy: "he caught eight passes" may be
    // anyone's statistic, but "she" of a sentence and of its copy is one person
    boolean copy = edited || similarSentences(a, b);
    Role differing = differingRole(a, b, found);
    Fillers fillers = fillers(a, b, differing, !aboutWho, !aboutWho && !copy, copy);
    // "Hickok called the slaying murder", "the deputy called the verdict bittersweet": other doers
    // of what may be other deeds; who takes part ("ties between Russia and Turkey") is the fact itself
    boolean otherDoers = differing == Role.AGENT && found.stream().allMatch(d -> d.kind() == Difference.Kind.PARTICIPANTS);
    boolean demandsMore = !aboutWho || otherDoers;
    if (fillers == Fillers.OTHER || (demandsMore && fillers != Fillers.SAME && !sameSetting(a, b, copy))
        || !particle(a).equals(particle(b))) {
      String predicate = "'" + a.claim().predicate().text() + "'";
      return List.of(new Difference(Difference.Kind.UNRELATED, "what " + predicate + " is said of",
          a.claim().text(), b.claim().text()));
    }
    return found;
  }

  /**
   * Whether two claims that share no filler still evidently speak of one occasion: one sentence
   * and its copy ({@code copy}), the same time, or a shared place.
   */
  private boolean sameSetting(ClaimFacts a, ClaimFacts b, boolean copy) {
    return copy || evidence.timesMatch(a, b) == Evidence.TimeMatch.SAME || Evidence.sharePlace(a, b);
  }

  /**
   * Sentences that say mostly the same words, some of them in the same order: a report and its
   * copy. Words alone are not enough: "Bush caught 52 passes for 440 yards and four TDs" and "He
   * has also caught eight passes for 66 yards" share the words of every statistic, not a sentence.
   */
  private boolean similarSentences(ClaimFacts a, ClaimFacts b) {
    SentenceWords x = sentenceWords.getUnchecked(a.claim().evidenceText());
    SentenceWords y = sentenceWords.getUnchecked(b.claim().evidenceText());
    int shared = (int) x.distinct().stream().filter(y.distinct()::contains).count();
    return shared * 2 >= Math.min(x.distinct().size(), y.distinct().size()) && shared >= MIN_SHARED_WORDS
        && sharesARun(x.inOrder(), y.inOrder());
  }

  /** Too few words in common to call two sentences the same, however short they are. */
  private static final int MIN_SHARED_WORDS = 3;
  /**
   * The fewest content words in a row a copy keeps from its original: numbers, which a copy may
   * change, and little words ("for", "and") do not count, so "caught 52 passes for 440 yards"
   * and "caught eight passes for 66 yards" keep only three.
   */
  private static final int MIN_RUN = 4;

  /** The content words of a sentence, once as a set and once in order as written. */
  private record SentenceWords(Set<String> distinct, List<String> inOrder) {
    static SentenceWords of(String sentence) {
      return new SentenceWords(FactBuilder.contentWords(sentence), Arrays.stream(sentence.split("\\s+"))
          .flatMap(w -> FactBuilder.contentWords(w).stream()).toList());
    }
  }

  /**
   * Each sentence's words, read once: one sentence is compared with many others. Bounded, given
   * back to the collector when memory runs short (what it holds is only what would be computed
   * again), and safe to share between threads.
   */
  private final LoadingCache<String, SentenceWords> sentenceWords = CacheBuilder.newBuilder()
      .maximumSize(SENTENCES_KEPT).softValues().build(CacheLoader.from(SentenceWords::of));
  private static final int SENTENCES_KEPT = 20_000;

  /** Whether the two word sequences have {@value #MIN_RUN} content words in a row in common. */
  private static boolean sharesARun(List<String> a, List<String> b) {
    Set<List<String>> runs = new HashSet<>();
    for (int i = 0; i + MIN_RUN <= a.size(); i++) {
      runs.add(a.subList(i, i + MIN_RUN));
    }
    for (int i = 0; i + MIN_RUN <= b.size(); i++) {
      if (runs.contains(b.subList(i, i + MIN_RUN))) {
        return true;
      }
    }
    return false;
  }

  /** How the who-did-what-to-whom of two claims compares. */
  enum Fillers {
    /** Some role both fill, they fill alike, and none differently. */
    SAME,
    /** A role both fill, they fill with different people or things. */
    OTHER,
    /** No role both fill. */
    UNKNOWN
  }

  /** The roles that say who did what to whom: two statements of one fact fill them alike. */
  private static final Set<Role> CORE_ROLES =
      Set.of(Role.AGENT, Role.PATIENT, Role.PARTICIPANTS, Role.RECIPIENT, Role.ATTRIBUTE);

  /**
   * Compares the slots both claims fill: who did what to whom, and adjuncts with the same
   * preposition ("as a player", "in one round"), leaving out the role in which the claims are
   * already known to differ. Two fillers are alike when they share an entity or a content word
   * ("the Saints", "The New Orleans Saints"), and unlike when they name others; when
   * {@code wordsDecide}, also when they share no word. A pronoun is unlike another pronoun and
   * says nothing against the same one or a name ("he" may be Luck, or someone else). When
   * {@code agentKnown}, agents that both claims have must be alike for the claims to be; when
   * {@code pronounsAlike} (one sentence and its copy), the same pronoun is alike to itself.
   */
  static Fillers fillers(ClaimFacts a, ClaimFacts b, @Nullable Role except, boolean wordsDecide,
      boolean agentKnown, boolean pronounsAlike) {
    Map<String, Filler> x = fillers(a, except);
    Map<String, Filler> y = fillers(b, except);
    boolean same = false;
    String agent = Role.AGENT.name();
    // one names who did it, the other does not ("[he] missed nine games", "Thomas missed 10 games")
    boolean agentUnknown = agentKnown && x.containsKey(agent) != y.containsKey(agent);
    for (Map.Entry<String, Filler> e : x.entrySet()) {
      Filler other = y.get(e.getKey());
      if (other == null) {
        continue;
      }
      Fillers f = e.getValue().compare(other, wordsDecide, pronounsAlike);
      if (f == Fillers.OTHER) {
        return f;
      }
      agentUnknown |= agentKnown && f == Fillers.UNKNOWN && e.getKey().equals(agent);
      same |= f == Fillers.SAME;
    }
    return same && !agentUnknown ? Fillers.SAME : Fillers.UNKNOWN;
  }

  private static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "it",
      "we", "us", "they", "them", "who", "whom", "which", "that", "this", "these", "those");

  /**
   * What fills one slot of a claim: named entities, other content words, and bare pronouns.
   * Different names tell two fillers apart; different common words do not ("ties" and
   * "relations" may be one thing), though a shared one makes them alike.
   */
  private record Filler(Set<String> names, Set<String> words, Set<String> pronouns) {
    Fillers compare(Filler other, boolean wordsDecide, boolean pronounsAlike) {
      if (!names.isEmpty() && !other.names.isEmpty()) {
        // one may name fewer ("Felt" and "Woodward and Felt"), not others ("Bernstein and Felt")
        return names.containsAll(other.names) || other.names.containsAll(names) ? Fillers.SAME : Fillers.OTHER;
      }
      if (!Collections.disjoint(words, other.words)) {
        return Fillers.SAME;
      }
      if (wordsDecide && !words.isEmpty() && !other.words.isEmpty()) {
        return Fillers.OTHER;
      }
      if (words.isEmpty() && other.words.isEmpty() && !pronouns.isEmpty() && !other.pronouns.isEmpty()) {
        // "he" and "he" of two reports may be two people; "he" and "she" are
        if (Collections.disjoint(pronouns, other.pronouns)) {
          return Fillers.OTHER;
        }
        return pronounsAlike ? Fillers.SAME : Fillers.UNKNOWN;
      }
      return Fillers.UNKNOWN;
    }
  }

  /** A claim's fillers by slot: a core role's name, or "OTHER" and the adjunct's preposition. */
  private static Map<String, Filler> fillers(ClaimFacts f, @Nullable Role except) {
    Map<String, Filler> out = new TreeMap<>();
    for (Argument arg : f.claim().arguments()) {
      Role role = FactBuilder.factRole(f.concepts(), arg);
      boolean adjunct = role == Role.OTHER && !arg.marker().isEmpty();
      if (role == except || !(CORE_ROLES.contains(role) || adjunct)) {
        continue;
      }
      Filler filler = out.computeIfAbsent(adjunct ? "OTHER " + arg.marker().toLowerCase(Locale.ROOT) : role.name(),
          k -> new Filler(new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
      String text = arg.text().toLowerCase(Locale.ROOT).trim();
      if (PRONOUNS.contains(text)) {
        filler.pronouns().add(text);
      } else {
        FactBuilder.contentWords(text).stream().filter(w -> !isAmount(w)).forEach(filler.words()::add);
        filler.names().addAll(f.names(role));
      }
    }
    return out;
  }

  private static final NumericQuantityResolver AMOUNTS = new NumericQuantityResolver();

  /** A number word ("seven", "dozen"): what differs in a NUMBER difference, not what is counted. */
  private static boolean isAmount(String word) {
    return AMOUNTS.resolve(word).isPresent();
  }

  /**
   * The role known to differ: the one whose named parties differ. (A role whose amounts differ
   * still shares what is counted: "19 wives", "26 wives".)
   */
  private @Nullable Role differingRole(ClaimFacts a, ClaimFacts b, List<Difference> found) {
    for (Difference d : found) {
      if (d.kind() == Difference.Kind.PARTICIPANTS) {
        return partiesDiffer(a, b, Role.PARTICIPANTS) ? Role.PARTICIPANTS : Role.AGENT;
      }
      if (d.kind() == Difference.Kind.SPEAKER && bothReport(a, b)) {
        return Role.AGENT; // "Meyer confirmed the news": who reports is the speaker
      }
    }
    return null;
  }

  /**
   * Whether other people say the two claims, each in words of their own: no conflict about who
   * said it (two officers of one force both said it), but two statements, which may be about two
   * look-alike events; alignment counts it as a difference where the judge does not.
   */
  public boolean otherPeopleSay(ClaimFacts a, ClaimFacts b) {
    boolean reports = bothReport(a, b);
    return otherSpeakers(a, b, reports)
        && ((saysSomething(a, reports) && saysSomething(b, reports)) || similarSentences(a, b));
  }

  /** Whether both claims report speech, so that their agents are who speaks. */
  private boolean bothReport(ClaimFacts a, ClaimFacts b) {
    return evidence.isReport(a.claim()) && evidence.isReport(b.claim());
  }

  /**
   * Every way the claims differ, before asking whether they state one fact; {@code edited} says
   * whether one claim's sentence is the other's with one short passage changed.
   */
  private List<Difference> differences(ClaimFacts a, ClaimFacts b, boolean edited) {
    List<Difference> out = new ArrayList<>();
    if (a.claim().kind() == ClaimKind.ROLE || b.claim().kind() == ClaimKind.ROLE) {
      return titleNumbers(a, b, edited); // one person's titles differ in wording, rarely in fact
    }
    String predicate = "'" + (a.claim().kind() == ClaimKind.NOMINAL ? a.claim().lemma() : a.claim().predicate().text()) + "'";
    boolean reports = bothReport(a, b);
    if (otherSpeakers(a, b, reports)) {
      // "he did not know", said by two people, is two people not knowing, unless one sentence copies the other
      boolean copy = edited || similarSentences(a, b);
      boolean oneStatement = copy || (saysSomething(a, reports) && saysSomething(b, reports));
      // one quote credited to two people; a sentence two reports share but quote neither ("a small
      // group of women were working on crafts") may be what both officials said
      boolean sameWords = edited || (copy && quoted(a) && quoted(b));
      if (oneStatement && (sameWords || speakForOtherCountries(a, b, reports))) {
        out.add(new Difference(Difference.Kind.SPEAKER, "who said " + predicate,
            labels(speakers(a, reports)), labels(speakers(b, reports))));
      }
    }
    Set<String> agentsA = a.names(Role.AGENT);
    Set<String> patientsA = a.names(Role.PATIENT);
    if (!agentsA.isEmpty() && !patientsA.isEmpty() && Evidence.disjoint(agentsA, patientsA)
        && agentsA.equals(b.names(Role.PATIENT)) && patientsA.equals(b.names(Role.AGENT))) {
      out.add(new Difference(Difference.Kind.ROLE, "who " + predicate + " whom",
          labels(a.actors(Role.AGENT)) + " → " + labels(a.actors(Role.PATIENT)),
          labels(b.actors(Role.AGENT)) + " → " + labels(b.actors(Role.PATIENT))));
    } else if (a.claim().kind() != ClaimKind.STATE && b.claim().kind() != ClaimKind.STATE) {
      for (Role role : List.of(Role.PARTICIPANTS, Role.AGENT)) {
        if (role == Role.AGENT && reports) {
          continue; // who reports is the speaker, compared above
        }
        if (partiesDiffer(a, b, role)) {
          out.add(new Difference(Difference.Kind.PARTICIPANTS,
              (role == Role.PARTICIPANTS ? "who takes part in " : "who did ") + predicate,
              labels(a.actors(role)), labels(b.actors(role))));
          break;
        }
      }
    }
    boolean who = out.stream().anyMatch(d -> d.kind() != Difference.Kind.POLARITY);
    if (edited && !who) {
      changedName(a, b, reports).ifPresent(names -> out.add(new Difference(Difference.Kind.PARTICIPANTS,
          "who takes part in " + predicate, names.get(0), names.get(1))));
    }
    if (a.claim().polarity() != b.claim().polarity() && polaritiesComparable(a, b)
        && a.claim().kind() != ClaimKind.NOMINAL && b.claim().kind() != ClaimKind.NOMINAL) {
      out.add(new Difference(Difference.Kind.POLARITY, "whether " + predicate,
          a.claim().polarity() == Polarity.POSITIVE ? "yes" : "no",
          b.claim().polarity() == Polarity.POSITIVE ? "yes" : "no"));
    }
    differentAmount(a, b, edited).ifPresent(pair -> out.add(new Difference(Difference.Kind.NUMBER,
        "how many for " + predicate, amount(pair.get(0)), amount(pair.get(1)))));
    if (evidence.timesDifferAsWritten(a, b)) {
      out.add(new Difference(Difference.Kind.TIME, "when " + predicate, timeWritten(a), timeWritten(b)));
    }
    if (Evidence.placesDisjoint(a, b) && !oneNamesTheOtherInPart(placeText(a), placeText(b))) {
      out.add(new Difference(Difference.Kind.PLACE, "where " + predicate,
          a.claim().argument(Role.PLACE).map(x -> x.text()).orElse("?"),
          b.claim().argument(Role.PLACE).map(x -> x.text()).orElse("?")));
    }
    return out;
  }

  private static String placeText(ClaimFacts f) {
    return f.claim().argument(Role.PLACE).map(x -> x.text().toLowerCase(Locale.ROOT)).orElse("");
  }

  /**
   * Whether one place is written as the start of the other: a name the parse cut short ("in Key"
   * of "in Key Biscayne", "Queens Hit" of "Queens Hit-And-Run Accident") is the same place.
   */
  private static boolean oneNamesTheOtherInPart(String x, String y) {
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return !shorter.isEmpty() && longer.startsWith(shorter)
        && (longer.length() == shorter.length() || !Character.isLetterOrDigit(longer.charAt(shorter.length())));
  }

  /** Whether the claim's predicate stands within quotation marks in its sentence. */
  private static boolean quoted(ClaimFacts f) {
    int at = f.claim().predicate().span().begin() - f.claim().evidence().begin();
    String sentence = f.claim().evidenceText();
    return at > 0 && at <= sentence.length()
        && sentence.substring(0, at).chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count() % 2 == 1;
  }

  /** Whether a claim says anything but who said it: a word or a name besides its speaker. */
  private static boolean saysSomething(ClaimFacts f, boolean agentSpeaks) {
    for (Argument arg : f.claim().arguments()) {
      boolean speaks = arg.role() == Role.SPEAKER || (agentSpeaks && arg.role() == Role.AGENT);
      if (!speaks && !PRONOUNS.contains(arg.text().toLowerCase(Locale.ROOT).trim())
          && !FactBuilder.contentWords(arg.text()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Particles that make a phrasal verb another verb: "hold out" is not "hold", "went down" not "went". */
  private static final Set<String> PARTICLES = Set.of("out", "up", "down", "off", "away");
  private static final Pattern NEXT_WORD_ALONE =
      Pattern.compile("^\\s+(\\p{L}+)\\s*(\\p{P}|$)");

  /**
   * The particle of a claim's verb, or "": the predicate's last word, or the word right after it
   * where it closes the clause ("Rahman never went down.").
   */
  private static String particle(ClaimFacts f) {
    String[] words = f.claim().predicate().text().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    if (PARTICLES.contains(last)) {
      return last;
    }
    int from = f.claim().predicate().span().end() - f.claim().evidence().begin();
    String sentence = f.claim().evidenceText();
    if (from < 0 || from > sentence.length()) {
      return "";
    }
    var next = NEXT_WORD_ALONE.matcher(sentence.substring(from));
    return next.find() && PARTICLES.contains(next.group(1).toLowerCase(Locale.ROOT))
        ? next.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Most words a changed passage may have to be one name. */
  private static final int NAME_WORDS = 4;

  /**
   * In a sentence copied with one passage changed, the two names the passage holds, where it
   * changes one party of what the claim says for another whatever role the parse gave it
   * ("Democratic leaders in Congress" and "... in the Senate"; "on first baseman Carlos Delgado"
   * read as one phrase, "Ian Browne" as another): both passages capitalised words after the
   * sentence's start, inside an argument that is not a time, place or speaker, and read as
   * different names (not aliases: "U.S." and "United States").
   */
  private Optional<List<String>> changedName(ClaimFacts a, ClaimFacts b, boolean reports) {
    String x = a.claim().evidenceText();
    String y = b.claim().evidenceText();
    Evidence.SharedEnds shared = Evidence.SharedEnds.of(x, y);
    int prefix = shared.prefix();
    int suffix = shared.suffix();
    if (prefix == 0) {
      return Optional.empty(); // a capital at the sentence's start says nothing
    }
    // the whole name the change falls in: "Gordon Advisers" and "Gordon Advisors", not "Advisers" and "Advisors"
    Span inX = nameAround(x, prefix, x.length() - suffix);
    Span inY = nameAround(y, prefix, y.length() - suffix);
    String fromX = inX.coveredText(x);
    String fromY = inY.coveredText(y);
    if (!isName(fromX) || !isName(fromY) || shareAWord(fromX, fromY)
        || !(saysParty(a, inX, reports) || saysParty(b, inY, reports))) {
      return Optional.empty();
    }
    Set<String> namedX = Evidence.names(evidence.entities().actors(fromX));
    Set<String> namedY = Evidence.names(evidence.entities().actors(fromY));
    return namedX.isEmpty() || namedY.isEmpty() || !Evidence.disjoint(namedX, namedY) ? Optional.empty()
        : Optional.of(List.of(fromX, fromY));
  }

  /** The changed characters [from, to) widened to whole words, and to the capitalised words next to them. */
  private static Span nameAround(String text, int from, int to) {
    int begin = from;
    while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin--;
    }
    while (begin > 1 && text.charAt(begin - 1) == ' ' && Character.isUpperCase(wordBefore(text, begin - 1).codePointAt(0))) {
      begin -= wordBefore(text, begin - 1).length() + 1;
    }
    int end = Math.max(to, begin);
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    while (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.codePointAt(end + 1))) {
      end++;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ',') {
        end++;
      }
    }
    return Span.of(begin, end);
  }

  /** The word that ends at {@code end} (exclusive). */
  private static String wordBefore(String text, int end) {
    int begin = end;
    while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin--;
    }
    return begin == end ? " " : text.substring(begin, end);
  }

  private static boolean shareAWord(String x, String y) {
    Set<String> words = new TreeSet<>(List.of(x.toLowerCase(Locale.ROOT).split(" ")));
    return Arrays.stream(y.toLowerCase(Locale.ROOT).split(" ")).anyMatch(words::contains);
  }

  /** One to {@value #NAME_WORDS} words, each capitalised: "Congress", "Carlos Delgado". */
  private static boolean isName(String words) {
    String[] parts = words.split(" ");
    if (words.isEmpty() || parts.length > NAME_WORDS) {
      return false;
    }
    for (String w : parts) {
      if (!Character.isUpperCase(w.codePointAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.'
          || c == '\'' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the characters of the claim's sentence lie in one of its arguments that
   * says who or what takes part: not a time, a place, or who speaks.
   */
  private boolean saysParty(ClaimFacts f, Span inSentence, boolean reports) {
    int begin = f.claim().evidence().begin() + inSentence.begin();
    int end = f.claim().evidence().begin() + inSentence.end();
    for (Argument arg : f.claim().arguments()) {
      Role role = arg.role();
      boolean speaks = role == Role.SPEAKER || (reports && role == Role.AGENT);
      if (role != Role.TIME && role != Role.PLACE && !speaks
          && arg.phrase().span().begin() <= begin && end <= arg.phrase().span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the claims name other parties in {@code role}: both name someone there, neither's
   * names contain the other's, and neither sentence also names the other's parties. Only names
   * that head the role's words count as its parties: "A Mafia boss", "the Bush administration",
   * "Obama's appointees" and "A CHP officer" speak of someone the name only describes (the
   * boss is Lo Presti, the officer of the CHP is not the CHP), as do capitals that merely open a
   * sentence ("Most foreign navies", "As of 11 p.m. authorities").
   */
  private static boolean partiesDiffer(ClaimFacts a, ClaimFacts b, Role role) {
    Set<String> x = headNames(a, role);
    Set<String> y = headNames(b, role);
    return !x.isEmpty() && !y.isEmpty() && !x.containsAll(y) && !y.containsAll(x)
        && !eitherMentionsTheOthers(a, b, role);
  }

  /** Keys of the names that head a part of the role's words, with the countries their people's titles name. */
  private static Set<String> headNames(ClaimFacts f, Role role) {
    String words = argumentWords(f, arg -> FactBuilder.factRole(f.concepts(), arg) == role);
    Set<String> out = new TreeSet<>();
    for (Entity e : f.actors(role)) {
      if (Evidence.isNamed(e) && headsAPart(words, e.label())) {
        out.add(e.key());
        out.addAll(f.affiliations().getOrDefault(e.key(), Set.of()));
      }
    }
    return out;
  }

  /**
   * Whether other people said it: when both name people as speakers, the people decide ("Alan
   * Thornhill of the Society" is not "Andrew Wetzler of the Society"), and neither set may hold
   * the other ("Zadan and Meron" against "Zadan": one report names fewer speakers); outlets and
   * organisations reporting one fact corroborate it. Where one speaker's words name the other
   * ("Undersheriff James Gage" read as "Undersheriff", against "Gage"), or each sentence names
   * the other's speaker, the speakers were read differently, not reported differently.
   * (Two people saying one thing in their own words both said it: the judge asks more, see
   * {@link #speakForOtherCountries}.)
   *
   * @param reports whether both claims report speech, so that their agents are the speakers
   */
  private boolean otherSpeakers(ClaimFacts a, ClaimFacts b, boolean reports) {
    List<Entity> whoA = speakers(a, reports);
    List<Entity> whoB = speakers(b, reports);
    Set<String> peopleA = people(whoA, speakerWords(a, reports));
    Set<String> peopleB = people(whoB, speakerWords(b, reports));
    if (peopleA.isEmpty() || peopleB.isEmpty() || peopleA.containsAll(peopleB) || peopleB.containsAll(peopleA)) {
      return false;
    }
    Set<String> namesA = Evidence.names(whoA);
    Set<String> namesB = Evidence.names(whoB);
    boolean sameSentences = mentionsOthers(a.claim().evidenceText(), namesA, whoB)
        && mentionsOthers(b.claim().evidenceText(), namesB, whoA);
    return !sameSentences && !mentionsOthers(speakerWords(a, reports), namesA, whoB)
        && !mentionsOthers(speakerWords(b, reports), namesB, whoA);
  }

  /**
   * Whether the countries each claim's speakers speak for are known, and none of them is the
   * other's. Two people saying one thing in their own words both said it (two officers of one
   * police force on the gun they found), unless they speak for different countries, each known
   * from their titles (Putin and "the Syrian president" on the escalation they discussed).
   */
  private boolean speakForOtherCountries(ClaimFacts a, ClaimFacts b, boolean reports) {
    Set<String> countriesA = countries(a, people(speakers(a, reports), speakerWords(a, reports)));
    Set<String> countriesB = countries(b, people(speakers(b, reports), speakerWords(b, reports)));
    return !countriesA.isEmpty() && !countriesB.isEmpty() && Evidence.disjoint(countriesA, countriesB);
  }

  /**
   * The known places and bodies the people's titles name; not names the resolver only guessed at
   * ("UNRWA, the United Nations Relief and Works Agency" as "Works Agency"), which may be a known
   * body under another name.
   */
  private static Set<String> countries(ClaimFacts f, Set<String> people) {
    Set<String> out = new TreeSet<>();
    people.forEach(p -> out.addAll(f.affiliations().getOrDefault(p, Set.of())));
    out.removeIf(key -> key.contains(":"));
    return out;
  }

  /** Who a claim is attributed to, and where it reports speech ("Meyer confirmed the news"), who speaks. */
  private static List<Entity> speakers(ClaimFacts f, boolean agentSpeaks) {
    if (!agentSpeaks) {
      return f.actors(Role.SPEAKER);
    }
    List<Entity> out = new ArrayList<>(f.actors(Role.SPEAKER));
    out.addAll(f.actors(Role.AGENT));
    return out;
  }

  /** The words naming who speaks in a claim. */
  private static String speakerWords(ClaimFacts f, boolean agentSpeaks) {
    return argumentWords(f, a -> a.role() == Role.SPEAKER || (agentSpeaks && a.role() == Role.AGENT));
  }

  /** The words of the claim's arguments that {@code which} picks, each ended by " | ". */
  private static String argumentWords(ClaimFacts f, Predicate<Argument> which) {
    StringBuilder out = new StringBuilder();
    for (Argument a : f.claim().arguments()) {
      if (which.test(a)) {
        out.append(a.text()).append(" | ");
      }
    }
    return out.toString();
  }

  /**
   * Whether either claim's sentence names the parties the other has in {@code role} and it lacks:
   * then that sentence speaks of them too ("after the Sixers ended their season, King decided to
   * fire O'Brien"), and the claims differ in how they were read or in the level at which they name
   * the actor (a team, its manager), not in what they report.
   */
  private static boolean eitherMentionsTheOthers(ClaimFacts a, ClaimFacts b, Role role) {
    return mentionsOthers(b.claim().evidenceText(), b.names(role), a.actors(role))
        || mentionsOthers(a.claim().evidenceText(), a.names(role), b.actors(role));
  }

  /** Whether {@code text} names every named entity of {@code others} that is not among {@code own}. */
  private static boolean mentionsOthers(String text, Set<String> own, List<Entity> others) {
    String sentence = text.toLowerCase(Locale.ROOT);
    List<Entity> missing = others.stream()
        .filter(e -> Evidence.isNamed(e) && !own.contains(e.key())).toList();
    return !missing.isEmpty() && missing.stream().allMatch(e -> containsWords(sentence, e.label().toLowerCase(Locale.ROOT)));
  }

  private static boolean containsWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people among a claim's speakers: names that head the speaker's words ("Bensu Elianita",
   * "Peter Guest, Assistant Chief Fire Officer"), not names modifying a description ("a Bukit
   * Sama village resident", "the Obama administration"), descriptions capitalised at the start
   * of a sentence ("Investigators"), or acronyms ("CNN", "the CHP"): outlets and organisations
   * reporting one fact corroborate it.
   */
  private Set<String> people(List<Entity> entities, String words) {
    Set<String> out = new TreeSet<>();
    for (Entity e : entities) {
      if (Evidence.isNamed(e) && e.key().startsWith(LexicalEntityResolver.NAME_PREFIX) && !isAcronym(e.label())
          && headsAPart(words, e.label()) && !isBareDescription(words, e.label())
          && !namesAnInstitution(words, e.label())) {
        out.add(e.key());
      }
    }
    return out;
  }

  /**
   * Whether {@code name} ends {@code words} or one of its parts (before a comma, "and", "or"),
   * or is not among them at all (a title standing for its holder: "the Syrian president").
   */
  private static boolean headsAPart(String words, String name) {
    if (!words.contains(name)) {
      return true;
    }
    for (int at = words.indexOf(name); at >= 0; at = words.indexOf(name, at + 1)) {
      // a team's number belongs to its name: "The Philadelphia 76ers"
      String after = TEAM_NUMBER.matcher(words.substring(at + name.length())).replaceFirst("");
      if (after.isEmpty() || after.startsWith(",") || after.startsWith(" and ") || after.startsWith(" or ")
          || after.startsWith(" |")) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern TEAM_NUMBER = Pattern.compile("^ \\d+\\p{L}+");

  /**
   * "Investigators", "Officials": a plural word for people, with no name before it in its part.
   * (A singular one may be a surname: Smith, King, Guest.)
   */
  private boolean isBareDescription(String words, String name) {
    int at = words.indexOf(name);
    String before = words.substring(0, Math.max(0, at)).replaceAll(".*(,| and | or |\\|)", "");
    String lower = name.toLowerCase(Locale.ROOT);
    boolean people = lower.endsWith("s") && evidence.isPersonNoun(lower.substring(0, lower.length() - 1));
    return people && before.codePoints().noneMatch(Character::isUpperCase);
  }

  /**
   * Whether a name in a speaker's words names the body the speaker belongs to or is, not a
   * person: its part opens with an article or a plural description and the name follows a
   * preposition ("Researchers at the software security firm Trend", "the City of Palmer", "the
   * Union of Concerned Scientists"), or the article is followed by capitalised words only, none a
   * title ("the California Highway Patrol"; not "The Syrian President Bashar Assad", "the Rev.
   * Jesse Jackson"). A person's name is not written after "the".
   */
  private boolean namesAnInstitution(String words, String name) {
    int at = words.indexOf(name);
    if (at < 0) {
      return false;
    }
    List<String> before = List.of(words.substring(0, at).replaceAll(".*(,| and | or |\\|)", "").strip().split("\\s+"));
    String first = before.get(0).toLowerCase(Locale.ROOT);
    boolean article = ARTICLES.contains(first);
    boolean described = article || (first.endsWith("s") && evidence.isPersonNoun(first.substring(0, first.length() - 1)));
    List<String> rest = before.subList(1, before.size());
    return (described && rest.stream().anyMatch(w -> PREPOSITIONS.contains(w)))
        || (article && rest.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && !w.endsWith(".")
            && !evidence.isPersonNoun(w.toLowerCase(Locale.ROOT))));
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> PREPOSITIONS = Set.of("of", "at", "for", "from", "with", "in", "on", "by");

  private static boolean isAcronym(String label) {
    return label.length() > 1 && label.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }


  /**
   * Whether a "not" makes two claims contradict: both stated as fact, or both hedged alike in a
   * way that the "not" denies. It denies a plan or a forecast ("will attend", "will not attend";
   * "is expected to win", "is not expected to win"), an ability ("can replace", "cannot replace";
   * "could", "could not"), and one verb of intent or attempt with its "to" ("wanted to spend",
   * "didn't want to spend"; "tried to"). Under "may" or "might" ("may pay", "may not pay") both
   * stay possible.
   */
  static boolean polaritiesComparable(ClaimFacts a, ClaimFacts b) {
    if (happenedLater(a, b) || happenedLater(b, a)) {
      return false;
    }
    if (factual(a) && factual(b)) {
      return true;
    }
    Modality m = a.claim().modality();
    if (m != b.claim().modality()) {
      return false;
    }
    return m == Modality.PLANNED || m == Modality.LIKELY || (isIntentChain(a) && isIntentChain(b))
        || (isAbility(a) && isAbility(b));
  }

  /**
   * Whether {@code denied} says when the event happened rather than that it did not: "Bernstein did
   * not meet Felt until earlier this year" says they met then, and does not deny "Woodward met
   * Felt". (A bound both claims write, "stayed until 5" and "did not stay until 5", still denies.)
   */
  private static boolean happenedLater(ClaimFacts denied, ClaimFacts other) {
    return denied.claim().polarity() == Polarity.NEGATIVE && hasUntil(denied) && !hasUntil(other);
  }

  private static final Set<String> UNTIL = Set.of("until", "till", "til");

  private static boolean hasUntil(ClaimFacts f) {
    return f.claim().arguments().stream()
        .anyMatch(x -> x.role() == Role.TIME && UNTIL.contains(x.marker().toLowerCase(Locale.ROOT)));
  }

  /** Modal auxiliaries, and those of them that a "not" denies ("cannot" is not "may not"). */
  private static final Set<String> MODALS = Set.of("may", "might", "can", "could", "ca", "cannot");
  private static final Set<String> ABILITY = Set.of("can", "could", "ca", "cannot");

  /** Hedged by "can" or "could": the modal nearest before the predicate in the claim's words. */
  private static boolean isAbility(ClaimFacts f) {
    String text = f.claim().text().toLowerCase(Locale.ROOT);
    int at = text.indexOf(f.claim().predicate().text().toLowerCase(Locale.ROOT));
    String[] before = (at < 0 ? text : text.substring(0, at)).split("\\s+");
    for (int i = before.length - 1; i >= 0; i--) {
      if (MODALS.contains(before[i])) {
        return ABILITY.contains(before[i]);
      }
    }
    return false;
  }

  private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "not", "n't", "never",
      "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "shall",
      "may", "might", "can", "could", "should", "must");

  /** A predicate such as "did not want to spend": a verb, its "to", and the verb it governs. */
  private static boolean isIntentChain(ClaimFacts f) {
    List<String> words = Arrays.stream(f.claim().predicate().text().toLowerCase(Locale.ROOT).split("\\s+"))
        .filter(w -> !AUXILIARIES.contains(w)).toList();
    int to = words.indexOf("to");
    return to > 0 && to < words.size() - 1;
  }

  /** Stated as fact (or reported as one), not hedged as possible, likely or planned. */
  static boolean factual(ClaimFacts f) {
    return f.claim().modality() == Modality.ASSERTED || f.claim().modality() == Modality.REPORTED;
  }

  /**
   * How two titles differ: only in an amount, and only where one sentence was copied with that
   * amount changed ("Teixeira, 8 years" and "Teixeira, 11 years"); titles written apart differ
   * in wording far more often than in fact.
   */
  private static List<Difference> titleNumbers(ClaimFacts a, ClaimFacts b, boolean edited) {
    if (a.claim().kind() != b.claim().kind() || !edited) {
      return new ArrayList<>();
    }
    return differentAmount(a, b, true).map(pair -> new Difference(Difference.Kind.NUMBER,
        "how many for '" + a.claim().text() + "'", amount(pair.get(0)), amount(pair.get(1))))
        .map(d -> new ArrayList<>(List.of(d))).orElseGet(ArrayList::new);
  }

  /**
   * The first two amounts that cannot both be right. Claims from different sentences compare the
   * first amount each role states, role by role ("12 killed" against "20 killed"): a sentence
   * holds many numbers, and which of them belong to the event only its role tells. A sentence
   * copied with one passage changed is compared amount by amount, whatever role the parse gave
   * each (one parse reads "on two TDCJ officers" as one phrase, the other "on five" and "TDCJ
   * officers"), the speaker's included ("the 33-year-old actress's rep").
   */
  private static Optional<List<Quantity>> differentAmount(ClaimFacts a, ClaimFacts b, boolean edited) {
    if (edited) {
      return differentAmount(inRoleOrder(a), inRoleOrder(b));
    }
    for (Map.Entry<Role, List<Quantity>> e : a.quantities().entrySet()) {
      List<Quantity> other = b.quantities().getOrDefault(e.getKey(), List.of());
      if (e.getKey() != Role.SPEAKER && !other.isEmpty() && differ(e.getValue().get(0), other.get(0))
          && !listsCounts(a, e.getValue().get(0).unit()) && !listsCounts(b, other.get(0).unit())) {
        return Optional.of(List.of(e.getValue().get(0), other.get(0)));
      }
    }
    return looseAmount(a, b).or(() -> looseAmount(b, a).map(pair -> List.of(pair.get(1), pair.get(0))));
  }

  /**
   * An amount the parse gave no role of its own ("in a season with 4,051 yards", hung on the
   * time) against the other claim's amount of that unit, where each claim and each sentence
   * states one such amount: "set a rookie record for a season with 4,183 passing yards".
   */
  private static Optional<List<Quantity>> looseAmount(ClaimFacts a, ClaimFacts b) {
    for (Quantity q : a.quantities().getOrDefault(Role.QUANTITY, List.of())) {
      List<Quantity> x = ofUnit(unspoken(a), q.unit());
      List<Quantity> y = ofUnit(unspoken(b), q.unit());
      if (!q.unit().isEmpty() && x.size() == 1 && y.size() == 1 && differ(q, y.get(0))
          && !listsCounts(a, q.unit()) && !listsCounts(b, q.unit())) {
        return Optional.of(List.of(q, y.get(0)));
      }
    }
    return Optional.empty();
  }

  /** The amounts a claim states, its speaker's words left out ("the 33-year-old actress's rep"). */
  private static List<Quantity> unspoken(ClaimFacts f) {
    return f.quantities().entrySet().stream().filter(e -> e.getKey() != Role.SPEAKER)
        .flatMap(e -> e.getValue().stream()).toList();
  }

  /**
   * Whether a claim's sentence gives more than one count of the unit: a line of statistics
   * ("Klitschko landing 178 of 369 punches thrown while Rahman connected on just 30 of 207
   * punches", "70 yards rushing ... and 55 yards receiving"), whose counts belong to other
   * players, rounds or seasons, and which of them answers the claim only the parse says.
   */
  private static boolean listsCounts(ClaimFacts f, String unit) {
    String sentence = f.claim().evidenceText();
    return !unit.isEmpty() && AMOUNTS.resolveAll(sentence, sentence.length()).stream()
        .filter(q -> q.unit().equals(unit)).count() > 1;
  }

  private static List<Quantity> inRoleOrder(ClaimFacts f) {
    return f.quantities().values().stream().flatMap(List::stream).toList();
  }

  /**
   * Amounts of one unit pair up in order (role by role, then as written), and only when both
   * state as many of that unit: "3 dead" says nothing against "3 dead and 12 injured" people.
   */
  private static Optional<List<Quantity>> differentAmount(List<Quantity> a, List<Quantity> b) {
    for (Quantity q : a) {
      List<Quantity> x = ofUnit(a, q.unit());
      List<Quantity> y = ofUnit(b, q.unit());
      if (x.size() != y.size()) {
        continue;
      }
      for (int i = 0; i < x.size(); i++) {
        if (differ(x.get(i), y.get(i))) {
          return Optional.of(List.of(x.get(i), y.get(i)));
        }
      }
    }
    return Optional.empty();
  }

  private static List<Quantity> ofUnit(List<Quantity> all, String unit) {
    return all.stream().filter(q -> q.unit().equals(unit)).toList();
  }

  /**
   * Whether two amounts of one unit cannot both be right. Two bounds of one direction ("at least
   * 3 people" and "at least 6", "over $363 million" and "over $726 million") are two counts each
   * source gives as its figure, not a range either allows: they differ beyond what "about" allows.
   */
  static boolean differ(Quantity x, Quantity y) {
    QuantityComparison plain = Quantities.compatible(x, y);
    if (plain != QuantityComparison.SAME) {
      return plain == QuantityComparison.DIFFERENT; // other units ("houses", "homes") are incomparable
    }
    boolean bothAtLeast = x.high() == Double.POSITIVE_INFINITY && y.high() == Double.POSITIVE_INFINITY;
    boolean bothAtMost = isUpperBound(x) && isUpperBound(y);
    return (bothAtLeast || bothAtMost) && !Quantities.compatible(Quantity.about(x.value(), x.unit()),
        Quantity.about(y.value(), y.unit())).equals(QuantityComparison.SAME);
  }

  /** "up to 40", "fewer than 40": from nothing to the figure. */
  private static boolean isUpperBound(Quantity q) {
    return q.low() <= 0 && q.value() > 0 && q.high() == q.value();
  }

  /** The time argument as written, or the date the claim took from another argument ("on June 11"). */
  private static String timeWritten(ClaimFacts f) {
    return f.claim().argument(Role.TIME).map(x -> x.text()).orElse(f.timeText().isEmpty() ? "?" : f.timeText());
  }

  private static String amount(Quantity q) {
    String v = q.value() == Math.rint(q.value()) ? Long.toString((long) q.value()) : Double.toString(q.value());
    return q.unit().isEmpty() ? v : v + " " + q.unit();
  }

  private static String labels(List<Entity> entities) {
    List<String> names = entities.stream().map(Entity::label).distinct().toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
