package org.crosscheck.judge;

import java.util.List;
import org.crosscheck.align.ClaimGroup;

/**
 * Decides, for a group of aligned claims, which agree and which conflict. Implementations are
 * deterministic and thread-safe.
 */
public interface Judge {
  List<Finding> judge(ClaimGroup group);
}
