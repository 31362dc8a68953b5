package org.crosscheck.align.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claim.Role;
import org.crosscheck.internal.TsvResource;

/**
 * Which sources report the same story: sources whose claims name the same people, places and
 * organisations and whose sentences use the same words, each weighted by how rare it is among the
 * sources (TF-IDF cosine), joined transitively. The words tell apart two look-alike events that
 * name the same people and places (two emergency patches from one company, two earthquakes in
 * one region): their articles differ in the dates, figures and details they give. Only sources
 * sharing a name are ever compared, and names that most sources share are skipped, so the cost
 * grows about linearly with the number of sources.
 *
 * <p>Thread-safe: the cosines it keeps are the same whichever thread asks first.
 */
public final class Stories {
  /** The cosine from which two sources join one story (transitively: candidates are found within it). */
  private static final double SAME_STORY = 0.35;
  /**
   * The cosine from which two sources are directly alike, which lends their claims a point: above
   * the story's, since one point more is what makes two claims a conflict rather than two facts.
   */
  private static final double ALIKE = 0.4;
  /**
   * A name or word in more than this share of the sources (and more than a handful) tells stories
   * apart poorly: it is left out.
   */
  private static final double COMMON_SHARE = 0.2;
  private static final int FEW_SOURCES = 10;
  /**
   * A name more sources than this hold is no one story's, however many sources there are: its
   * holders are not compared for it (they are for the rarer names they share), which keeps the
   * comparisons about linear in the number of sources.
   */
  private static final int MOST_HOLDERS_COMPARED = 50;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
  private static final Set<String> FUNCTION_WORDS = functionWords();

  private final int[] story;
  private final List<Map<String, Double>> vectors;
  /**
   * The cosines asked for so far, by pair of sources: the aligner asks for each pair once per
   * pair of their claims, and a source's words make its vector long.
   */
  private final Map<Long, Double> cosines = new ConcurrentHashMap<>();

  private Stories(int[] story, List<Map<String, Double>> vectors) {
    this.story = story;
    this.vectors = vectors;
  }

  /** The story of each source in {@code facts}, sources numbered as {@link ClaimFacts#source()}. */
  public static Stories of(List<ClaimFacts> facts) {
    int sources = facts.stream().mapToInt(ClaimFacts::source).max().orElse(-1) + 1;
    List<Map<String, Integer>> names = new ArrayList<>();
    List<Map<String, Integer>> terms = new ArrayList<>();
    List<Set<String>> sentences = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      names.add(new HashMap<>());
      terms.add(new HashMap<>());
      sentences.add(new HashSet<>());
    }
    for (ClaimFacts f : facts) {
      Map<String, Integer> named = names.get(f.source());
      for (Role r : List.of(Role.AGENT, Role.PATIENT, Role.PARTICIPANTS, Role.RECIPIENT)) {
        f.names(r).forEach(k -> named.merge(k, 1, Integer::sum));
      }
      f.places().forEach(p -> named.merge(p.key(), 1, Integer::sum));
      // each sentence once, however many claims it holds
      if (sentences.get(f.source()).add(f.claim().evidenceText())) {
        words(f.claim().evidenceText()).forEach(w -> terms.get(f.source()).merge(w, 1, Integer::sum));
      }
    }
    for (int s = 0; s < sources; s++) {
      // a name counts among the words as written ("Bashar al-Assad") and again as the one it
      // resolves to ("name:assad"; a country's key is its name: "greece")
      Map<String, Integer> words = terms.get(s);
      names.get(s).forEach((k, n) -> words.merge(k, n, Integer::sum));
    }
    Map<String, List<Integer>> byName = holders(names);
    Map<String, List<Integer>> byTerm = holders(terms);
    int common = Math.max(FEW_SOURCES, (int) (COMMON_SHARE * sources));
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      vectors.add(weighted(terms.get(s), byTerm, sources, common));
    }
    int[] parent = new int[sources];
    for (int s = 0; s < sources; s++) {
      parent[s] = s;
    }
    PairSet compared = new PairSet();
    List<String> keys = new ArrayList<>(byName.keySet());
    keys.sort(null);
    for (String k : keys) {
      List<Integer> holders = byName.get(k);
      if (holders.size() > Math.min(common, MOST_HOLDERS_COMPARED)) {
        continue;
      }
      for (int x = 0; x < holders.size(); x++) {
        for (int y = x + 1; y < holders.size(); y++) {
          int a = holders.get(x);
          int b = holders.get(y);
          if (compared.add(a, b) && cosine(vectors.get(a), vectors.get(b)) >= SAME_STORY) {
            union(parent, a, b);
          }
        }
      }
    }
    int[] story = new int[sources];
    for (int s = 0; s < sources; s++) {
      story[s] = find(parent, s);
    }
    return new Stories(story, vectors);
  }

  /** The sources holding each key, in ascending order. */
  private static Map<String, List<Integer>> holders(List<Map<String, Integer>> counts) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int s = 0; s < counts.size(); s++) {
      for (String k : counts.get(s).keySet()) {
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
      }
    }
    return out;
  }

  /**
   * A source's TF-IDF vector of unit length, of the keys it shares with other sources, and with at
   * most {@code common}. A word no other source uses cannot make two sources alike; left in, it
   * would only dilute the others (the more, the fewer sources there are to weigh it against).
   */
  private static Map<String, Double> weighted(Map<String, Integer> counts, Map<String, List<Integer>> holders,
      int sources, int common) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int held = holders.get(e.getKey()).size();
      if (held >= 2 && held <= common) {
        double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) sources / held);
        v.put(e.getKey(), w);
        norm += w * w;
      }
    }
    double n = Math.sqrt(norm);
    v.replaceAll((k, w) -> n == 0 ? 0 : w / n);
    return v;
  }

  /** The words of a sentence that can tell stories apart: lower-cased, no function words or single characters. */
  static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!FUNCTION_WORDS.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static Set<String> functionWords() {
    Set<String> out = new HashSet<>();
    TsvResource.rows("/org/crosscheck/align/stop-words-en.txt").forEach(row -> out.add(row[0]));
    return Set.copyOf(out);
  }

  /** Whether two sources name the same people and places, in the same words, enough to be taken as one story. */
  public boolean alike(int sourceA, int sourceB) {
    return story[sourceA] == story[sourceB] && similarity(sourceA, sourceB) >= ALIKE;
  }

  /**
   * How alike the people, places and organisations two sources name and the words they use are:
   * the cosine of their weighted names and words, 0 to 1 (1 for a source with itself).
   */
  public double similarity(int sourceA, int sourceB) {
    if (sourceA == sourceB) {
      return 1;
    }
    long pair = ((long) Math.min(sourceA, sourceB) << 32) | Math.max(sourceA, sourceB);
    return cosines.computeIfAbsent(pair, k -> cosine(vectors.get(sourceA), vectors.get(sourceB)));
  }

  /** A key naming the story of a source, stable for one input. */
  public int story(int source) {
    return story[source];
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
