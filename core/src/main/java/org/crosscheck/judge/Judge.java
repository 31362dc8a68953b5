package org.crosscheck.judge;

import java.util.List;
import org.crosscheck.align.ClaimGroup;

/**
 * Decides, for a group of aligned claims, which agree and which conflict. Implementations are
 * deterministic and thread-safe.
 */
public interface Judge {
  /**
   * Judges the claims of one group.
   *
   * @param group claims from two or more sources that state the same fact
   * @return the agreements and conflicts among the group's claims
   */
  List<Finding> judge(ClaimGroup group);
}
