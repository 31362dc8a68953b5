package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Concepts;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.align.internal.PairSet;
import org.crosscheck.align.internal.Stories;

/**
 * Aligns claims through an inverted index: each claim is filed under its predicate concepts
 * combined with its anchors (entities, places, time, content words), so only claims sharing a
 * concept and an anchor are ever compared and the cost grows about linearly with the number of
 * claims. A candidate pair is aligned when enough of what the two claims say agrees (see
 * {@link Evidence}); claims about different events that look alike (another date, another place)
 * are kept apart, and a group never gathers two claims that would be kept apart.
 *
 * <p>Final, immutable and thread-safe.
 */
public final class IndexedClaimAligner implements ClaimAligner {
  /** A key filed under by more claims than this says nothing specific; it is skipped. */
  private static final int MAX_BLOCK = 60;
  /** A group larger than this stops growing: it would be a topic, not a fact. */
  private static final int MAX_GROUP = 40;
  /**
   * A kind of event that one source of a story mentions this often is common there: a story of
   * meetings has many meetings, and each needs evidence of its own.
   */
  private static final int COMMON_IN_SOURCE = 5;
  /** Claims of one story filed under one concept: larger than a key's block, still bounded. */
  private static final int MAX_STORY_BLOCK = 200;

  private static final Concepts CONCEPTS = Concepts.standard();

  private final Evidence evidence;

  /**
   * An aligner that weighs evidence as {@code evidence} says (see {@link Evidence}).
   *
   * @param evidence decides when two claims speak of the same fact
   */
  public IndexedClaimAligner(Evidence evidence) {
    this.evidence = evidence;
  }

  @Override
  public List<ClaimGroup> align(List<ClaimFacts> facts) {
    Stories stories = Stories.of(facts);
    Map<String, Integer> perStory = conceptCounts(facts, stories);
    Affinity affinity = (x, y) -> storyPoint(x, y, stories, perStory);
    List<Pair> pairs = new ArrayList<>();
    for (Pair p : scoredPairs(facts, stories)) {
      ClaimFacts fa = facts.get(p.a);
      ClaimFacts fb = facts.get(p.b);
      boolean sameStory = stories.alike(fa.source(), fb.source());
      int score = p.score + affinity.bonus(fa, fb);
      if (sameStory ? score >= Evidence.ALIGNED : p.score >= Evidence.STRONG) {
        pairs.add(new Pair(p.a, p.b, score));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::score).reversed()
        .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    Clusters clusters = new Clusters(facts.size(), affinity);
    for (Pair p : pairs) {
      clusters.mergeIfCompatible(p.a, p.b, facts);
    }
    return clusters.groups(facts);
  }

  /** The extra point two claims get for coming from the same story. */
  private interface Affinity {
    int bonus(ClaimFacts a, ClaimFacts b);
  }

  /**
   * Two claims of one story get a point for it, unless their kind of event is common in that
   * story (a story of meetings has many meetings: each needs evidence of its own).
   */
  private static int storyPoint(ClaimFacts a, ClaimFacts b, Stories stories, Map<String, Integer> perStory) {
    if (!stories.alike(a.source(), b.source())) {
      return 0;
    }
    String key = CONCEPTS.verbOf(a.claim().lemma()) + "|" + stories.story(a.source());
    return perStory.getOrDefault(key, 0) < COMMON_IN_SOURCE ? 1 : 0;
  }

  /** For each story and predicate concept (its verb), the most claims any one source has of it. */
  private static Map<String, Integer> conceptCounts(List<ClaimFacts> facts, Stories stories) {
    Map<String, Integer> perSource = new HashMap<>();
    for (ClaimFacts f : facts) {
      perSource.merge(CONCEPTS.verbOf(f.claim().lemma()) + "|" + f.source(), 1, Integer::sum);
    }
    Map<String, Integer> out = new HashMap<>();
    for (ClaimFacts f : facts) {
      String concept = CONCEPTS.verbOf(f.claim().lemma());
      out.merge(concept + "|" + stories.story(f.source()), perSource.get(concept + "|" + f.source()), Math::max);
    }
    return out;
  }

  private record Pair(int a, int b, int score) {}

  /**
   * Candidate pairs with their scores: claims sharing a concept and an anchor, a concept and a
   * sentence's start or end (edited copies), or a concept and a story (a story's claims about one
   * kind of event are compared even without a shared name, and even when a claim names nothing at
   * all: "Esther Williams ... has died" read without its subject still reports its story's death).
   */
  private List<Pair> scoredPairs(List<ClaimFacts> facts, Stories stories) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      List<String> keys = evidence.blockKeys(facts.get(i));
      for (String key : keys) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      if (!keys.isEmpty() || evidence.isStoryEvent(facts.get(i))) {
        for (String concept : facts.get(i).concepts()) {
          blocks.computeIfAbsent(concept + "|story:" + stories.story(facts.get(i).source()), k -> new ArrayList<>()).add(i);
        }
      }
      for (String key : evidence.copyKeys(facts.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    PairSet seen = new PairSet();
    List<Pair> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    blocks.forEach((key, block) -> {
      int cap = key.contains("|story:") ? MAX_STORY_BLOCK : MAX_BLOCK;
      if (block.size() >= 2 && block.size() <= cap) {
        keys.add(key); // most keys hold one claim: sort only those that make pairs
      }
    });
    keys.sort(null);
    for (String key : keys) {
      List<Integer> block = blocks.get(key);
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int a = block.get(x);
          int b = block.get(y);
          if (facts.get(a).source() == facts.get(b).source() || !seen.add(a, b)) {
            continue;
          }
          int score = evidence.score(facts.get(a), facts.get(b));
          if (score >= Evidence.ALIGNED - 1) {
            out.add(new Pair(a, b, score));
          }
        }
      }
    }
    return out;
  }

  /** Union-find over claims that refuses merges joining two claims that must stay apart. */
  private final class Clusters {
    private final int[] parent;
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final Affinity affinity;

    Clusters(int n, Affinity affinity) {
      this.affinity = affinity;
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    List<Integer> membersOf(int root) {
      return members.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
    }

    void mergeIfCompatible(int a, int b, List<ClaimFacts> facts) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      List<Integer> ma = membersOf(ra);
      List<Integer> mb = membersOf(rb);
      if (ma.size() + mb.size() > MAX_GROUP) {
        return;
      }
      for (int x : ma) {
        for (int y : mb) {
          ClaimFacts fx = facts.get(x);
          ClaimFacts fy = facts.get(y);
          if (evidence.mustStayApart(fx, fy, affinity.bonus(fx, fy))) {
            return;
          }
        }
      }
      int root = Math.min(ra, rb);
      int other = Math.max(ra, rb);
      parent[other] = root;
      List<Integer> merged = new ArrayList<>(membersOf(root));
      merged.addAll(membersOf(other));
      merged.sort(null);
      members.put(root, merged);
      members.remove(other);
    }

    List<ClaimGroup> groups(List<ClaimFacts> facts) {
      List<ClaimGroup> out = new ArrayList<>();
      List<Integer> roots = new ArrayList<>(members.keySet());
      roots.sort(null);
      for (int root : roots) {
        List<ClaimFacts> group = members.get(root).stream().map(facts::get).toList();
        if (group.stream().map(ClaimFacts::source).distinct().count() >= 2) {
          out.add(new ClaimGroup(group));
        }
      }
      return out;
    }
  }
}
