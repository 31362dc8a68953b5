package org.crosscheck.judge;

/** Whether the claims of a finding agree or conflict. */
public enum Verdict {
  /** The claims state the same fact compatibly. */
  AGREEMENT,
  /** The claims cannot all be right. */
  CONFLICT
}
