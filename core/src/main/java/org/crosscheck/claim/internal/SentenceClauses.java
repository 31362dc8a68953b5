package org.crosscheck.claim.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.MentionType;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Argument.Slot;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;

/**
 * The claims of one parsed sentence, after ClausIE (Del Corro and Gemulla 2013): every clause
 * head (a verb, or a word with a copula) gives one claim, an event noun with arguments of its own
 * or naming one particular happening in an adjunct gives a nominal claim, and appositions and
 * titles give role claims. Verb chains ("agreed to pay") and light verbs with event nouns ("held
 * talks") are one predicate. Argument phrases leave out whatever forms a claim of its own, so no
 * claim repeats another in a shorter form.
 * Not thread-safe; one per sentence.
 */
public final class SentenceClauses {
  /** Relations under which a verb does not head a clause of its own. */
  private static final Set<String> NON_CLAUSAL = Set.of("aux", "cop", "amod", "compound", "fixed",
      "flat", "case", "mark", "det", "nummod", "goeswith", "reparandum", "discourse", "vocative",
      "punct", "orphan", "expl", "cc", "list");
  /** Branches that never belong inside an argument phrase: they are clauses or claims of their own. */
  private static final Set<String> CLAUSE_BRANCHES = Set.of("acl", "advcl", "parataxis", "ccomp",
      "csubj", "appos", "dep", "list", "vocative", "reparandum", "discourse");
  /** Modifiers an event noun keeps when it stands as another claim's argument. */
  private static final Set<String> NOUN_PHRASE_CORE = Set.of("det", "amod", "compound", "nummod", "flat", "fixed");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom", "whose");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nt");
  /** Words that open a clause asking or supposing what it says: "whether", "if". */
  private static final Set<String> QUESTION_MARKERS = Set.of("whether", "if");

  private final SentenceGraph g;
  private final Lexicon lexicon;
  private final List<Mention> mentions;
  private final ClaimKind[] kinds;
  /** For tokens merged into another token's predicate (verb chains, light-verb nouns): that token. */
  private final int[] mergedInto;
  private final Map<Integer, Optional<Part>> subjects = new HashMap<>();
  private final Map<Integer, Part> speakers = new HashMap<>();

  /**
   * An argument with the tokens it was made of, and those to show in the claim's text (none for
   * a speaker named in another clause).
   */
  private record Part(Argument argument, BitSet tokens, BitSet shown) {
    Role role() {
      return argument.role();
    }

    Slot slot() {
      return argument.slot();
    }
  }
  private final BitSet deniedContent = new BitSet();
  /** Verbs whose event-noun subject was folded into their predicate. */
  private final BitSet eventSubjects = new BitSet();

  /** The claims of one parsed sentence, in the order of the words that head them. */
  public static List<ClaimDraft> of(SentenceGraph graph, Lexicon lexicon, List<Mention> mentions) {
    return new SentenceClauses(graph, lexicon, mentions).drafts();
  }

  private SentenceClauses(SentenceGraph graph, Lexicon lexicon, List<Mention> mentions) {
    this.g = graph;
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.kinds = new ClaimKind[graph.size()];
    this.mergedInto = new int[graph.size()];
    Arrays.fill(mergedInto, -1);
    findPredicates();
  }

  private List<ClaimDraft> drafts() {
    findSpeakers();
    List<ClaimDraft> out = new ArrayList<>();
    for (int h = 0; h < g.size(); h++) {
      if (kinds[h] != null) {
        out.add(draft(h));
      }
    }
    out.addAll(roleClaims());
    out.sort(Comparator.comparingInt(ClaimDraft::anchor));
    return out;
  }

  // ---- which tokens head claims ---------------------------------------------------------------

  private void findPredicates() {
    for (int i = 0; i < g.size(); i++) {
      kinds[i] = predicateKind(i);
    }
    for (int i = 0; i < g.size(); i++) {
      if (kinds[i] == ClaimKind.EVENT && g.baseRelation(i).equals("xcomp") && isVerbChainHost(g.head(i))
          && (hasInfinitiveMarker(i) || !g.hasChild(g.head(i), "obj"))) {
        kinds[i] = null;
        mergedInto[i] = g.head(i);
      }
    }
    for (int i = 0; i < g.size(); i++) {
      if (kinds[i] == ClaimKind.EVENT) {
        foldLightVerbObject(i);
        foldEventSubject(i);
        foldSecondaryPredicate(i);
      }
    }
    for (int i = 0; i < g.size(); i++) {
      if (kinds[i] == ClaimKind.STATE && hasVerbComplement(i)) {
        kinds[i] = null; // "is likely to restore": the verb is the claim, the adjective its hedge
      }
    }
  }

  private ClaimKind predicateKind(int i) {
    String tag = g.tag(i);
    String base = g.baseRelation(i);
    if (NON_CLAUSAL.contains(base)) {
      return null;
    }
    if (tag.equals("VERB")) {
      return ClaimKind.EVENT;
    }
    if (g.hasChild(i, "cop")) {
      if ((tag.equals("NOUN") || tag.equals("PROPN")) && lexicon.isEventNoun(g.lemma(i))) {
        return ClaimKind.NOMINAL;
      }
      if (tag.equals("NOUN") && lexicon.isPersonNoun(g.lemma(i))) {
        return ClaimKind.ROLE;
      }
      return tag.equals("PRON") ? null : ClaimKind.STATE;
    }
    boolean eventNoun = tag.equals("NOUN") && lexicon.isEventNoun(g.lemma(i));
    if (eventNoun && (hasOwnArguments(i) || isParticularHappening(i))) {
      return ClaimKind.NOMINAL;
    }
    return null;
  }

  /** Determiners that single out one happening: "the fire", "a fire", "that fire" (not "no", "every"). */
  private static final Set<String> SINGLING_DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
  /** Relations of a noun that is an adjunct of another claim, not its subject or object. */
  private static final Set<String> ADJUNCT_RELATIONS = Set.of("obl", "nmod", "conj", "appos");

  /**
   * "Died in Tuesday's earthquake", "damaged in a fire", "after the 6.1-magnitude quake": an
   * adjunct of another claim that names one particular act or event states that it happened, a
   * fact sources can agree or differ on. As another claim's subject or object ("the fire
   * destroyed the church") it is stated there already, with all its words.
   */
  private boolean isParticularHappening(int i) {
    if (!ADJUNCT_RELATIONS.contains(g.baseRelation(i)) || !lexicon.isHappeningNoun(g.lemma(i))) {
      return false;
    }
    // a plural under a mere description is a kind, not particular happenings: "damaging quakes"
    boolean plural = !g.lower(i).equals(g.lemma(i).toLowerCase(Locale.ROOT));
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      boolean singled = rel.equals("det") && SINGLING_DETERMINERS.contains(g.lower(c));
      boolean named = rel.equals("compound") && (g.tag(c).equals("PROPN") || g.tag(c).equals("NUM"));
      boolean described = rel.equals("amod") || named;
      if (singled || rel.equals("nmod:poss") || rel.equals("nummod") || (described && !plural)) {
        return true;
      }
    }
    return false;
  }

  /** An event noun is a claim of its own where it says who, whom, between whom or when. */
  private boolean hasOwnArguments(int i) {
    String base = g.baseRelation(i);
    if (base.equals("root")) {
      return true;
    }
    if (!Set.of("obj", "nsubj", "obl", "conj", "appos", "nmod").contains(base)) {
      return false;
    }
    for (int c : g.children(i, "nmod")) {
      if (!g.tag(c).equals("PRON")) {
        return true;
      }
    }
    return false;
  }

  /** A noun phrase under "no" ("no gun", "no one") denies the clause it is an argument of. */
  private boolean quantifiedByNo(int noun) {
    return g.children(noun, "det").stream().anyMatch(d -> g.lower(d).equals("no"));
  }

  private boolean isVerbChainHost(int head) {
    return head >= 0 && g.tag(head).equals("VERB") && (kinds[head] == ClaimKind.EVENT || mergedInto[head] >= 0);
  }

  /**
   * "agreed to pay" is one predicate; "maintains a presence with troops stationed at its bases"
   * is two: a participle after an object predicates of the object, not of the subject.
   */
  private boolean hasInfinitiveMarker(int verb) {
    return g.children(verb, "mark").stream().anyMatch(m -> g.lower(m).equals("to"));
  }

  private boolean hasVerbComplement(int i) {
    for (int c : g.children(i, "xcomp")) {
      if (kinds[c] == ClaimKind.EVENT) {
        return true;
      }
    }
    return false;
  }

  private void foldLightVerbObject(int verb) {
    if (!lexicon.isLightVerb(g.lemma(verb))) {
      return;
    }
    for (int obj : g.children(verb, "obj")) {
      boolean eventNoun = g.tag(obj).equals("NOUN") && lexicon.isEventNoun(g.lemma(obj));
      if (eventNoun || lexicon.isLightVerbIdiom(g.lemma(verb), g.lemma(obj))) {
        kinds[obj] = null;
        mergedInto[obj] = verb;
        return;
      }
    }
  }

  /**
   * "The meeting took place on Wednesday", "the shooting happened at noon": the verb only says
   * that the event in its subject occurred, so the event noun is the claim's predicate.
   */
  private void foldEventSubject(int verb) {
    boolean occurs = lexicon.isOccurrenceVerb(g.lemma(verb));
    for (int c : g.children(verb)) {
      occurs |= mergedInto[c] == verb && lexicon.isLightVerbIdiom(g.lemma(verb), g.lemma(c));
    }
    if (!occurs) {
      return;
    }
    for (int subject : g.children(verb, "nsubj")) {
      if (g.tag(subject).equals("NOUN") && lexicon.isEventNoun(g.lemma(subject))) {
        kinds[subject] = null;
        mergedInto[subject] = verb;
        eventSubjects.set(verb);
        return;
      }
    }
  }

  /** "found dead", "pleaded guilty": an adjective complement is part of the predicate. */
  private void foldSecondaryPredicate(int verb) {
    for (int c : g.children(verb, "xcomp")) {
      if (g.tag(c).equals("ADJ") && kinds[c] == null && !g.hasChild(c, "nsubj")) {
        mergedInto[c] = verb;
      }
    }
  }

  /** The tokens that make up the predicate of head {@code h}: its verb chain and folded nouns. */
  private List<Integer> chain(int h) {
    List<Integer> out = new ArrayList<>();
    out.add(h);
    for (int k = 0; k < out.size(); k++) {
      for (int c : g.children(out.get(k))) {
        if (mergedInto[c] == out.get(k)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  // ---- one claim ------------------------------------------------------------------------------

  private boolean nextIs(int token, String word) {
    return token + 1 < g.size() && g.lower(token + 1).equals(word);
  }

  /** "yet" of "had yet to regain", "is yet to decide": not so far. */
  private boolean yetTo(int token) {
    return g.lower(token).equals("yet") && nextIs(token, "to");
  }

  private ClaimDraft draft(int h) {
    List<Integer> chain = chain(h);
    ClaimKind kind = eventSubjects.get(h) ? ClaimKind.NOMINAL : kinds[h];
    BitSet predicate = new BitSet();
    BitSet shown = new BitSet();
    List<Part> args = new ArrayList<>();
    Modality modality = Modality.ASSERTED;
    boolean negative = false;
    for (int source : chain) {
      predicate.set(source);
      if (kind == ClaimKind.NOMINAL) {
        for (int c : g.children(source, "compound")) {
          if (g.tag(c).equals("PROPN") && mentionType(c) == MentionType.PLACE) {
            addArgument(args, h, c, Role.PLACE, Slot.OTHER); // "the Indonesia quake": where, not what
          } else {
            predicate.set(c); // "drunk driving", "the Watergate scandal"
          }
        }
        for (int c : g.children(source, "amod", "nummod")) {
          shown.or(g.subtree(c, x -> false)); // "the deadly 6.1-magnitude earthquake"
        }
      }
      for (int c : g.children(source)) {
        if (mergedInto[c] >= 0) {
          continue;
        }
        String rel = g.relation(c);
        String base = g.baseRelation(c);
        switch (base) {
          case "aux" -> {
            Modality m = lexicon.modalAuxiliary(g.lemma(c));
            if (m != Modality.ASSERTED) {
              modality = stronger(modality, m);
              shown.set(c);
            } else {
              predicate.set(c);
            }
          }
          case "cop", "compound" -> {
            if (base.equals("cop") || g.tag(c).equals("ADP") || rel.equals("compound:prt")) {
              predicate.set(c);
            }
          }
          case "mark" -> {
            if (source != h && g.lower(c).equals("to")) {
              predicate.set(c); // "agreed to pay"
            } else if (QUESTION_MARKERS.contains(g.lower(c))) {
              // "whether Ross will return", "if he returns": asked or supposed, not stated
              modality = stronger(modality, Modality.POSSIBLE);
              shown.set(c);
            }
          }
          case "advmod" -> {
            if (NEGATIONS.contains(g.lower(c)) && !nextIs(c, "only")) {
              negative = true; // not "not only repulsed an attack but nabbed 23 pirates"
              shown.set(c);
            } else if (yetTo(c)) {
              negative = true; // "Riva had yet to regain consciousness"
              shown.set(c);
            } else if (lexicon.modalityCue(g.lemma(c)) != Modality.ASSERTED) {
              modality = stronger(modality, lexicon.modalityCue(g.lemma(c)));
              shown.set(c);
            } else if (lexicon.isTemporalAdverb(g.lemma(c))) {
              addArgument(args, h, c, Role.TIME, Slot.OTHER);
            }
          }
          case "amod" -> {
            if (lexicon.modalityCue(g.lemma(c)) != Modality.ASSERTED) {
              modality = stronger(modality, lexicon.modalityCue(g.lemma(c)));
              shown.set(c);
            }
          }
          case "nsubj" -> {
            addArgument(args, h, c, rel.equals("nsubj:pass") ? Role.PATIENT : subjectRole(h), Slot.SUBJECT);
            negative |= quantifiedByNo(c); // "no gun has been recovered"
          }
          case "obj" -> {
            addArgument(args, h, c, Role.PATIENT, Slot.OBJECT);
            negative |= quantifiedByNo(c); // "she had no children"
          }
          case "iobj" -> addArgument(args, h, c, Role.RECIPIENT, Slot.OTHER);
          case "xcomp" -> {
            if (kinds[c] == null && mergedInto[c] < 0) {
              addArgument(args, h, c, Role.ATTRIBUTE, hasObject(args) ? Slot.OTHER : Slot.OBJECT);
            }
          }
          case "obl", "nmod" -> addAdjunct(args, h, c);
          case "det" -> {
            if (g.lower(c).equals("no") && kinds[h] == ClaimKind.NOMINAL) {
              negative = true;
              shown.set(c);
            }
          }
          default -> { }
        }
      }
    }
    if (h >= 2 && yetTo(h - 2)) {
      negative = true; // "had yet to regain": however the parse attached "yet", it has not happened
    }
    if (kinds[h] == ClaimKind.EVENT || kinds[h] == ClaimKind.STATE) {
      modality = stronger(modality, chainModality(h, chain));
      negative ^= chainNegates(chain);
      if (args.stream().noneMatch(a -> a.slot() == Slot.SUBJECT)) {
        inheritedSubject(h).ifPresent(args::add);
      }
      modality = stronger(modality, hedgingGovernor(h));
    }
    if (kinds[h] == ClaimKind.NOMINAL || kinds[h] == ClaimKind.STATE) {
      modality = stronger(modality, subjectHedge(h));
    }
    if (lexicon.isDenialVerb(g.lemma(h)) || deniedContent.get(h)) {
      negative = !negative;
    }
    if (lexicon.isDenialVerb(g.lemma(h))) {
      // "officials denied this": what is denied is attributed to the deniers
      args.stream().filter(a -> a.slot() == Slot.SUBJECT).findFirst()
          .ifPresent(who -> speakers.putIfAbsent(h, asSpeaker(who, h)));
    }
    Part speaker = speakers.get(h);
    if (speaker != null && args.stream().noneMatch(a -> a.role() == Role.SPEAKER)) {
      args.add(speaker);
    }
    args.sort(Comparator.comparingInt(a -> a.argument().phrase().span().begin()));
    BitSet textTokens = (BitSet) predicate.clone();
    textTokens.or(shown);
    String text = claimText(textTokens, args);
    String lemma = predicateLemma(h, chain);
    return new ClaimDraft(h, kind, text, g.phrase(predicate), lemma,
        args.stream().map(Part::argument).toList(),
        negative ? Polarity.NEGATIVE : Polarity.POSITIVE, modality);
  }

  /** The content word of the predicate: the last verb of a chain, with a folded noun after it. */
  private String predicateLemma(int h, List<Integer> chain) {
    if (kinds[h] != ClaimKind.EVENT) {
      return g.lemma(h);
    }
    if (eventSubjects.get(h)) {
      for (int t : chain) {
        if (g.baseRelation(t).equals("nsubj")) {
          return g.lemma(t); // "the meeting took place": a claim about the meeting
        }
      }
    }
    int verb = h;
    String noun = "";
    for (int t : chain) {
      if (g.tag(t).equals("VERB")) {
        verb = t;
      } else if (g.tag(t).equals("NOUN") || g.tag(t).equals("ADJ")) {
        noun = " " + g.lemma(t); // "hold talk", "take place", "find dead"
      }
    }
    return g.lemma(verb) + noun;
  }

  private Role subjectRole(int h) {
    return kinds[h] == ClaimKind.NOMINAL ? Role.OTHER : Role.AGENT;
  }

  private static boolean hasObject(List<Part> args) {
    return args.stream().anyMatch(a -> a.slot() == Slot.OBJECT);
  }

  private static Modality stronger(Modality current, Modality candidate) {
    return current == Modality.ASSERTED ? candidate : current;
  }

  /** "scheduled to take place", "expected to meet", "is said to have": the chain's first verbs hedge. */
  private Modality chainModality(int h, List<Integer> chain) {
    Modality m = Modality.ASSERTED;
    for (int i = 0; i < chain.size() - 1; i++) {
      int t = chain.get(i);
      m = stronger(m, lexicon.modalVerb(g.lemma(t)));
      if (g.hasChild(t, "aux:pass") && lexicon.isReportingVerb(g.lemma(t))) {
        m = stronger(m, Modality.REPORTED);
      }
    }
    return m;
  }

  private boolean chainNegates(List<Integer> chain) {
    boolean negates = false;
    for (int i = 0; i < chain.size() - 1; i++) {
      negates ^= lexicon.isNegatingVerb(g.lemma(chain.get(i)));
    }
    return negates;
  }

  /**
   * "is likely to restore": the adjective the verb complements hedges it; "efforts to mend ties",
   * "readiness to restore relations": so does a noun of intention the clause depends on.
   */
  private Modality hedgingGovernor(int h) {
    int gov = g.head(h);
    if (gov < 0) {
      return Modality.ASSERTED;
    }
    String base = g.baseRelation(h);
    if (base.equals("xcomp") && g.tag(gov).equals("ADJ")) {
      return lexicon.modalityCue(g.lemma(gov));
    }
    if ((base.equals("acl") || base.equals("xcomp")) && g.tag(gov).equals("NOUN")) {
      return lexicon.intentionNoun(g.lemma(gov));
    }
    return Modality.ASSERTED;
  }

  /** "one likely topic was the restoration ...": a hedge on the subject of a copular claim. */
  private Modality subjectHedge(int h) {
    for (int s : g.children(h, "nsubj")) {
      for (int a : g.children(s, "amod")) {
        Modality m = lexicon.modalityCue(g.lemma(a));
        if (m != Modality.ASSERTED) {
          return m;
        }
      }
    }
    return Modality.ASSERTED;
  }

  // ---- arguments ------------------------------------------------------------------------------

  private void addAdjunct(List<Part> args, int h, int c) {
    if (isAgeAfterName(c)) {
      return; // "the murders of Alice McMeekin, 58, and Kathryn Jenkin, 20": her age, not a count
    }
    String marker = g.marker(c);
    String rel = g.relation(c);
    boolean nominalHead = kinds[h] == ClaimKind.NOMINAL || g.tag(g.head(c)).equals("NOUN");
    Role role;
    if (marker.startsWith("according")) {
      role = Role.SPEAKER;
    } else if (rel.equals("obl:agent") || (marker.equals("by") && (isPassive(h) || nominalHead))) {
      role = Role.AGENT;
    } else if (rel.equals("nmod:poss")) {
      if (kinds[h] != ClaimKind.NOMINAL) {
        return;
      }
      role = isTemporal(c) ? Role.TIME : Role.AGENT; // "Tuesday's earthquake", "AMD's acquisition"
    } else if (isTemporal(c) || rel.endsWith(":tmod")) {
      role = Role.TIME;
    } else if (lexicon.isParticipantPreposition(marker)) {
      role = Role.PARTICIPANTS;
    } else if (marker.equals("of") && nominalHead) {
      role = Role.PATIENT;
    } else if (isPlace(c) && lexicon.isPlacePreposition(lastWord(marker))) {
      role = Role.PLACE;
    } else if (isQuantity(c)) {
      role = Role.QUANTITY;
    } else {
      role = Role.OTHER;
    }
    addArgument(args, h, c, role, Slot.OTHER);
  }

  /**
   * An age set off by a comma after a name ("Kathryn Jenkin, 20"), which the parser may hang on
   * the predicate: it is said of the person, not of the event.
   */
  private boolean isAgeAfterName(int c) {
    boolean ends = c + 1 == g.size() || g.tag(c + 1).equals("PUNCT") || g.lower(c + 1).equals("and");
    return c >= 2 && ends && g.tag(c).equals("NUM") && g.lower(c - 1).equals(",")
        && g.tag(c - 2).equals("PROPN") && AGE.matcher(g.lower(c)).matches();
  }

  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9]\\d?|1[01]\\d|12[0-5]");

  private boolean isPassive(int h) {
    for (int t : chain(h)) {
      if (g.hasChild(t, "aux:pass") || g.hasChild(t, "nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  private boolean isTemporal(int c) {
    if (lexicon.isTemporalNoun(g.lemma(c)) || lexicon.isTemporalAdverb(g.lemma(c))) {
      return true;
    }
    return mentionType(c) == MentionType.DATE || mentionType(c) == MentionType.TIME;
  }

  private boolean isPlace(int c) {
    MentionType t = mentionType(c);
    return t == MentionType.PLACE || (t == null && g.tag(c).equals("PROPN"));
  }

  private boolean isQuantity(int c) {
    MentionType t = mentionType(c);
    return t == MentionType.QUANTITY || t == MentionType.NUMBER || g.tag(c).equals("NUM");
  }

  private MentionType mentionType(int i) {
    var span = g.token(i).span();
    for (Mention m : mentions) {
      if (m.span().contains(span)) {
        return m.type();
      }
    }
    return null;
  }

  private void addArgument(List<Part> args, int h, int c, Role role, Slot slot) {
    part(h, c, role, slot).ifPresent(args::add);
    for (int n : g.children(c, "nmod")) {
      if (isParticipantBranch(n)) {
        // "restoration of relations between Russia and Turkey": the parties are the claim's
        part(h, n, Role.PARTICIPANTS, Slot.OTHER).ifPresent(args::add);
      } else if (isPlaceBranch(n) && role != Role.PLACE) {
        // "maintains bases in Syria", "escalation of conflicts across the Middle East": so is the place
        part(h, n, Role.PLACE, Slot.OTHER).ifPresent(args::add);
      }
    }
  }

  private boolean isParticipantBranch(int n) {
    return g.baseRelation(n).equals("nmod") && lexicon.isParticipantPreposition(g.marker(n));
  }

  /** "bases in Syria" locates the claim; "ambassador to Russia" and "ministers from Turkey" do not. */
  private boolean isPlaceBranch(int n) {
    return g.baseRelation(n).equals("nmod") && isPlace(n) && lexicon.isLocativePreposition(lastWord(g.marker(n)));
  }

  /** "including in" is introduced by "in". */
  private static String lastWord(String marker) {
    return marker.substring(marker.lastIndexOf(' ') + 1);
  }

  /**
   * Argument {@code c} of head {@code h}: its words without the branches that are claims of
   * their own, introduced by its preposition where it has one.
   */
  private Optional<Part> part(int h, int c, Role role, Slot slot) {
    int target = c;
    if (RELATIVE_PRONOUNS.contains(g.lower(c)) && g.baseRelation(h).equals("acl") && g.head(h) >= 0) {
      target = g.head(h); // "the earthquake that struck": "that" stands for "the earthquake"
    }
    BitSet tokens = nounPhrase(target);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    BitSet shown = (BitSet) tokens.clone();
    String marker = "";
    if (slot == Slot.OTHER && target == c) {
      marker = g.marker(c);
      for (int m : g.children(c, "case", "mark")) {
        if (m < c) {
          shown.or(g.subtree(m, x -> false));
        }
      }
    }
    return Optional.of(new Part(new Argument(role, slot, g.phrase(tokens), marker), tokens, shown));
  }

  private BitSet nounPhrase(int n) {
    final int top = n;
    BitSet tokens;
    if (kinds[n] == ClaimKind.NOMINAL) {
      tokens = g.subtree(n, c -> c != top && !NOUN_PHRASE_CORE.contains(g.baseRelation(c)));
    } else {
      tokens = g.subtree(n, c -> c != top && (isOwnBranch(c) || isParticipantBranch(c) || isPlaceBranch(c)));
    }
    for (int m : g.children(n, "case", "mark")) {
      if (m < n) {
        tokens.andNot(g.subtree(m, x -> false));
      }
    }
    return g.trimEdges(tokens);
  }

  private boolean isOwnBranch(int c) {
    return kinds[c] != null || CLAUSE_BRANCHES.contains(g.baseRelation(c));
  }

  /** The subject a clause without one shares with the clause it depends on. */
  private Optional<Part> inheritedSubject(int h) {
    if (subjects.containsKey(h)) {
      return subjects.get(h);
    }
    subjects.put(h, Optional.empty()); // guards against cycles in malformed trees
    Optional<Part> found = Optional.empty();
    int gov = g.head(h);
    String base = g.baseRelation(h);
    if (gov >= 0 && (base.equals("conj") || base.equals("advcl") || base.equals("xcomp"))) {
      found = ownSubject(gov).or(() -> inheritedSubject(gov));
    } else if (gov >= 0 && g.relation(h).equals("acl") && (isTemporal(gov) || isQuantity(gov))) {
      found = clauseOf(gov).flatMap(this::subjectOf); // "since 2015, collaborating with Iran": a misattached clause
    } else if (gov >= 0 && g.relation(h).equals("acl") && !g.tag(gov).equals("VERB")) {
      Role role = g.lower(h).endsWith("ing") ? Role.AGENT : Role.PATIENT;
      BitSet np = nounPhrase(gov);
      if (!np.isEmpty()) {
        found = Optional.of(new Part(new Argument(role, Slot.SUBJECT, g.phrase(np), ""), np, np));
      }
    }
    subjects.put(h, found);
    return found;
  }

  private Optional<Part> ownSubject(int h) {
    for (int s : g.children(h, "nsubj")) {
      if (mergedInto[s] >= 0) {
        continue;
      }
      Role role = g.relation(s).equals("nsubj:pass") ? Role.PATIENT : Role.AGENT;
      Optional<Part> p = part(h, s, role, Slot.SUBJECT);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** The nearest ancestor of {@code i} that heads a claim. */
  private Optional<Integer> clauseOf(int i) {
    for (int t = g.head(i), steps = 0; t >= 0 && steps < g.size(); t = g.head(t), steps++) {
      if (kinds[t] != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private Optional<Part> subjectOf(int h) {
    return ownSubject(h).or(() -> inheritedSubject(h));
  }

  // ---- attribution ----------------------------------------------------------------------------

  /**
   * Reported speech: the complement of "say" and its kin, and the clause that a parenthetical
   * "Putin said" interrupts, are attributed to the reporting verb's subject, with every claim
   * within them up to the next reporting verb that names a speaker of its own.
   */
  private void findSpeakers() {
    for (int r = 0; r < g.size(); r++) {
      if (kinds[r] != ClaimKind.EVENT || !lexicon.isReportingVerb(g.lemma(r)) || onlyHedges(r)) {
        continue;
      }
      int verb = r;
      Optional<Part> who = subjectOf(r);
      // "…, ” said Captain Manohar Nambiar": a name after the verb that closes a quote is its speaker,
      // where the parser made a subject of words before it ("INS Sukanya", of the quote's own clause)
      if (who.isEmpty() || (afterQuoteMark(r) && who.get().tokens().nextSetBit(0) < r)) {
        who = invertedSubject(r).or(() -> subjectOf(verb));
      }
      // "Waxman — who heads the group — tells Wired that": a name after a verb that does not
      // close a quote or follow a comma is who is told, not who speaks
      if (who.isEmpty() || (who.get().tokens().nextSetBit(0) > r && !mayInvert(r))) {
        continue;
      }
      Part speaker = asSpeaker(who.get(), r);
      for (int t : chain(r)) {
        for (int content : g.children(t)) {
          if (isReportedClause(r, content)) {
            attributeClause(content, speaker, lexicon.isDenialVerb(g.lemma(r)) && g.baseRelation(content).equals("ccomp"));
          }
        }
        for (int object : g.children(t, "obj", "obl")) {
          if (lexicon.isExpressionVerb(g.lemma(r))) {
            attributeWithin(object, speaker); // "voiced concerns about the escalation": the escalation is his
          } else if (kinds[object] == ClaimKind.NOMINAL && g.baseRelation(object).equals("obj")) {
            attribute(object, speaker, false); // "the Kremlin confirmed the meeting": the event reported
          }
        }
      }
      int gov = g.head(r);
      if (gov >= 0 && kinds[gov] != null
          && (g.baseRelation(r).equals("parataxis") || closesQuote(gov, r))) {
        attributeClause(gov, speaker, false); // "“...,” Putin said": the quote is the governor
      }
    }
  }

  /**
   * The name right after a reporting verb that follows a quote or a comma ("…,” said Sgt. Marty
   * Earley with the police department"): its subject, inverted, where the parser hung the name
   * elsewhere (as an oblique with the words after it).
   */
  private Optional<Part> invertedSubject(int r) {
    if (!mayInvert(r) || g.hasChild(r, "obj")) {
      return Optional.empty();
    }
    BitSet name = new BitSet();
    for (int t = r + 1; t < g.size() && g.tag(t).equals("PROPN"); t++) {
      name.set(t);
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Part(new Argument(Role.AGENT, Slot.SUBJECT, g.phrase(name), ""), name, name));
  }

  /** Whether the verb may come before its subject: after a quote mark or a comma ("…,” said Putin"). */
  private boolean mayInvert(int r) {
    return afterQuoteMark(r) || (r > 0 && g.token(r - 1).text().equals(","));
  }

  private boolean afterQuoteMark(int r) {
    return r > 0 && QUOTE_MARKS.contains(g.token(r - 1).text());
  }

  private static final Set<String> QUOTE_MARKS = Set.of("\"", "''", "\u201D");

  /**
   * Whether {@code content}, a dependent of reporting verb {@code r}, is what it reports: its
   * complement ("said the talks failed"), a clause set beside it ("said: talks failed"), or,
   * where the parser left the link loose, a clause after it that is joined by no conjunction
   * ("wrote in his column the offer was expected", read as a second verb) or by no relation at
   * all ("said that even though ... the list is not the means", read as "dep").
   */
  private boolean isReportedClause(int r, int content) {
    String base = g.baseRelation(content);
    if (base.equals("ccomp") || base.equals("parataxis")) {
      return true;
    }
    if (content < r) {
      return false;
    }
    if (base.equals("dep")) {
      return true;
    }
    return base.equals("conj") && !g.hasChild(content, "cc") && g.hasChild(content, "nsubj");
  }

  /**
   * "the team was believed to have offered", "he is said to be": a passive reporting verb with a
   * complement names no speaker; it hedges its complement (see {@link #chainModality}).
   */
  private boolean onlyHedges(int r) {
    return isPassive(r) && chain(r).size() > 1;
  }

  /**
   * Whether a reporting clause follows what it reports: after a closing quotation mark
   * ("“…,” Putin said", also where the parser hung the speaker's title elsewhere: "“…,” team
   * president and general manager Ed Stefanski said") or, ending the sentence, after a comma
   * ("Troops left, officials said.").
   */
  private boolean closesQuote(int quoted, int reporting) {
    if (quoted > reporting) {
      return false;
    }
    // ", officials said." ends the sentence, reports nothing of its own and joins no other clause
    boolean endsSentence = !g.baseRelation(reporting).equals("conj") && !g.hasChild(reporting, "cc")
        && !g.hasChild(reporting, "obj");
    for (int t = reporting + 1; t < g.size(); t++) {
      endsSentence &= g.tag(t).equals("PUNCT") || g.dominates(reporting, t);
    }
    boolean ownWordsOnly = true;
    for (int t = reporting - 1; t > quoted; t--) {
      String w = g.token(t).text();
      if (QUOTE_MARKS.contains(w)) {
        return true;
      }
      if (endsSentence && w.equals(",") && ownWordsOnly) {
        return true;
      }
      boolean own = g.tag(t).equals("PUNCT") || g.dominates(reporting, t);
      ownWordsOnly &= own;
      if (!own && !NOUN_PHRASE_TAGS.contains(g.tag(t))) {
        return false;
      }
    }
    return false;
  }

  /** Words of a noun phrase such as a speaker's title: "team president and general manager". */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM");

  /**
   * The claim {@code content} heads, denied where its reporting verb denies, and every claim
   * within it: what a speaker reports includes its relative and subordinate clauses.
   */
  private void attributeClause(int content, Part speaker, boolean denied) {
    if (reportsForItself(content)) {
      return;
    }
    attribute(content, speaker, denied);
    for (int c : g.children(content)) {
      if (!reportsForItself(c)) {
        attributeWithin(c, speaker);
      }
    }
  }

  /** Every claim in the subtree of {@code top}, except what a reporting verb within it reports for itself. */
  private void attributeWithin(int top, Part speaker) {
    if (reportsForItself(top)) {
      return;
    }
    if (kinds[top] != null) {
      speakers.putIfAbsent(top, speaker);
    }
    for (int c : g.children(top)) {
      attributeWithin(c, speaker);
    }
  }

  /** "X said, Y said": each reporting verb speaks for itself, unless it only hedges. */
  private boolean reportsForItself(int t) {
    return lexicon.isReportingVerb(g.lemma(t)) && !onlyHedges(t);
  }

  /** The subject of reporting verb {@code verb} as the speaker of what it reports. */
  private Part asSpeaker(Part subject, int verb) {
    Argument who = subject.argument();
    return new Part(new Argument(Role.SPEAKER, Slot.OTHER, who.phrase(), g.lemma(verb)), subject.tokens(), new BitSet());
  }

  private void attribute(int content, Part speaker, boolean denied) {
    if (kinds[content] == null || reportsForItself(content)) {
      return;
    }
    speakers.putIfAbsent(content, speaker);
    if (denied) {
      deniedContent.set(content);
    }
    for (int c : g.children(content, "conj")) {
      attribute(c, speaker, denied);
    }
  }

  // ---- role claims ----------------------------------------------------------------------------

  private List<ClaimDraft> roleClaims() {
    List<ClaimDraft> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (g.baseRelation(i).equals("appos")) {
        appositionRole(g.head(i), i).ifPresent(out::add);
      }
    }
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON) {
        titleRole(m).ifPresent(out::add);
      }
    }
    return out;
  }

  /** "Mikhail Bogdanov, deputy foreign minister": a name and a common noun in apposition. */
  private Optional<ClaimDraft> appositionRole(int head, int appos) {
    if (head < 0) {
      return Optional.empty();
    }
    int name;
    int role;
    if (g.tag(head).equals("PROPN") && g.tag(appos).equals("NOUN")) {
      name = head;
      role = appos;
    } else if (g.tag(head).equals("NOUN") && g.tag(appos).equals("PROPN")) {
      name = appos;
      role = head;
    } else {
      return Optional.empty();
    }
    if (!isNameLike(name)) {
      return Optional.empty();
    }
    BitSet nameTokens = nameTokens(name, appos, role);
    BitSet roleTokens = g.subtree(role, c -> c == appos || c == name || isOwnBranch(c));
    for (int m : g.children(role, "case", "mark")) {
      roleTokens.clear(m); // "with his Russian counterpart Vladimir Putin": the preposition is the clause's
    }
    roleTokens = g.trimEdges(roleTokens);
    if (!adjacent(nameTokens, roleTokens)) {
      return Optional.empty();
    }
    return roleDraft(role, nameTokens, roleTokens);
  }

  /**
   * "Russia's Deputy Foreign Minister Mikhail Bogdanov": the words right before a person's name,
   * ending in a person noun, are a title. Read from the surface, not the parse, because parsers
   * attach the parts of long titled names in many (often wrong) ways.
   */
  private Optional<ClaimDraft> titleRole(Mention person) {
    int first = firstTokenOf(person);
    if (first <= 0 || !isTitleWord(first - 1)) {
      return Optional.empty();
    }
    int start = first - 1;
    while (start > 0) {
      int t = start - 1;
      String tag = g.tag(t);
      if (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")) {
        start = t;
      } else if (tag.equals("PART") && g.lower(t).equals("'s") && t > 0 && g.tag(t - 1).equals("PROPN")) {
        start = t - 1; // "Russia's"
      } else {
        break;
      }
    }
    BitSet title = new BitSet();
    title.set(start, first);
    BitSet name = new BitSet();
    for (int t = first; t < g.size() && person.span().contains(g.token(t).span()); t++) {
      name.set(t);
    }
    return roleDraft(first - 1, name, title);
  }

  private int firstTokenOf(Mention mention) {
    for (int t = 0; t < g.size(); t++) {
      if (g.token(t).span().begin() >= mention.span().begin()) {
        return g.token(t).span().begin() == mention.span().begin() ? t : -1;
      }
    }
    return -1;
  }

  /** A name of someone or something that can hold a role: not a date, time or number. */
  private boolean isNameLike(int t) {
    MentionType type = mentionType(t);
    return type == null || type == MentionType.PERSON || type == MentionType.ORGANIZATION
        || type == MentionType.NAME || type == MentionType.PLACE;
  }

  /** The words of the name: its mention where the analyser found one, else its flat name words. */
  private BitSet nameTokens(int name, int appos, int role) {
    BitSet out = new BitSet();
    for (Mention m : mentions) {
      if (m.span().contains(g.token(name).span())) {
        for (int t = 0; t < g.size(); t++) {
          if (m.span().contains(g.token(t).span())) {
            out.set(t);
          }
        }
        return out;
      }
    }
    return g.trimEdges(g.subtree(name, c -> c == appos || c == role || !g.baseRelation(c).equals("flat")));
  }

  /** Whether two token sets follow each other with nothing but punctuation between them. */
  private boolean adjacent(BitSet a, BitSet b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    BitSet first = a.nextSetBit(0) < b.nextSetBit(0) ? a : b;
    BitSet second = first == a ? b : a;
    for (int t = first.length(); t < second.nextSetBit(0); t++) {
      if (!g.tag(t).equals("PUNCT")) {
        return false;
      }
    }
    return true;
  }

  /** A common noun for a person ("president", "envoy"), not a demonym adjective ("Russian"). */
  private boolean isTitleWord(int t) {
    return (g.tag(t).equals("NOUN") || g.tag(t).equals("PROPN")) && lexicon.isPersonNoun(g.lemma(t));
  }

  private Optional<ClaimDraft> roleDraft(int anchor, BitSet nameTokens, BitSet roleTokens) {
    if (nameTokens.isEmpty() || roleTokens.isEmpty() || nameTokens.intersects(roleTokens)) {
      return Optional.empty();
    }
    Phrase name = g.phrase(nameTokens);
    Phrase role = g.phrase(roleTokens);
    List<Argument> args = List.of(
        new Argument(Role.AGENT, Slot.SUBJECT, name, ""),
        new Argument(Role.ATTRIBUTE, Slot.OBJECT, role, ""));
    Phrase predicate = new Phrase("is", g.token(anchor).span());
    return Optional.of(new ClaimDraft(anchor, ClaimKind.ROLE, name.text() + ", " + role.text(),
        predicate, "be", args, Polarity.POSITIVE, Modality.ASSERTED));
  }

  // ---- text -----------------------------------------------------------------------------------

  /** The claim's own words in source order, with an attribution from outside them added at the end. */
  private String claimText(BitSet predicateTokens, List<Part> args) {
    BitSet tokens = (BitSet) predicateTokens.clone();
    String speaker = "";
    for (Part a : args) {
      tokens.or(a.shown());
    }
    for (Part a : args) {
      BitSet unseen = (BitSet) a.tokens().clone();
      unseen.andNot(tokens);
      if (a.role() == Role.SPEAKER && a.shown().isEmpty() && !unseen.isEmpty()) {
        speaker = " (" + a.argument().marker() + ": " + a.argument().text() + ")";
      }
    }
    return g.phrase(tokens).text() + speaker;
  }
}
