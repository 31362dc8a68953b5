package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Span;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.judge.Verdict;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.HtmlReport;
import org.crosscheck.report.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a real browser shows it: headless Chromium loads the page, runs its script,
 * and the test reads the resulting DOM. Skips when Chromium is not installed ({@code .ci/run}
 * installs Debian's {@code chromium}). Set {@code -Dcrosscheck.screenshot=FILE} to also save a
 * screenshot of the seeds' report.
 */
class HtmlReportInBrowserTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
  private static final String NO_DETAILS = "rgba(0, 0, 0, 0)";

  @TempDir
  Path dir;

  private Chromium chromium;

  @BeforeEach
  void needsChromium() {
    chromium = Chromium.find().orElse(null);
    assumeTrue(chromium != null, "needs chromium (apt-get install chromium)");
  }

  private Document load(Path html, String fragment) throws Exception {
    String dom = chromium.dumpDom(html.toUri() + fragment, dir.resolve("profile"));
    assertThat(dom).as("chromium dumped a DOM").contains("<body");
    return Jsoup.parse(dom);
  }

  @Test
  void seedReportHighlightsTheConflictSpansAndScrollsToThem() throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "needs seeds/");
    Path html = dir.resolve("seeds.html");
    assertThat(CommandRun.run("", "check", "--format", "html", "-o", html.toString(), SEEDS.toString()).exitCode()).isZero();

    Document page = load(html, "");
    Element body = page.body();
    assertThat(body.attr("data-ready")).as("the page's script ran").isEqualTo("true");
    assertThat(Integer.parseInt(body.attr("data-conflict-marks"))).isPositive();
    assertThat(body.attr("data-conflict-colour")).isNotEmpty().isNotEqualTo(NO_DETAILS)
        .isNotEqualTo(body.attr("data-agreement-colour"));
    assertThat(body.attr("data-agreement-colour")).isNotEmpty().isNotEqualTo(NO_DETAILS);
    assertThat(page.select("mark.x")).extracting(Element::text)
        .anyMatch(t -> t.contains("restoration of diplomatic relations between Russia and Turkey"))
        .anyMatch(t -> t.contains("restoration of ties between Damascus and Ankara"));

    // Opening the page on a conflict finding clicks it: every one of its spans is outlined and
    // the columns whose span lies below the fold are scrolled.
    Element restoration = page.select("ol.x li.f").stream()
        .filter(f -> f.text().contains("restoration")).findFirst().orElseThrow();
    Document shown = load(html, "#" + restoration.id());
    String[] hits = shown.body().attr("data-shown").split(" ");
    assertThat(hits).hasSize(restoration.select(".refs a").size());
    assertThat(hits).anySatisfy(h -> assertThat(Integer.parseInt(h.substring(h.indexOf('@') + 1))).isPositive());
    assertThat(shown.select("mark.hit")).hasSize(hits.length).allSatisfy(m -> assertThat(m.hasClass("x")).isTrue());

    String screenshot = System.getProperty("crosscheck.screenshot");
    if (screenshot != null) {
      chromium.screenshot(html.toUri().toString(), Path.of(screenshot), 1400, 900, dir.resolve("profile"));
    }
  }

  @Test
  void hostileArticleShowsAsTextAndRunsNothing() throws Exception {
    String hostile = "The minister said <script>window.hacked=1</script> talks resume on Friday.\n\n"
        + "Officials in Ankara said <img src=x onerror=\"window.hacked=1\"> the border opened in May.\n";
    Path a = Files.writeString(dir.resolve("hostile.txt"), hostile);
    Path b = Files.writeString(dir.resolve("<img src=x onerror=alert(1)>.txt"), "Talks resume on Monday, the minister said.\n");
    Path html = dir.resolve("hostile.html");
    assertThat(CommandRun.run("", "check", "--format", "html", "-o", html.toString(), a.toString(), b.toString())
        .exitCode()).isZero();

    Document page = load(html, "");
    Element body = page.body();
    assertThat(body.attr("data-ready")).isEqualTo("true");
    assertThat(body.attr("data-hacked")).isEqualTo("false");
    assertThat(body.attr("data-hostile-elements")).isEqualTo("0");
    assertThat(page.select("script")).hasSize(1); // the report's own
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select(".text").text()).contains("<script>window.hacked=1</script>")
        .contains("<img src=x onerror=\"window.hacked=1\">");
  }

  /** 50 sources and 5,000 claims: the page stays small enough and loads fast enough to use. */
  @Test
  void fiftySourcesAndFiveThousandClaimsLoadQuickly() throws Exception {
    CrossCheckReport report = large(50, 100);
    assertThat(report.claims()).hasSize(5000);
    String page = HtmlReport.render(report, largeTexts);
    Path html = Files.writeString(dir.resolve("large.html"), page);

    long start = System.nanoTime();
    Document dom = load(html, "");
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    int scriptMs = Integer.parseInt(dom.body().attr("data-script-ms"));
    System.out.printf("large HTML report: %d KB, %d marks, script done %d ms after navigation, chromium run %d ms%n",
        page.length() / 1024, dom.select("mark").size(), scriptMs, wallMs);
    assertThat(dom.select("mark")).hasSize(5000);
    assertThat(dom.select("li.f")).hasSize(report.findings().size());
    assertThat(page.length()).isLessThan(4_000_000);
    assertThat(scriptMs).isLessThan(5_000);
  }

  private final Map<String, String> largeTexts = new HashMap<>();

  /** Sources of {@code perSource} sentences, one claim each; every 10th sentence agrees across 5 sources, every 100th conflicts. */
  private CrossCheckReport large(int sources, int perSource) {
    List<Source> srcs = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    Map<Integer, List<Claim>> bySentence = new HashMap<>();
    for (int s = 0; s < sources; s++) {
      String id = String.format("src%02d", s);
      srcs.add(new Source(id, id + ".txt", "Source " + s));
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < perSource; k++) {
        String sentence = "In sentence " + k + " of source " + s + ", the delegation met officials in the capital on Friday. ";
        int begin = text.length();
        text.append(sentence);
        if (k % 7 == 6) {
          text.append("\n\n");
        }
        Span span = Span.of(begin, begin + sentence.length() - 1);
        Claim c = new Claim(id + "#" + k, id, ClaimKind.EVENT, sentence.strip(), new Phrase("met", span), "meet",
            List.of(), Polarity.POSITIVE, Modality.ASSERTED, span, sentence.strip());
        claims.add(c);
        bySentence.computeIfAbsent(k * 1000 + s / 5, x -> new ArrayList<>()).add(c);
      }
      largeTexts.put(id, text.toString());
    }
    List<Finding> findings = new ArrayList<>();
    bySentence.forEach((key, group) -> {
      int k = key / 1000;
      if (k % 100 == 0) {
        findings.add(new Finding(Verdict.CONFLICT, FindingKind.TIME, "when: sentence " + k, group));
      } else if (k % 10 == 0) {
        findings.add(new Finding(Verdict.AGREEMENT, FindingKind.CORROBORATION, "5 sources state it: " + k, group));
      }
    });
    findings.sort(java.util.Comparator.comparing((Finding f) -> !f.isConflict()));
    return new CrossCheckReport(srcs, claims, findings, List.of());
  }
}
