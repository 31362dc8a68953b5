package org.crosscheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.judge.Finding;

/**
 * A report as GitHub-flavoured Markdown, to read on a code-hosting site: a summary table, the
 * conflicts (each with its clashing quotes side by side in a table, one column per source), the
 * agreements, then each source's unverified claims folded in a {@code <details>} block.
 *
 * <pre>{@code
 * String md = MarkdownReport.render(checker.check(articles));
 * }</pre>
 *
 * <p>Every piece of article text is escaped, so quotes render as written and no markup or HTML
 * in an article takes effect. Stateless and thread-safe.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * The whole report as one Markdown document.
   *
   * @param report the report to render
   * @return the Markdown document
   */
  public static String render(CrossCheckReport report) {
    StringBuilder out = new StringBuilder();
    write(report, out);
    return out.toString();
  }

  /**
   * Appends the report to {@code out}; I/O errors are rethrown unchecked.
   *
   * @param report the report to render
   * @param out    where to append the Markdown document
   * @throws UncheckedIOException when appending to {@code out} fails
   */
  public static void write(CrossCheckReport report, Appendable out) {
    try {
      new Writer(report, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the Markdown report", e);
    }
  }

  /** Escapes text for Markdown: one line, every punctuation mark that could start markup backslashed. */
  static String escape(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    StringBuilder b = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>|#~&!".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  private record Writer(CrossCheckReport report, Appendable out) {
    void write() throws IOException {
      line("# crosscheck report");
      line("");
      line("| sources | claims | agreements | conflicts | unverified claims |");
      line("| ---: | ---: | ---: | ---: | ---: |");
      line("| " + report.sources().size() + " | " + report.claims().size() + " | " + report.agreements().size()
          + " | " + report.conflicts().size() + " | " + report.unverified().size() + " |");
      line("");
      sources();
      conflicts();
      agreements();
      unverified();
      problems();
    }

    private void sources() throws IOException {
      line("| source | path | title |");
      line("| --- | --- | --- |");
      for (Source s : report.sources()) {
        line("| `" + code(s.id()) + "` | " + escape(s.path()) + " | " + escape(s.title()) + " |");
      }
    }

    private void conflicts() throws IOException {
      List<Finding> conflicts = report.conflicts();
      if (conflicts.isEmpty()) {
        return;
      }
      line("");
      line("## Conflicts");
      int n = 1;
      for (Finding f : conflicts) {
        line("");
        line("### " + n++ + ". " + f.kind().name() + ": " + escape(f.explanation()));
        line("");
        Map<String, List<Claim>> bySource = bySource(f.claims());
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder row = new StringBuilder("|");
        for (Map.Entry<String, List<Claim>> e : bySource.entrySet()) {
          header.append(" `").append(code(e.getKey())).append("` |");
          rule.append(" --- |");
          List<String> quotes = new ArrayList<>();
          for (Claim c : e.getValue()) {
            quotes.add(quote(c) + "<br>`" + code(c.id()) + "` " + span(c));
          }
          row.append(' ').append(String.join("<br><br>", quotes)).append(" |");
        }
        line(header.toString());
        line(rule.toString());
        line(row.toString());
      }
    }

    private void agreements() throws IOException {
      List<Finding> agreements = report.agreements();
      if (agreements.isEmpty()) {
        return;
      }
      line("");
      line("## Agreements");
      line("");
      int n = 1;
      for (Finding f : agreements) {
        line(n++ + ". " + escape(f.explanation()));
        for (Claim c : f.claims()) {
          line("   - `" + code(c.id()) + "` " + quote(c) + " " + span(c));
        }
      }
    }

    private void unverified() throws IOException {
      Map<String, List<Claim>> bySource = bySource(report.unverified());
      if (bySource.isEmpty()) {
        return;
      }
      line("");
      line("## Unverified claims");
      line("");
      line("Claims that only one source makes.");
      for (Source s : report.sources()) {
        List<Claim> claims = bySource.getOrDefault(s.id(), List.of());
        if (claims.isEmpty()) {
          continue;
        }
        line("");
        line("<details>");
        // Inside <summary> Markdown is not parsed, so the id is HTML-escaped rather than backslashed.
        line("<summary><code>" + html(s.id()) + "</code>: " + claims.size() + (claims.size() == 1 ? " claim" : " claims")
            + "</summary>");
        line("");
        for (Claim c : claims) {
          line("- `" + code(c.id()) + "` " + escape(c.text()) + " " + span(c));
        }
        line("");
        line("</details>");
      }
    }

    private void problems() throws IOException {
      if (report.problems().isEmpty()) {
        return;
      }
      line("");
      line("## Inputs that could not be read");
      line("");
      for (InputProblem p : report.problems()) {
        line("- " + escape(p.input()) + ": " + escape(p.message()));
      }
    }

    private static Map<String, List<Claim>> bySource(List<Claim> claims) {
      Map<String, List<Claim>> by = new LinkedHashMap<>();
      for (Claim c : claims) {
        by.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
      }
      return by;
    }

    private static String quote(Claim c) {
      return "“" + escape(c.evidenceText()) + "”";
    }

    private static String span(Claim c) {
      return "[" + c.evidence().begin() + "–" + c.evidence().end() + "]";
    }

    /** Inside a code span nothing is parsed; only backticks and table pipes need care. */
    private static String code(String s) {
      return s.replace('`', '\'').replace("|", "\\|");
    }

    private static String html(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void line(String s) throws IOException {
      out.append(s).append('\n');
    }
  }
}
