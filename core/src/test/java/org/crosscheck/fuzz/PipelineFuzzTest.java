package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.CrossChecker;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.judge.Finding;
import org.crosscheck.report.CrossCheckReport;

/**
 * Fuzzes the whole pipeline: any text (two articles when it holds a record separator U+001E, else
 * one beside a fixed partner) is cross-checked without an exception; every claim's and argument's
 * span lies within its article, the evidence is exactly the substring, every finding's claims are
 * in the report, checking the articles again in the other order gives an equal report, and the
 * first article's claims on its own are those the report gives it. One
 * checker serves every input. Without {@code JAZZER_FUZZ} only the inputs under
 * {@code src/test/resources/org/crosscheck/fuzz/PipelineFuzzTestInputs/} run (see docs/fuzzing.md).
 */
class PipelineFuzzTest {
  private static final Article PARTNER = Article.of("partner", "partner.txt",
      "Turkey severed ties with Syria in 2011, officials said on Monday. The talks in Moscow, which"
          + " began on 15 March 2023, may restore relations between Damascus and Ankara. Putin did not"
          + " meet Assad.");

  private static CrossChecker checker;

  private static synchronized CrossChecker checker() {
    if (checker == null) {
      checker = CrossChecker.builder().threads(1).checkLanguage(false).build();
    }
    return checker;
  }

  @DictionaryEntries({" said", " according to ", " did not ", " may ", " could ", " on Monday", " in 2011",
      " on 15 March 2023", " a day earlier", " Turkey", " Syria", " Russia", " Ankara", " Putin", " Assad",
      " met ", " restoration of ties", " between ", ". ", " 1,200 ", " percent", " killed ", " people",
      "\""}) // printable ASCII only: libFuzzer refuses the rest
  @FuzzTest(maxDuration = "20s")
  void anyTextGivesClaimsWithinItsSpansTheSameInEitherOrder(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int cut = text.indexOf('\u001E');
    List<Article> articles = cut < 0
        ? List.of(Article.of("fuzz", "fuzz.txt", text), PARTNER)
        : List.of(Article.of("a", "a.txt", text.substring(0, cut)), Article.of("b", "b.txt", text.substring(cut + 1)));

    CrossCheckReport report = checker().check(articles);

    Map<String, String> texts = new HashMap<>();
    articles.forEach(a -> texts.put(a.id(), a.text()));
    for (Claim c : report.claims()) {
      String source = texts.get(c.source());
      assertThat(source).as("source of %s", c.id()).isNotNull();
      assertThat(c.evidence().end()).isLessThanOrEqualTo(source.length());
      assertThat(c.evidenceText()).isEqualTo(source.substring(c.evidence().begin(), c.evidence().end()));
      assertThat(c.predicate().span().end()).isLessThanOrEqualTo(source.length());
      for (Argument a : c.arguments()) {
        assertThat(a.phrase().span().end()).as("argument of %s", c.id()).isLessThanOrEqualTo(source.length());
      }
    }
    for (Finding f : report.findings()) {
      assertThat(report.claims()).containsAll(f.claims());
    }
    assertThat(checker().check(List.of(articles.get(1), articles.get(0)))).isEqualTo(report);
    Article first = articles.get(0); // its claims do not depend on the other article
    assertThat(checker().claims(first).claims())
        .isEqualTo(report.claims().stream().filter(c -> c.source().equals(first.id())).toList());
  }
}
