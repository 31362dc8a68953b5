package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.judge.Finding;
import org.crosscheck.report.CrossCheckReport;

/** A report for people: a summary line, the conflicts with their quotes, then the agreements. */
final class ReportText {
  private ReportText() {}

  static void write(CrossCheckReport r, PrintWriter out) {
    out.printf("crosscheck: %s, %s, %s, %s, %s%n", count(r.sources().size(), "source"),
        count(r.claims().size(), "claim"), count(r.agreements().size(), "agreement"),
        count(r.conflicts().size(), "conflict"), count(r.unverified().size(), "unverified claim"));
    section(out, "Conflicts", r.conflicts());
    section(out, "Agreements", r.agreements());
  }

  private static void section(PrintWriter out, String title, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    int n = 1;
    for (Finding f : findings) {
      String kind = f.isConflict() ? f.kind().name() + ": " : "";
      out.printf("%3d. %s%s%n", n++, kind, f.explanation());
      for (Claim c : f.claims()) {
        out.printf("       %s  \"%s\"  [%d-%d]%n", c.id(), oneLine(c.evidenceText()), c.evidence().begin(), c.evidence().end());
      }
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
