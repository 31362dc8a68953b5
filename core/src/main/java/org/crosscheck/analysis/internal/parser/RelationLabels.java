package org.crosscheck.analysis.internal.parser;

import java.util.Set;

/** Reduces UD relations to the label set the parser predicts. */
public final class RelationLabels {
  /**
   * Subtypes that matter for claim extraction (passives, relative clauses, possessors, particles,
   * agents, bare temporal and measure nominals). EWT 2.15 merged obl:tmod and obl:npmod into
   * obl:unmarked, so that label stands for both.
   */
  private static final Set<String> KEPT_SUBTYPES = Set.of(
      "nsubj:pass", "csubj:pass", "aux:pass", "obl:tmod", "obl:npmod", "obl:unmarked", "obl:agent",
      "acl:relcl", "compound:prt", "nmod:poss");

  private RelationLabels() {}

  public static String normalize(String relation) {
    int colon = relation.indexOf(':');
    if (colon < 0 || KEPT_SUBTYPES.contains(relation)) {
      return relation;
    }
    return relation.substring(0, colon);
  }
}
