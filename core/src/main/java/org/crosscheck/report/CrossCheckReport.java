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

  public CrossCheckReport {
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
  }

  public List<Finding> conflicts() {
    return findings.stream().filter(Finding::isConflict).toList();
  }

  public List<Finding> agreements() {
    return findings.stream().filter(f -> !f.isConflict()).toList();
  }

  /** Claims that no finding involves: only one source makes them. */
  public List<Claim> unverified() {
    Set<String> found = new HashSet<>();
    findings.forEach(f -> f.claims().forEach(c -> found.add(c.id())));
    return claims.stream().filter(c -> !found.contains(c.id())).toList();
  }

  public boolean hasConflicts() {
    return findings.stream().anyMatch(Finding::isConflict);
  }
}
