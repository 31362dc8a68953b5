package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.ArticleClaims;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;

/** Claims for people: one block per article, two lines per claim; the details dim when coloured. */
final class ClaimText {
  private ClaimText() {}

  static void write(List<ArticleClaims> results, PrintWriter out) {
    write(results, out, Ansi.PLAIN);
  }

  static void write(List<ArticleClaims> results, PrintWriter out, Ansi ansi) {
    for (ArticleClaims r : results) {
      out.printf("%s  %s  (%d claims)%n", ansi.bold(r.article().id()), r.article().origin(), r.claims().size());
      for (Claim c : r.claims()) {
        out.printf("  #%-4s %s%n", c.id().substring(c.id().lastIndexOf('#') + 1), c.text());
        out.printf("        %s%n", ansi.dim(details(c) + "  [" + c.evidence().begin() + "-" + c.evidence().end() + "]"));
      }
      out.println();
    }
  }

  private static String details(Claim c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.kind().name().toLowerCase(Locale.ROOT) + " '" + c.lemma() + "'");
    if (c.polarity() == Polarity.NEGATIVE) {
      parts.add("negated");
    }
    if (c.modality() != Modality.ASSERTED) {
      parts.add(c.modality().name().toLowerCase(Locale.ROOT));
    }
    for (Argument a : c.arguments()) {
      String role = a.role() == Role.OTHER && !a.marker().isEmpty() ? a.marker() : a.role().name().toLowerCase(Locale.ROOT);
      parts.add(role + ": " + a.text());
    }
    return String.join(" · ", parts);
  }
}
