package org.crosscheck.judge;

/** Whether the claims of a finding agree or conflict. */
public enum Verdict {
  AGREEMENT,
  CONFLICT
}
