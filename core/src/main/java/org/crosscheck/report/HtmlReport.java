package org.crosscheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.judge.Finding;

/**
 * A report as one self-contained HTML page: the sources side by side, every claim's evidence
 * span highlighted (conflicts in red, agreements in green, other claims faint), and a findings
 * list whose entries scroll each source to its spans when clicked. Styles and the one small
 * script are inline, so the file works offline and loads nothing.
 *
 * <pre>{@code
 * Map<String, String> texts = articles.stream().collect(toMap(Article::id, Article::text));
 * Files.writeString(Path.of("report.html"), HtmlReport.render(report, texts));
 * }</pre>
 *
 * <p>Every piece of article text, title, path and explanation is escaped: an article containing
 * {@code <script>} shows it as text and runs nothing. The page stays light for large reports: one
 * {@code <mark>} per stretch of text between evidence boundaries, no per-claim elements.
 * Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final int CLAIM = 1;
  private static final int AGREEMENT = 2;
  private static final int CONFLICT = 3;
  private static final String[] CLASS = {"", "c", "a", "x"};

  private HtmlReport() {}

  /**
   * The report as one HTML document.
   *
   * @param report the report to render
   * @param texts  each source's full text by source id: the text its claims' spans index into
   * @return the complete HTML page
   * @throws IllegalArgumentException when a source's text is missing or too short for its spans
   */
  public static String render(CrossCheckReport report, Map<String, String> texts) {
    StringBuilder out = new StringBuilder(1 << 16);
    write(report, texts, out);
    return out.toString();
  }

  /**
   * Appends the document to {@code out}; I/O errors are rethrown unchecked.
   *
   * @param report the report to render
   * @param texts  each source's full text by source id: the text its claims' spans index into
   * @param out    where to append the HTML page
   * @throws IllegalArgumentException when a source's text is missing or too short for its spans
   * @throws UncheckedIOException when appending to {@code out} fails
   */
  public static void write(CrossCheckReport report, Map<String, String> texts, Appendable out) {
    for (Source s : report.sources()) {
      if (!texts.containsKey(s.id())) {
        throw new IllegalArgumentException("no text given for source " + s.id());
      }
    }
    try {
      new Page(report, texts, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the HTML report", e);
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), b);
    return b.toString();
  }

  private static void escape(String s, int from, int to, StringBuilder b) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
  }

  private record Page(CrossCheckReport report, Map<String, String> texts, Appendable out) {
    void write() throws IOException {
      Map<String, Integer> sourceIndex = new HashMap<>();
      for (int i = 0; i < report.sources().size(); i++) {
        sourceIndex.put(report.sources().get(i).id(), i);
      }
      Map<String, Integer> weight = new HashMap<>();
      for (Finding f : report.findings()) {
        int w = f.isConflict() ? CONFLICT : AGREEMENT;
        f.claims().forEach(c -> weight.merge(c.id(), w, Math::max));
      }
      StringBuilder b = new StringBuilder(1 << 16);
      b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>crosscheck report</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n");
      b.append("<header><h1>crosscheck report</h1><p class=\"sum\">")
          .append(count(report.sources().size(), "source")).append(", ")
          .append(count(report.claims().size(), "claim")).append(", ")
          .append("<span class=\"a\">").append(count(report.agreements().size(), "agreement")).append("</span>, ")
          .append("<span class=\"x\">").append(count(report.conflicts().size(), "conflict")).append("</span>, ")
          .append(count(report.unverified().size(), "unverified claim")).append("</p>");
      for (InputProblem p : report.problems()) {
        b.append("<p class=\"problem\">Not read: ").append(escape(p.input())).append(": ")
            .append(escape(p.message())).append("</p>");
      }
      b.append("</header>\n<main>\n<nav id=\"findings\">\n");
      findings(b, "Conflicts", report.conflicts(), 1, sourceIndex);
      findings(b, "Agreements", report.agreements(), report.conflicts().size() + 1, sourceIndex);
      if (report.findings().isEmpty()) {
        b.append("<p>No findings: no fact is stated by more than one source.</p>\n");
      }
      b.append("</nav>\n<div id=\"sources\">\n");
      Map<String, List<Claim>> claimsBySource = new HashMap<>();
      report.claims().forEach(c -> claimsBySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c));
      for (int i = 0; i < report.sources().size(); i++) {
        Source s = report.sources().get(i);
        source(b, i, s, texts.get(s.id()), claimsBySource.getOrDefault(s.id(), List.of()), weight);
        flush(b);
      }
      b.append("</div>\n</main>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
      flush(b);
    }

    /** One list of findings, numbered from {@code first} so that {@code #fN} names the N-th of the page. */
    private void findings(StringBuilder b, String title, List<Finding> findings, int first,
        Map<String, Integer> sourceIndex) {
      if (findings.isEmpty()) {
        return;
      }
      boolean conflicts = findings.get(0).isConflict();
      b.append("<h2>").append(title).append("</h2>\n<ol class=\"").append(conflicts ? "x" : "a").append("\">\n");
      int n = first;
      for (Finding f : findings) {
        b.append("<li class=\"f\" tabindex=\"0\" id=\"f").append(n++).append("\">");
        if (f.isConflict()) {
          b.append("<b>").append(f.kind().name()).append(":</b> ");
        }
        b.append(escape(f.explanation())).append("<span class=\"refs\">");
        for (Claim c : f.claims()) {
          int source = sourceIndex.getOrDefault(c.source(), -1);
          if (source < 0) {
            continue;
          }
          b.append("<a href=\"#").append(anchor(source, c.evidence().begin())).append("\">")
              .append(escape(c.id())).append("</a>");
        }
        b.append("</span></li>\n");
      }
      b.append("</ol>\n");
    }

    private static void source(StringBuilder b, int index, Source s, String text, List<Claim> claims,
        Map<String, Integer> weight) {
      b.append("<section class=\"src\" id=\"s").append(index).append("\"><h3>").append(escape(s.id())).append("</h3>");
      b.append("<p class=\"meta\">").append(escape(s.title().isEmpty() ? s.path() : s.title()));
      if (!s.title().isEmpty()) {
        b.append("<br><span class=\"path\">").append(escape(s.path())).append("</span>");
      }
      b.append("</p>\n<div class=\"text\">");
      // Sweep over every evidence boundary: each stretch between two boundaries becomes one mark
      // coloured by the strongest claim covering it, so overlapping spans never nest.
      TreeMap<Integer, int[]> deltas = new TreeMap<>();
      for (Claim c : claims) {
        if (c.evidence().end() > text.length()) {
          throw new IllegalArgumentException("claim " + c.id() + " spans " + c.evidence()
              + " beyond the text of source " + s.id() + " (" + text.length() + " chars)");
        }
        if (c.evidence().isEmpty()) {
          continue;
        }
        int w = weight.getOrDefault(c.id(), CLAIM);
        deltas.computeIfAbsent(c.evidence().begin(), k -> new int[4])[w]++;
        deltas.computeIfAbsent(c.evidence().end(), k -> new int[4])[w]--;
      }
      int[] open = new int[4];
      int at = 0;
      for (Map.Entry<Integer, int[]> e : deltas.entrySet()) {
        int boundary = e.getKey();
        int strongest = strongest(open);
        if (boundary > at) {
          if (strongest > 0) {
            b.append("<mark id=\"").append(anchor(index, at)).append("\" class=\"").append(CLASS[strongest]).append("\">");
            escape(text, at, boundary, b);
            b.append("</mark>");
          } else {
            escape(text, at, boundary, b);
          }
          at = boundary;
        }
        for (int w = 1; w < 4; w++) {
          open[w] += e.getValue()[w];
        }
      }
      escape(text, at, text.length(), b);
      b.append("</div></section>\n");
    }

    private static int strongest(int[] open) {
      for (int w = 3; w > 0; w--) {
        if (open[w] > 0) {
          return w;
        }
      }
      return 0;
    }

    private static String anchor(int source, int begin) {
      return "m" + source + "-" + begin;
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void flush(StringBuilder b) throws IOException {
      out.append(b);
      b.setLength(0);
    }
  }

  private static final String STYLE = """
      *{box-sizing:border-box}
      html,body{margin:0;height:100%}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;display:flex;flex-direction:column}
      header{padding:.5rem 1rem;border-bottom:1px solid #ddd;background:#fafafa}
      h1{font-size:1.2rem;margin:0}
      .sum{margin:.2rem 0}
      .sum .x{color:#b3261e;font-weight:600}.sum .a{color:#1e6b2e;font-weight:600}
      .problem{color:#b3261e;margin:.2rem 0}
      main{flex:1;display:flex;min-height:0}
      nav{flex:0 0 24rem;overflow:auto;padding:0 .8rem;border-right:1px solid #ddd}
      nav h2{font-size:1rem;margin:.8rem 0 .3rem}
      nav ol{padding-left:1.6rem;margin:0}
      .f{margin:.2rem 0;padding:.3rem .4rem;border-radius:4px;cursor:pointer}
      ol.x .f{border-left:4px solid #e5534b}ol.a .f{border-left:4px solid #57ab5a}
      .f:hover,.f:focus,.f.on{background:#eef3ff;outline:none}
      .refs{display:flex;flex-wrap:wrap;gap:0 .6rem;font-size:.8rem}
      .refs a{color:#445;text-decoration:none;word-break:break-all}.refs a:hover{text-decoration:underline}
      #sources{flex:1;display:flex;overflow-x:auto;min-width:0}
      .src{flex:0 0 26rem;display:flex;flex-direction:column;border-right:1px solid #ddd;min-height:0}
      .src h3{font-size:.9rem;margin:.5rem .8rem 0;word-break:break-all}
      .meta{margin:.1rem .8rem .4rem;font-size:.85rem;color:#555}.path{font-size:.75rem;color:#888;word-break:break-all}
      .text{flex:1;overflow-y:auto;position:relative;padding:0 .8rem 40vh;white-space:pre-wrap;overflow-wrap:anywhere}
      mark{color:inherit;border-radius:2px}
      mark.c{background:#f1f1ee}
      mark.a{background:#c8ecc9}
      mark.x{background:#ffc4bf}
      mark.hit{outline:2px solid #1f4fd1;outline-offset:1px}
      @media print{body{display:block}main{display:block}.text{overflow:visible;padding-bottom:0}}
      """;

  // Scrolls each source column to the finding's spans; also leaves markers on <body> that the
  // headless-browser test reads (that the script ran, and the colours marks really got).
  private static final String SCRIPT = """
      (function(){
      var hits=[];
      function show(ids){
        hits.forEach(function(m){m.classList.remove('hit');});hits=[];
        var first=true;
        ids.forEach(function(id){
          var m=document.getElementById(id);if(!m)return;
          var box=m.closest('.text');
          box.scrollTop=Math.max(0,m.offsetTop-box.clientHeight/4);
          if(first){m.closest('.src').scrollIntoView({block:'nearest',inline:'nearest'});first=false;}
          m.classList.add('hit');hits.push(m);
        });
        document.body.dataset.shown=hits.map(function(m){return m.id+'@'+m.closest('.text').scrollTop;}).join(' ');
      }
      function idsOf(el){return Array.prototype.map.call(el.querySelectorAll('.refs a'),function(a){return a.getAttribute('href').slice(1);});}
      var nav=document.getElementById('findings');
      nav.addEventListener('click',function(e){
        var a=e.target.closest('a'),f=e.target.closest('.f');if(!f)return;
        e.preventDefault();
        nav.querySelectorAll('.f.on').forEach(function(o){o.classList.remove('on');});f.classList.add('on');
        show(a?[a.getAttribute('href').slice(1)]:idsOf(f));
      });
      nav.addEventListener('keydown',function(e){if(e.key==='Enter'&&e.target.classList.contains('f'))e.target.click();});
      // A link to #fN (the N-th finding) opens the page with that finding shown.
      var start=/^#f[0-9]+$/.test(location.hash)&&document.getElementById(location.hash.slice(1));
      if(start)start.click();
      var d=document.body.dataset,x=document.querySelector('mark.x'),g=document.querySelector('mark.a');
      d.conflictMarks=document.querySelectorAll('mark.x').length;
      d.agreementMarks=document.querySelectorAll('mark.a').length;
      d.conflictColour=x?getComputedStyle(x).backgroundColor:'';
      d.agreementColour=g?getComputedStyle(g).backgroundColor:'';
      d.hostileElements=document.querySelectorAll('.text *:not(mark)').length;
      d.hacked=String(typeof window.hacked!=='undefined');
      d.ready='true';
      d.scriptMs=Math.round(performance.now());
      })();
      """;
}
