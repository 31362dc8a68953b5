package org.crosscheck.judge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Difference;
import org.crosscheck.align.internal.Evidence;
import org.crosscheck.claim.Claim;
import org.crosscheck.normalize.Quantity;

/**
 * Judges aligned claims pair by pair: two claims conflict where they differ in one of the ways
 * {@link org.crosscheck.align.internal.Differences} lists (speaker, roles, named participants,
 * polarity, number, time, place). Claims that clash with none of a subgroup join it; each
 * subgroup of two or more sources is an agreement, and each pair of clashing subgroups one
 * conflict. Final, immutable and thread-safe.
 */
public final class RuleBasedJudge implements Judge {
  private final Evidence evidence;

  /**
   * A judge comparing times and places the way {@code evidence} does for alignment.
   *
   * @param evidence compares times and places; normally the one the aligner used
   */
  public RuleBasedJudge(Evidence evidence) {
    this.evidence = evidence;
  }

  /** Why two claims cannot both be right, in words. */
  private record Clash(FindingKind kind, String what, String left, String right) {}

  @Override
  public List<Finding> judge(ClaimGroup group) {
    List<ClaimFacts> facts = group.facts();
    List<List<Integer>> subgroups = subgroups(facts);
    List<Finding> out = new ArrayList<>();
    for (List<Integer> s : subgroups) {
      if (sources(facts, s).size() >= 2) {
        out.add(agreement(facts, s));
      }
    }
    for (int x = 0; x < subgroups.size(); x++) {
      for (int y = x + 1; y < subgroups.size(); y++) {
        conflict(facts, subgroups.get(x), subgroups.get(y)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Greedy partition: each claim joins the first subgroup none of whose claims it differs from,
   * its own source's included (an article that gives two counts is on both sides).
   */
  private List<List<Integer>> subgroups(List<ClaimFacts> facts) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      ClaimFacts candidate = facts.get(i);
      List<Integer> home = null;
      for (List<Integer> s : out) {
        if (s.stream().noneMatch(j -> !evidence.differences().between(facts.get(j), candidate).isEmpty())) {
          home = s;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        out.add(home);
      }
      home.add(i);
    }
    return out;
  }

  private static Set<Integer> sources(List<ClaimFacts> facts, List<Integer> members) {
    return members.stream().map(i -> facts.get(i).source()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Finding agreement(List<ClaimFacts> facts, List<Integer> members) {
    List<Claim> claims = members.stream().map(i -> facts.get(i).claim()).toList();
    String explanation = sourceNames(claims).size() + " sources state it: " + claims.get(0).text();
    return new Finding(Verdict.AGREEMENT, FindingKind.CORROBORATION, explanation, claims);
  }

  /**
   * The conflict between two subgroups, if a claim of one clashes with a claim of the other and
   * some source says only one of the two things: sources that say both disagree with themselves,
   * not with each other. It lists the claims that clash in that way with some claim of the other
   * side, not their whole subgroups: a claim that merely does not differ ("the crackdown
   * escalated", no speaker) takes no side in who said it.
   */
  private Optional<Finding> conflict(List<ClaimFacts> facts, List<Integer> left, List<Integer> right) {
    if (sources(facts, left).equals(sources(facts, right))) {
      return Optional.empty();
    }
    for (int i : left) {
      for (int j : right) {
        Optional<Clash> clash = clash(facts.get(i), facts.get(j));
        if (clash.isPresent()) {
          Clash c = clash.get();
          List<Claim> l = clashing(facts, left, right, c.kind());
          List<Claim> r = clashing(facts, right, left, c.kind());
          String explanation = c.what() + ": " + c.left() + " (" + String.join(", ", sourceNames(l)) + ") vs "
              + c.right() + " (" + String.join(", ", sourceNames(r)) + ")";
          List<Claim> both = new ArrayList<>(l);
          both.addAll(r);
          return Optional.of(new Finding(Verdict.CONFLICT, c.kind(), explanation, both));
        }
      }
    }
    return Optional.empty();
  }

  /** The claims of {@code side} that clash in this way with some claim of {@code other}. */
  private List<Claim> clashing(List<ClaimFacts> facts, List<Integer> side, List<Integer> other, FindingKind kind) {
    return side.stream()
        .filter(k -> other.stream().anyMatch(o -> clash(facts.get(k), facts.get(o)).map(Clash::kind).orElse(null) == kind))
        .map(k -> facts.get(k).claim())
        .toList();
  }

  private static Set<String> sourceNames(List<Claim> claims) {
    return claims.stream().map(Claim::source).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The first way two claims from different sources contradict each other, if any. */
  Optional<Clash> clash(ClaimFacts a, ClaimFacts b) {
    if (a.source() == b.source()) {
      return Optional.empty();
    }
    return evidence.differences().between(a, b).stream()
        .filter(d -> d.kind() != Difference.Kind.UNRELATED) // two statements, not one misreported
        .findFirst()
        .map(d -> new Clash(FindingKind.valueOf(d.kind().name()), d.what(), d.left(), d.right()));
  }

}
