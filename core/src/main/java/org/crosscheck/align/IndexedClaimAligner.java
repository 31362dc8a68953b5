package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.align.internal.PairSet;
import org.crosscheck.align.internal.Stories;
import org.crosscheck.internal.Workers;

/**
 * Aligns claims through an inverted index: each claim is filed under its predicate concepts
 * combined with its anchors (entities, places, time, content words), so only claims sharing a
 * concept and an anchor are ever compared and the cost grows about linearly with the number of
 * claims. A candidate pair is aligned when enough of what the two claims say agrees (see
 * {@link Evidence}); claims about different events that look alike (another date, another place)
 * are kept apart, and a group never gathers two claims that would be kept apart, nor grows into
 * sources that on the whole tell another story. Aligned pairs are merged surest first: by their
 * score and by how alike the names and words of their two sources are (see {@link Stories}).
 *
 * <p>Final, immutable and thread-safe. Given more than one thread, it compares claims in parallel;
 * its groups are the same for any number of threads.
 */
public final class IndexedClaimAligner implements ClaimAligner {
  /** A key filed under by more claims than this says nothing specific; it is skipped. */
  private static final int MAX_BLOCK = 60;
  /** A group larger than this stops growing: it would be a topic, not a fact. */
  private static final int MAX_GROUP = 40;
  /**
   * How alike, on average, the sources of two groups must be for them to merge into three claims
   * or more (the mean {@link Stories#similarity} over their claims of different sources): one
   * link, however sure, does not carry a claim into a group whose sources tell another story.
   * Two emergency patches of one company, five years apart, are reported in the same names;
   * their sources' words differ.
   */
  private static final double GROUP_STORY = 0.25;
  /**
   * A kind of event that one source of a story mentions this often is common there: a story of
   * meetings has many meetings, and each needs evidence of its own.
   */
  private static final int COMMON_IN_SOURCE = 5;
  /** Claims of one story filed under one concept: larger than a key's block, still bounded. */
  private static final int MAX_STORY_BLOCK = 200;

  /**
   * How many points the names and words two sources share are worth in the order of merging: a
   * link between sources that tell the same story in the same words (cosine 1) is merged as
   * early as one with three more points of its own. The links between alike sources are the
   * surest, so groups grow around them first, and a claim that must stay apart from one already
   * grouped then keeps a weaker link from joining it.
   */
  private static final double STORY_WEIGHT = 3;

  /** Claims compared per task when comparing in parallel: enough to make a task worth its overhead. */
  private static final int CLAIMS_PER_TASK = 1024;

  private final Evidence evidence;
  private final int threads;

  /**
   * An aligner that weighs evidence as {@code evidence} says (see {@link Evidence}), on the
   * calling thread.
   *
   * @param evidence decides when two claims speak of the same fact
   */
  public IndexedClaimAligner(Evidence evidence) {
    this(evidence, 1);
  }

  /**
   * An aligner that weighs evidence as {@code evidence} says and compares claims on up to
   * {@code threads} threads; its groups are the same for any number.
   *
   * @param evidence decides when two claims speak of the same fact
   * @param threads  at least 1
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public IndexedClaimAligner(Evidence evidence, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.evidence = evidence;
    this.threads = threads;
  }

  @Override
  public List<ClaimGroup> align(List<ClaimFacts> facts) {
    Stories stories = Stories.of(facts);
    List<Evidence.Profile> profiles = eachInChunks(facts, evidence::profile);
    Affinity affinity = new Affinity(profiles, stories);
    Blocks blocks = new Blocks(facts, eachInChunks(facts, evidence::filing), evidence, stories);
    List<Pair> pairs = new ArrayList<>(inChunks(facts.size(),
        (from, to) -> alignedPairs(from, to, blocks, profiles, affinity)));
    pairs.sort(Comparator.comparingDouble(Pair::rank).reversed()
        .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    Clusters clusters = new Clusters(profiles, affinity);
    for (Pair p : pairs) {
      clusters.mergeIfCompatible(p.a, p.b);
    }
    return clusters.groups(facts);
  }

  /** Two claims that align; the higher its rank, the earlier they are merged. */
  private record Pair(int a, int b, double rank) {}

