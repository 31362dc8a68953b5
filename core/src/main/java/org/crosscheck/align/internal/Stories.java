package org.crosscheck.align.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Role;

/**
 * Which sources report the same story: sources whose claims name the same people, places and
 * organisations, weighted by how rare each name is among the sources (TF-IDF cosine), joined
 * transitively. Only sources sharing a name are ever compared, and names that most sources share
 * are skipped, so the cost grows about linearly with the number of sources.
 */
public final class Stories {
  /** The cosine from which two sources join one story (transitively: candidates are found within it). */
  private static final double SAME_STORY = 0.45;
  /** The cosine from which two sources are directly alike, which lends their claims a point. */
  private static final double ALIKE = 0.4;
  /** A name in more than this share of the sources (and more than a handful) tells stories apart poorly. */
  private static final double COMMON_NAME_SHARE = 0.2;
  private static final int FEW_SOURCES = 10;

  private final int[] story;
  private final List<Map<String, Double>> vectors;

  private Stories(int[] story, List<Map<String, Double>> vectors) {
    this.story = story;
    this.vectors = vectors;
  }

  /** The story of each source in {@code facts}, sources numbered as {@link ClaimFacts#source()}. */
  public static Stories of(List<ClaimFacts> facts) {
    int sources = facts.stream().mapToInt(ClaimFacts::source).max().orElse(-1) + 1;
    List<Map<String, Integer>> names = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      names.add(new HashMap<>());
    }
    for (ClaimFacts f : facts) {
      for (Role r : List.of(Role.AGENT, Role.PATIENT, Role.PARTICIPANTS, Role.RECIPIENT)) {
        f.names(r).forEach(k -> names.get(f.source()).merge(k, 1, Integer::sum));
      }
      f.places().forEach(p -> names.get(f.source()).merge(p.key(), 1, Integer::sum));
    }
    Map<String, List<Integer>> bySource = new HashMap<>();
    for (int s = 0; s < sources; s++) {
      for (String k : names.get(s).keySet()) {
        bySource.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
      }
    }
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : names.get(s).entrySet()) {
        double idf = Math.log(1.0 + (double) sources / bySource.get(e.getKey()).size());
        double w = (1 + Math.log(e.getValue())) * idf;
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double n = Math.sqrt(norm);
      v.replaceAll((k, w) -> n == 0 ? 0 : w / n);
      vectors.add(v);
    }
    int[] parent = new int[sources];
    for (int s = 0; s < sources; s++) {
      parent[s] = s;
    }
    int common = Math.max(FEW_SOURCES, (int) (COMMON_NAME_SHARE * sources));
    PairSet compared = new PairSet();
    List<String> keys = new ArrayList<>(bySource.keySet());
    keys.sort(null);
    for (String k : keys) {
      List<Integer> holders = bySource.get(k);
      if (holders.size() > common) {
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

  /** Whether two sources name the same people and places enough to be taken as one story. */
  public boolean alike(int sourceA, int sourceB) {
    return story[sourceA] == story[sourceB] && cosine(vectors.get(sourceA), vectors.get(sourceB)) >= ALIKE;
  }

  /**
   * How alike the people, places and organisations two sources name are: the cosine of their
   * weighted names, 0 to 1 (1 for a source with itself).
   */
  public double similarity(int sourceA, int sourceB) {
    return sourceA == sourceB ? 1 : cosine(vectors.get(sourceA), vectors.get(sourceB));
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
