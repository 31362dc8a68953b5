package org.crosscheck.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.judge.Finding;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.Source;

/** A report as the one JSON document of schema {@code crosscheck.report/1} (ARCHITECTURE.md). */
final class ReportJson {
  static final String SCHEMA = "crosscheck.report/1";

  private ReportJson() {}

  static void write(CrossCheckReport report, PrintWriter out) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    // Streamed, and each claim's map made only as it is written: a whole corpus's report is tens
    // of megabytes, which as one string (and a tree of maps) would double the command's memory.
    ClaimJson.MAPPER.writer(pretty).writeValue(out, toMap(report));
    out.println();
  }

  static Map<String, Object> toMap(CrossCheckReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    List<Map<String, Object>> sources = new ArrayList<>();
    for (Source s : report.sources()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("id", s.id());
      sm.put("path", s.path());
      sm.put("title", s.title());
      sources.add(sm);
    }
    m.put("sources", sources);
    Iterable<Map<String, Object>> claims = () -> report.claims().stream().map(ClaimJson::toMap).iterator();
    m.put("claims", claims);
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("verdict", f.verdict().name());
      fm.put("kind", f.kind().name());
      fm.put("explanation", f.explanation());
      fm.put("claims", f.claims().stream().map(Claim::id).toList());
      findings.add(fm);
    }
    m.put("findings", findings);
    List<Map<String, Object>> problems = new ArrayList<>();
    for (InputProblem p : report.problems()) {
      problems.add(Map.of("input", p.input(), "message", p.message()));
    }
    m.put("problems", problems);
    return m;
  }
}