  /**
   * The pairs that claims {@code from} to {@code to} (exclusive) make with later claims of other
   * sources sharing a block with them, and that align; each pair scored once, however many
   * blocks it shares.
   */
  private List<Pair> alignedPairs(int from, int to, Blocks blocks, List<Evidence.Profile> profiles,
      Affinity affinity) {
    List<Pair> out = new ArrayList<>();
    int[] lastPairedWith = new int[profiles.size()];
    Arrays.fill(lastPairedWith, -1);
    for (int a = from; a < to; a++) {
      for (int block : blocks.ofClaim(a)) {
        int[] members = blocks.members(block);
        for (int k = Arrays.binarySearch(members, a) + 1; k < members.length; k++) {
          int b = members[k];
          if (lastPairedWith[b] != a && !affinity.sameSource(a, b)) {
            lastPairedWith[b] = a;
            alignedPair(a, b, profiles, affinity).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  /**
   * Two claims with their score, the story point included, when they are close enough to align:
   * two points within a story (one of them the story's, unless both claims say what their event
   * was about), or strong evidence across stories.
   */
  private Optional<Pair> alignedPair(int a, int b, List<Evidence.Profile> profiles, Affinity affinity) {
    int score = evidence.score(profiles.get(a), profiles.get(b));
    if (score < Evidence.ALIGNED - 1) {
      return Optional.empty();
    }
    int withStory = score + affinity.bonus(a, b);
    boolean byStory = score < Evidence.ALIGNED;
    boolean aligned = affinity.sameStory(a, b)
        ? withStory >= Evidence.ALIGNED && (!byStory || evidence.storyMayAlign(profiles.get(a), profiles.get(b)))
        : score >= Evidence.STRONG;
    if (!aligned) {
      return Optional.empty();
    }
    return Optional.of(new Pair(a, b, withStory + STORY_WEIGHT * affinity.similarity(a, b)));
  }

  /** {@code work} of each claim, computed as {@link #inChunks} does. */
  private <T> List<T> eachInChunks(List<ClaimFacts> facts, Function<ClaimFacts, T> work) {
    return inChunks(facts.size(), (from, to) -> facts.subList(from, to).stream().map(work).toList());
  }

  /** What one task computes for the items {@code from} (inclusive) to {@code to} (exclusive). */
  private interface Chunk<T> {
    List<T> compute(int from, int to);
  }

  /**
   * The results of {@code chunk} over items 0 to {@code n}, computed in tasks on up to
   * {@link #threads} threads and concatenated in the order of the items: the same for any
   * number of threads.
   */
  private <T> List<T> inChunks(int n, Chunk<T> chunk) {
    if (threads == 1 || n <= CLAIMS_PER_TASK) {
      return chunk.compute(0, n);
    }
    try (Workers pool = new Workers("crosscheck-align", threads)) {
      List<Future<List<T>>> tasks = new ArrayList<>();
      for (int from = 0; from < n; from += CLAIMS_PER_TASK) {
        int start = from;
        tasks.add(pool.start(() -> chunk.compute(start, Math.min(n, start + CLAIMS_PER_TASK))));
      }
      List<T> out = new ArrayList<>(n);
      for (Future<List<T>> task : tasks) {
        out.addAll(Workers.result(task, "aligning claims"));
      }
      return out;
    }
  }

  /**
   * How two claims' sources relate: the same source, one story; and the extra point two claims
   * get for coming from the same story, unless their kind of event is common in that story (a
   * story of meetings has many meetings: each needs evidence of its own).
   */
  private static final class Affinity {
    private final Stories stories;
    private final int[] source;
    private final boolean[] commonInStory;

    Affinity(List<Evidence.Profile> profiles, Stories stories) {
      this.stories = stories;
      source = profiles.stream().mapToInt(p -> p.facts().source()).toArray();
      commonInStory = commonInStory(profiles, stories);
    }

    boolean sameSource(int a, int b) {
      return source[a] == source[b];
    }

    boolean sameStory(int a, int b) {
      return stories.alike(source[a], source[b]);
    }

    /** How alike the names and words of the two claims' sources are, 0 to 1 (see {@link Stories#similarity}). */
    double similarity(int a, int b) {
      return stories.similarity(source[a], source[b]);
    }

    /** The story point: the first claim's kind of event counts. */
    int bonus(int a, int b) {
      return !commonInStory[a] && sameStory(a, b) ? 1 : 0;
    }
  }

  /** A kind of event (its verb) in one source, or in one story. */
  private record VerbIn(String verb, int sourceOrStory) {}

  /**
   * Whether each claim's kind of event (its verb) is common in its story: some source of the
   * story has {@value #COMMON_IN_SOURCE} claims of it or more.
   */
  private static boolean[] commonInStory(List<Evidence.Profile> profiles, Stories stories) {
    Map<VerbIn, Integer> perSource = new HashMap<>();
    for (Evidence.Profile p : profiles) {
      perSource.merge(new VerbIn(p.verb().word(), p.facts().source()), 1, Integer::sum);
    }
    Map<VerbIn, Integer> perStory = new HashMap<>();
    perSource.forEach((inSource, n) ->
        perStory.merge(new VerbIn(inSource.verb(), stories.story(inSource.sourceOrStory())), n, Math::max));
    boolean[] out = new boolean[profiles.size()];
    for (int i = 0; i < out.length; i++) {
      Evidence.Profile p = profiles.get(i);
      out[i] = perStory.get(new VerbIn(p.verb().word(), stories.story(p.facts().source()))) >= COMMON_IN_SOURCE;
    }
    return out;
  }

  /** A predicate concept in one story. */
  private record StoryConcept(String concept, int story) {}

  /**
   * The candidates for alignment: claims filed under one key, a concept and an anchor, or a
   * concept and a story (a story's claims about one kind of event are compared even without a
   * shared name, and even when a claim names nothing at all: "Esther Williams ... has died" read
   * without its subject still reports its story's death). Blocks too large to say anything
   * specific are left out.
   */
  private static final class Blocks {
    /** The claims of each block, in ascending order. */
    private final List<int[]> members = new ArrayList<>();
    /** The blocks of each claim. */
    private final int[][] ofClaim;

    Blocks(List<ClaimFacts> facts, List<Evidence.Filing> filings, Evidence evidence, Stories stories) {
      int[] source = facts.stream().mapToInt(ClaimFacts::source).toArray();
      List<Integer> all = IntStream.range(0, facts.size()).boxed().toList();
      keepByAnchor(all, i -> filings.get(i).anchors(), i -> filings.get(i).concepts(), source);
      // edited copies meet by their sentence's start or end, whether or not they are filed
      keepByAnchor(all, i -> evidence.copyAnchors(facts.get(i)), i -> facts.get(i).concepts(), source);
      keep(claimsByKey(all, i -> storyConcepts(facts.get(i), filings.get(i), evidence, stories)),
          MAX_STORY_BLOCK, source);
      ofClaim = blocksOfEachClaim(facts.size());
    }

    /**
     * Keeps the blocks of a concept with an anchor: of the claims sharing an anchor, those sharing
     * a concept (most anchors belong to one claim, and are never crossed with its concepts).
     */
    private void keepByAnchor(List<Integer> claims, IntFunction<Collection<String>> anchors,
        IntFunction<Collection<String>> concepts, int[] source) {
      for (List<Integer> sharingAnchor : claimsByKey(claims, anchors)) {
        if (!ofOneSource(sharingAnchor, source)) {
          keep(claimsByKey(sharingAnchor, concepts), MAX_BLOCK, source);
        }
      }
    }

    /** The claims filed under each key, each list in the order of {@code claims}. */
    private static <K> Collection<List<Integer>> claimsByKey(List<Integer> claims,
        IntFunction<Collection<K>> keys) {
      Map<K, List<Integer>> out = new HashMap<>();
      for (int i : claims) {
        for (K key : keys.apply(i)) {
          out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
      return out.values();
    }

    /** The claim's concepts in its story, when it is filed or an event of its story. */
    private static List<StoryConcept> storyConcepts(ClaimFacts f, Evidence.Filing filing, Evidence evidence,
        Stories stories) {
      if (filing.isEmpty() && !evidence.isStoryEvent(f)) {
        return List.of();
      }
      return f.concepts().stream().map(c -> new StoryConcept(c, stories.story(f.source()))).toList();
    }

    /** Keeps the blocks at most {@code cap} claims large that make pairs: claims of two sources. */
    private void keep(Collection<List<Integer>> blocks, int cap, int[] source) {
      for (List<Integer> block : blocks) {
        if (block.size() <= cap && !ofOneSource(block, source)) {
          members.add(block.stream().mapToInt(Integer::intValue).toArray());
        }
      }
    }

    private static boolean ofOneSource(List<Integer> claims, int[] source) {
      int first = source[claims.get(0)];
      return claims.stream().allMatch(i -> source[i] == first);
    }

    private int[][] blocksOfEachClaim(int claims) {
      int[] count = new int[claims];
      members.forEach(m -> Arrays.stream(m).forEach(i -> count[i]++));
      int[][] out = new int[claims][];
      for (int i = 0; i < claims; i++) {
        out[i] = new int[count[i]];
      }
      Arrays.fill(count, 0);
      for (int block = 0; block < members.size(); block++) {
        for (int i : members.get(block)) {
          out[i][count[i]++] = block;
        }
      }
      return out;
    }

    int[] ofClaim(int claim) {
      return ofClaim[claim];
    }

    int[] members(int block) {
      return members.get(block);
    }
  }

  /**
   * Union-find over claims that refuses merges joining two claims that must stay apart. Whether
   * two claims must is asked again each time their groups meet, so the answer is kept.
   */
  private final class Clusters {
    private final int[] parent;
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final List<Evidence.Profile> profiles;
    private final Affinity affinity;
    private final PairSet apart = new PairSet();
    private final PairSet together = new PairSet();

    Clusters(List<Evidence.Profile> profiles, Affinity affinity) {
      this.profiles = profiles;
      this.affinity = affinity;
      parent = new int[profiles.size()];
      for (int i = 0; i < parent.length; i++) {
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

    void mergeIfCompatible(int a, int b) {
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
          if (mustStayApart(x, y)) {
            return;
          }
        }
      }
      if (ma.size() + mb.size() >= 3 && meanSimilarity(ma, mb) < GROUP_STORY) {
        return;
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

    /**
     * The mean {@link Stories#similarity} of the sources of the claims of two groups, over the
     * pairs of claims of different sources; 1 when there is none.
     */
    private double meanSimilarity(List<Integer> ma, List<Integer> mb) {
      double sum = 0;
      int pairs = 0;
      for (int x : ma) {
        for (int y : mb) {
          if (!affinity.sameSource(x, y)) {
            sum += affinity.similarity(x, y);
            pairs++;
          }
        }
      }
      return pairs == 0 ? 1 : sum / pairs;
    }

    /** {@link Evidence#mustStayApart}, asked once per ordered pair (the story point is the first claim's). */
    private boolean mustStayApart(int x, int y) {
      if (apart.contains(x, y)) {
        return true;
      }
      if (together.contains(x, y)) {
        return false;
      }
      boolean answer = evidence.mustStayApart(profiles.get(x), profiles.get(y), affinity.bonus(x, y));
      (answer ? apart : together).add(x, y);
      return answer;
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
