package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.judge.Finding;
import org.crosscheck.report.CrossCheckReport;

/**
 * A report for people at a terminal: a summary line, the conflicts with their quotes, then the
 * agreements. Colour (conflicts red, agreements green, claim ids dim) only when {@code ansi} is on.
 */
final class ReportText {
  private ReportText() {}

  static void write(CrossCheckReport r, PrintWriter out) {
    write(r, out, Ansi.PLAIN);
  }

  static void write(CrossCheckReport r, PrintWriter out, Ansi ansi) {
    String conflicts = count(r.conflicts().size(), "conflict");
    out.printf("crosscheck: %s, %s, %s, %s, %s%n", count(r.sources().size(), "source"),
        count(r.claims().size(), "claim"), ansi.green(count(r.agreements().size(), "agreement")),
        r.hasConflicts() ? ansi.red(conflicts) : conflicts, count(r.unverified().size(), "unverified claim"));
    section(out, "Conflicts", r.conflicts(), ansi);
    section(out, "Agreements", r.agreements(), ansi);
  }

  private static void section(PrintWriter out, String title, List<Finding> findings, Ansi ansi) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    out.println(ansi.bold(title));
    int n = 1;
    for (Finding f : findings) {
      String kind = f.isConflict() ? ansi.red(f.kind().name()) + ": " : "";
      out.printf("%3d. %s%s%n", n++, kind, f.explanation());
      for (Claim c : f.claims()) {
        out.printf("       %s  \"%s\"  %s%n", ansi.dim(c.id()), oneLine(c.evidenceText()),
            ansi.dim("[" + c.evidence().begin() + "-" + c.evidence().end() + "]"));
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
