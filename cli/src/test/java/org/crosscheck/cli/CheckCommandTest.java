package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.crosscheck.cli.CommandRun.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} command as a user runs it: the JSON contract, exit codes, unreadable inputs. */
class CheckCommandTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));

  @TempDir
  Path dir;

  private static JsonNode json(String out) throws IOException {
    return new ObjectMapper().readTree(out);
  }

  @Test
  void seedReportKeepsTheContract() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "needs seeds/");
    Run r = CommandRun.run("", "check", "--format", "json", SEEDS.toString());
    assertThat(r.exitCode()).isZero();
    JsonNode report = json(r.out());

    assertThat(report.get("schema").asText()).isEqualTo("crosscheck.report/1");
    assertThat(report.get("sources")).hasSize(5);
    Map<String, String> texts = new HashMap<>();
    for (JsonNode s : report.get("sources")) {
      texts.put(s.get("id").asText(), Files.readString(Path.of(s.get("path").asText()), StandardCharsets.UTF_8));
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode c : report.get("claims")) {
      ids.add(c.get("id").asText());
      String text = texts.get(c.get("source").asText());
      assertThat(text.substring(c.get("begin").asInt(), c.get("end").asInt())).isEqualTo(c.get("evidence").asText());
    }
    assertThat(report.get("findings")).isNotEmpty().allSatisfy(f -> {
      assertThat(f.get("verdict").asText()).isIn("AGREEMENT", "CONFLICT");
      assertThat(f.get("explanation").asText()).isNotBlank();
      assertThat(f.get("claims")).hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(id -> assertThat(ids).contains(id.asText()));
    });
  }

  @Test
  void seedsConflictOnWhoseTiesMayBeRestored() throws IOException {
    assertSeedConflict("PARTICIPANTS", "between Russia and Turkey", "between Damascus and Ankara");
  }

  @Test
  void seedsConflictOnWhoSpokeOfEscalation() throws IOException {
    assertSeedConflict("SPEAKER", "The Syrian president voiced his concerns", "Putin sought Assad");
  }

  /** The seeds' report has a conflict of this kind between claims whose evidence quotes these. */
  private static void assertSeedConflict(String kind, String quoteA, String quoteB) throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "needs seeds/");
    JsonNode report = json(CommandRun.run("", "check", "--format", "json", SEEDS.toString()).out());
    Map<String, String> evidence = new HashMap<>();
    report.get("claims").forEach(c -> evidence.put(c.get("id").asText(), c.get("evidence").asText()));

    assertThat(report.get("findings")).anySatisfy(f -> {
      assertThat(f.get("verdict").asText()).isEqualTo("CONFLICT");
      assertThat(f.get("kind").asText()).isEqualTo(kind);
      Set<String> quotes = new HashSet<>();
      f.get("claims").forEach(id -> quotes.add(evidence.get(id.asText())));
      assertThat(quotes).anyMatch(q -> q.contains(quoteA)).anyMatch(q -> q.contains(quoteB));
    });
  }

  @Test
  void failOnConflictGatesWithExitCodeOne() {
    assumeTrue(Files.isDirectory(SEEDS), "needs seeds/");
    Run run = CommandRun.run("", "check", "--fail-on", "conflict", SEEDS.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
  }

  @Test
  void agreeingSourcesGiveAnAgreementAndPassTheGate() throws IOException {
    Path a = Files.writeString(dir.resolve("wire.txt"), "Turkey severed ties with Syria in 2011.\n");
    Path b = Files.writeString(dir.resolve("rewrite.txt"), "In 2011, Turkey severed its ties with Syria.\n");
    Run r = CommandRun.run("", "check", "--format", "json", "--fail-on", "conflict", a.toString(), b.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(json(r.out()).get("findings")).singleElement().satisfies(f -> {
      assertThat(f.get("verdict").asText()).isEqualTo("AGREEMENT");
      assertThat(f.get("claims")).hasSize(2);
    });
  }

  @Test
  void unreadableInputIsNamedInTheReportAndTheRestIsChecked() throws IOException {
    Path good = Files.writeString(dir.resolve("wire.txt"), "Turkey severed ties with Syria in 2011.\n");
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28});
    Run r = CommandRun.run("", "check", "--format", "json", good.toString(), bad.toString());

    assertThat(r.exitCode()).isEqualTo(3);
    JsonNode report = json(r.out());
    assertThat(report.get("sources")).extracting(s -> s.get("id").asText()).containsExactly("wire");
    assertThat(report.get("problems")).singleElement()
        .satisfies(p -> assertThat(p.get("input").asText()).contains("bad.txt"));
    assertThat(r.err()).contains("bad.txt").doesNotContain("Exception");
  }
}
