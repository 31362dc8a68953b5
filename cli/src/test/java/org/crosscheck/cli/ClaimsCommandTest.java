package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.crosscheck.cli.CommandRun.Run;
import org.junit.jupiter.api.io.TempDir;

/** The {@code claims} command as a user runs it: output contract, exit codes, messages. */
class ClaimsCommandTest {
  private static final String ARTICLE = "Turkey severed ties with Syria in 2011.\n\n"
      + "Officials in Ankara said the talks would resume on Friday.\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        out.add(new ObjectMapper().readTree(line));
      }
    }
    return out;
  }

  @Test
  void jsonLinesCarryTheContractFieldsWithExactEvidence() throws IOException {
    Path file = write("ties.txt", ARTICLE);
    Run r = CommandRun.run("", "claims", "--format", "jsonl", file.toString());

    assertThat(r.exitCode()).isZero();
    List<JsonNode> claims = lines(r.out());
    assertThat(claims).isNotEmpty();
    for (JsonNode c : claims) {
      for (String field : List.of("id", "source", "text", "subject", "predicate", "object", "evidence", "begin", "end")) {
        assertThat(c.has(field)).as("field %s in %s", field, c).isTrue();
      }
      assertThat(c.get("source").asText()).isEqualTo("ties");
      assertThat(c.get("id").asText()).startsWith("ties#");
      String evidence = ARTICLE.substring(c.get("begin").asInt(), c.get("end").asInt());
      assertThat(c.get("evidence").asText()).isEqualTo(evidence);
    }
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.get("predicate").asText()).isEqualTo("severed");
      assertThat(c.get("subject").asText()).isEqualTo("Turkey");
    });
  }

  @Test
  void textFormatNamesEachArticleAndItsClaims() throws IOException {
    Path file = write("ties.txt", ARTICLE);
    Run r = CommandRun.run("", "claims", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("ties  " + file).contains("Turkey severed ties with Syria in 2011");
  }

  @Test
  void standardInputIsOneArticle() {
    Run r = CommandRun.run(ARTICLE, "claims", "--format", "jsonl", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"predicate\":\"severed\"");
  }

  @Test
  void outputOptionWritesTheFile() throws IOException {
    Path file = write("ties.txt", ARTICLE);
    Path out = dir.resolve("claims.jsonl");
    Run r = CommandRun.run("", "claims", "--format", "jsonl", "-o", out.toString(), file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(lines(Files.readString(out))).isNotEmpty();
  }

  @Test
  void missingInputIsNamedAndTheOthersAreStillReported() throws IOException {
    Path good = write("ties.txt", ARTICLE);
    Path missing = dir.resolve("nope.txt");
    Run r = CommandRun.run("", "claims", "--format", "jsonl", missing.toString(), good.toString());

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains(missing.toString()).doesNotContain("Exception");
    assertThat(r.out()).contains("\"source\":\"ties\"");
  }

  @Test
  void invalidUtf8IsAProblemNotACrash() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '.'});
    Run r = CommandRun.run("", "claims", bad.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("bad.txt").contains("UTF-8").doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatToDo() {
    Run noCommand = CommandRun.run("");
    assertThat(noCommand.exitCode()).isEqualTo(2);
    assertThat(noCommand.err()).contains("claims");

    Run badFormat = CommandRun.run("", "claims", "--format", "xml", "x.txt");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format").contains("--help");

    Run noPath = CommandRun.run("", "claims");
    assertThat(noPath.exitCode()).isEqualTo(2);
    assertThat(noPath.err()).contains("PATH");
  }

  @Test
  void helpAndVersionExitWithZero() {
    Run help = CommandRun.run("", "claims", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--format").contains("Examples");

    Run version = CommandRun.run("", "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("crosscheck ");
  }
}
