package org.crosscheck.cli;

import java.util.List;
import java.util.Map;
import org.crosscheck.Span;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.crosscheck.ingest.InputProblem;
import org.crosscheck.judge.Finding;
import org.crosscheck.judge.FindingKind;
import org.crosscheck.judge.Verdict;
import org.crosscheck.report.CrossCheckReport;
import org.crosscheck.report.Source;

/**
 * A small report built by hand, so that renderer tests do not depend on the pipeline: three
 * sources, one conflict, one agreement of three, one unverified claim whose text is full of
 * Markdown and HTML, and one unreadable input.
 */
final class SmallReport {
  static final String WIRE = "Turkey severed ties with Syria in 2011. Talks resume on Friday.\n";
  static final String REWRITE = "In 2011, Turkey severed its ties with Syria. Talks resume on Monday.\n";
  static final String BLOG = "Ankara cut ties with Damascus in 2011. The <b>envoy</b> | was *not* there.\n";

  static final Map<String, String> TEXTS = Map.of("wire", WIRE, "rewrite", REWRITE, "blog", BLOG);

  private SmallReport() {}

  static CrossCheckReport report() {
    Claim blog1 = claim("blog", 1, "Ankara cut ties with Damascus in 2011.");
    Claim blog2 = claim("blog", 2, "The <b>envoy</b> | was *not* there.");
    Claim rewrite1 = claim("rewrite", 1, "In 2011, Turkey severed its ties with Syria.");
    Claim rewrite2 = claim("rewrite", 2, "Talks resume on Monday.");
    Claim wire1 = claim("wire", 1, "Turkey severed ties with Syria in 2011.");
    Claim wire2 = claim("wire", 2, "Talks resume on Friday.");
    return new CrossCheckReport(
        List.of(new Source("blog", "blog.txt", "Ankara & Damascus"), new Source("rewrite", "rewrite.txt", "Ties cut"),
            new Source("wire", "wire.txt", "")),
        List.of(blog1, blog2, rewrite1, rewrite2, wire1, wire2),
        List.of(
            new Finding(Verdict.CONFLICT, FindingKind.TIME, "when talks resume: Friday (wire) vs Monday (rewrite)",
                List.of(wire2, rewrite2)),
            new Finding(Verdict.AGREEMENT, FindingKind.CORROBORATION, "3 sources state it: Turkey severed ties with Syria",
                List.of(blog1, rewrite1, wire1))),
        List.of(new InputProblem("missing.txt", "no such file or directory")));
  }

  /** A claim whose evidence is {@code sentence}, found in its source's text; its text is the sentence. */
  static Claim claim(String source, int n, String sentence) {
    int begin = TEXTS.get(source).indexOf(sentence);
    if (begin < 0) {
      throw new IllegalArgumentException(sentence + " is not in " + source);
    }
    Span evidence = Span.of(begin, begin + sentence.length());
    return new Claim(source + "#" + n, source, ClaimKind.EVENT, sentence, new Phrase(sentence, evidence), "state",
        List.of(), Polarity.POSITIVE, Modality.ASSERTED, evidence, sentence);
  }
}
