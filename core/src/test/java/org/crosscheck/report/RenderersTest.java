package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.crosscheck.Span;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.junit.jupiter.api.Test;

/** Edge cases of the Markdown and HTML renderers (their full output is golden-tested in cli). */
class RenderersTest {
  private static final String TEXT = "Talks resume on Friday.";

  private static CrossCheckReport oneClaim() {
    Span span = Span.of(0, TEXT.length());
    Claim c = new Claim("a#1", "a", ClaimKind.EVENT, TEXT, new Phrase("resume", Span.of(6, 12)), "resume",
        List.of(), Polarity.POSITIVE, Modality.ASSERTED, span, TEXT);
    return new CrossCheckReport(List.of(new Source("a", "a.txt", "")), List.of(c), List.of(), List.of());
  }

  @Test
  void htmlNeedsEverySourcesText() {
    assertThatThrownBy(() -> HtmlReport.render(oneClaim(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source a");
    assertThatThrownBy(() -> HtmlReport.render(oneClaim(), Map.of("a", "Talks")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a#1");
  }

  @Test
  void htmlWithoutFindingsSaysSoAndMarksTheClaimFaint() {
    String html = HtmlReport.render(oneClaim(), Map.of("a", TEXT + "\n"));
    assertThat(html).contains("No findings").contains("<mark id=\"m0-0\" class=\"c\">Talks resume on Friday.</mark>\n");
  }

  @Test
  void htmlEscapesEveryMarkupCharacter() {
    assertThat(HtmlReport.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void markdownEscapesMarkupAndKeepsOneLine() {
    assertThat(MarkdownReport.escape("*bold*  [link](x)\n<b>|#1"))
        .isEqualTo("\\*bold\\* \\[link\\](x) \\<b\\>\\|\\#1");
  }

  @Test
  void markdownWithoutFindingsListsTheClaimAsUnverified() {
    String md = MarkdownReport.render(oneClaim());
    assertThat(md).doesNotContain("## Conflicts").doesNotContain("## Agreements")
        .contains("<summary><code>a</code>: 1 claim</summary>").contains("- `a#1` Talks resume on Friday. [0–23]");
  }
}
