package org.crosscheck.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.judge.Finding;

/**
 * The result of cross-checking articles: every source, every claim (those no other source
 * speaks to stay in, unverified), the findings (conflicts first, then agreements, each in the
 * order of its first claim), and the inputs that could not be read.
 */
public record CrossCheckReport(List<Source> sources, List<Claim> claims, List<Finding> findings,
    List<InputProblem> problems) {

  /**
   * Copies the lists.
   *
   * @param sources  the articles checked
   * @param claims   every claim
   * @param findings conflicts first, then agreements
   * @param problems the inputs that could not be read
   */
  public CrossCheckReport {
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
  }

  /**
   * The conflicts, in report order.
   *
   * @return the findings whose verdict is CONFLICT
   */
  public List<Finding> conflicts() {
    return findings.stream().filter(Finding::isConflict).toList();
  }

  /**
   * The agreements, in report order.
   *
   * @return the findings whose verdict is AGREEMENT
   */
  public List<Finding> agreements() {
    return findings.stream().filter(f -> !f.isConflict()).toList();
  }

  /**
   * Claims that no finding involves: only one source makes them (or their findings were not kept).
   *
   * @return those claims, in report order
   */
  public List<Claim> unverified() {
    Set<String> found = new HashSet<>();
    findings.forEach(f -> f.claims().forEach(c -> found.add(c.id())));
    return claims.stream().filter(c -> !found.contains(c.id())).toList();
  }

  /**
   * Whether any two sources conflict.
   *
   * @return whether there is at least one conflict
   */
  public boolean hasConflicts() {
    return findings.stream().anyMatch(Finding::isConflict);
  }
}
