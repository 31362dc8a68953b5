package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ReadResult;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.HtmlReport;
import org.crosscheck.report.MarkdownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck check}: where the sources agree and where they conflict. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Aligns the claims of several articles and reports where they agree and conflict.",
    footer = {
        "",
        "Examples:",
        "  crosscheck check seeds/",
        "      a report for people, coloured on a terminal",
        "  crosscheck check --format json -o report.json a/ b/",
        "      the JSON report (crosscheck.report/1)",
        "  crosscheck check --format md -o REPORT.md seeds/",
        "      Markdown, to read on a code-hosting site",
        "  crosscheck check --format html -o report.html seeds/",
        "      one offline page, sources side by side",
        "  crosscheck check --fail-on conflict draft.txt sources/",
        "      exit 1 when any conflict is found (CI)",
        "  cat draft.txt | crosscheck check - sources/",
        "      the draft read from standard input",
        "",
        "Exit codes: 0 report written; 1 conflicts found and --fail-on conflict given",
        "(1 wins over 3); 2 usage error, or -o FILE cannot be written; 3 some input",
        "could not be read (the report covers the rest); 4 internal error.",
    })
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, md, html }

  enum FailOn { conflict }

  static final int CONFLICTS_FOUND = 1;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (for people, the default), json (one JSON document), md (Markdown) "
          + "or html (one self-contained page).")
  Format format;

  @Option(names = "--fail-on", paramLabel = "WHAT", description = "conflict: exit with 1 when the report has a conflict.")
  FailOn failOn;

  @Mixin
  CommonOptions common;


  @Override
  public Integer call() throws IOException {
    ReadResult read = common.read();
    CrossCheckReport report;
    try (Progress p = common.progress("crosscheck: checking " + read.articles().size() + " articles")) {
      report = Main.checker().progress(p).build().check(read.articles(), read.problems());
    }
    try (PrintWriter out = common.openOutput()) {
      switch (format) {
        case json -> ReportJson.write(report, out);
        case text -> ReportText.write(report, out, common.ansi());
        case md -> MarkdownReport.write(report, out);
        case html -> HtmlReport.write(report, texts(read), out);
      }
    }
    int unreadable = common.reportProblems(report.problems()); // those read, then those left out
    return failOn == FailOn.conflict && report.hasConflicts() ? CONFLICTS_FOUND : unreadable;
  }

  private static Map<String, String> texts(ReadResult read) {
    Map<String, String> texts = new HashMap<>();
    for (Article a : read.articles()) {
      texts.put(a.id(), a.text());
    }
    return texts;
  }
}
