package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.crosscheck.report.HtmlReport;
import org.crosscheck.report.MarkdownReport;
import org.junit.jupiter.api.Test;

/** The text and Markdown renderers against golden files written by hand for {@link SmallReport}. */
class ReportRenderersTest {
  private static String golden(String name) throws IOException {
    try (InputStream in = ReportRenderersTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String text(Ansi ansi) {
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      ReportText.write(SmallReport.report(), out, ansi);
    }
    return s.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void textMatchesItsGoldenFile() throws IOException {
    assertThat(text(Ansi.PLAIN)).isEqualTo(golden("small-report.txt"));
  }

  @Test
  void colouredTextIsThePlainTextWithAnsiCodes() throws IOException {
    String coloured = text(Ansi.COLOUR);
    assertThat(coloured).contains("\u001b[1;31m1 conflict\u001b[0m").contains("\u001b[1;31mTIME\u001b[0m")
        .contains("\u001b[32m1 agreement\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(golden("small-report.txt"));
  }

  @Test
  void markdownMatchesItsGoldenFile() throws IOException {
    assertThat(MarkdownReport.render(SmallReport.report())).isEqualTo(golden("small-report.md"));
  }

  @Test
  void htmlEscapesArticleTextAndMarksEachEvidenceSpanOnce() {
    String html = HtmlReport.render(SmallReport.report(), SmallReport.TEXTS);
    assertThat(html).contains("The &lt;b&gt;envoy&lt;/b&gt; | was *not* there.").doesNotContain("<b>envoy")
        .contains("Ankara &amp; Damascus");
    // Conflict spans red (x), agreement spans green (a), the unverified claim faint (c).
    assertThat(html).contains("<mark id=\"m2-40\" class=\"x\">Talks resume on Friday.</mark>")
        .contains("<mark id=\"m1-0\" class=\"a\">In 2011, Turkey severed its ties with Syria.</mark>")
        .contains("<mark id=\"m0-39\" class=\"c\">The &lt;b&gt;envoy&lt;/b&gt; | was *not* there.</mark>");
    assertThat(html.split("<mark ", -1)).hasSize(7);
    // Each finding links to the marks of its claims.
    assertThat(html).contains("href=\"#m2-40\"").contains("href=\"#m1-45\"");
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("@import");
  }

  @Test
  void htmlOverlappingSpansBecomeOneMarkPerStretch() {
    var r = SmallReport.report();
    var inner = SmallReport.claim("wire", 3, "Syria in 2011.");
    var claims = new java.util.ArrayList<>(r.claims());
    claims.add(inner);
    var report = new org.crosscheck.report.CrossCheckReport(r.sources(), claims, r.findings(), r.problems());
    String html = HtmlReport.render(report, SmallReport.TEXTS);
    // wire#1 (agreement) covers the inner claim: the stretch takes the stronger colour, no nesting.
    assertThat(html).contains("<mark id=\"m2-0\" class=\"a\">Turkey severed ties with </mark>"
        + "<mark id=\"m2-25\" class=\"a\">Syria in 2011.</mark>");
    assertThat(html).doesNotContain("<mark id=\"m2-0\" class=\"a\">Turkey severed ties with <mark");
  }
}
