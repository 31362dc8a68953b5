package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ArticleClaims;
import org.crosscheck.CrossChecker;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck claims}: the atomic claims each article makes. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists the atomic claims each article makes, each with its evidence span.",
    footer = {
        "",
        "Examples:",
        "  crosscheck claims seeds/                       every claim, for people",
        "  crosscheck claims --format jsonl a.txt b.html  one JSON claim per line",
        "  cat story.txt | crosscheck claims -            one article from standard input",
    })
final class ClaimsCommand implements Callable<Integer> {
  enum Format { text, jsonl }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (for people, the default) or jsonl (one JSON claim per line).")
  Format format;

  @Mixin
  CommonOptions common;


  @Override
  public Integer call() throws IOException {
    ReadResult read = common.read();
    List<ArticleClaims> results;
    List<InputProblem> problems = new ArrayList<>(read.problems());
    try (Progress p = common.progress("crosscheck: reading " + read.articles().size() + " articles")) {
      if (read.articles().isEmpty()) {
        results = List.of();
      } else {
        CrossChecker checker = Main.checker().progress(p).build();
        ReadResult supported = checker.screen(read.articles());
        problems.addAll(supported.problems());
        results = checker.claims(supported.articles());
      }
    }
    try (PrintWriter out = common.openOutput()) {
      switch (format) {
        case jsonl -> ClaimJson.writeLines(results, out);
        case text -> ClaimText.write(results, out, common.ansi());
      }
    }
    return common.reportProblems(problems);
  }
}
