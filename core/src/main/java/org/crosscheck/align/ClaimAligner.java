package org.crosscheck.align;

import java.util.List;
import org.crosscheck.align.internal.ClaimFacts;

/**
 * Groups claims from different sources that state the same fact. Implementations are
 * deterministic (the same facts give the same groups, in the same order) and thread-safe.
 */
public interface ClaimAligner {
  /**
   * Groups claims that state the same fact.
   *
   * @param facts the normalised facts of every claim from every source
   * @return the groups, each holding claims from at least two sources
   */
  List<ClaimGroup> align(List<ClaimFacts> facts);
}
