package org.crosscheck.assertj.error;

import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.claim.Claim;
import org.crosscheck.judge.Finding;

/** Lays findings out for failure messages: kind and explanation, then each claim's quote and span. */
final class FindingText {
  private FindingText() {}

  /** Numbered findings, each indented two spaces, its claims seven. */
  static String numbered(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (Finding f : findings) {
      if (n > 1) {
        out.append(System.lineSeparator());
      }
      out.append("  ").append(n++).append(". ").append(block(f, "       "));
    }
    return out.toString();
  }

  /** One finding: its headline, then one line per claim with the given indent. */
  static String block(Finding f, String indent) {
    StringBuilder out = new StringBuilder(headline(f));
    for (Claim c : f.claims()) {
      out.append(System.lineSeparator()).append(indent).append(quote(c));
    }
    return out.toString();
  }

  static String headline(Finding f) {
    return (f.isConflict() ? f.kind().name() : "AGREEMENT") + ": " + f.explanation();
  }

  /** {@code id [begin-end]: "evidence"}, the evidence on one line. */
  static String quote(Claim c) {
    return c.id() + " [" + c.evidence().begin() + "-" + c.evidence().end() + "]: \""
        + c.evidenceText().replaceAll("\\s+", " ").strip() + "\"";
  }

  /** {@code ["a", "b"]}, as AssertJ shows a list of strings. */
  static String ids(List<String> ids) {
    return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
