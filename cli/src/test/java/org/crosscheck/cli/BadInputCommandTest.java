package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.crosscheck.badinput.BadInput;
import org.crosscheck.badinput.BadInputs;
import org.crosscheck.cli.CommandRun.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck check} given the bad-input corpus together with a good seed article, as a
 * user runs it: exit code 3 when an input is unreadable (0 when all are odd but readable), one
 * line on stderr per problem naming the input and what is wrong, no stack trace, nothing else
 * printed, and the seed still in the JSON report. Each row of the table is asserted on its own;
 * the rows share two runs because each run loads the models (about a second). The text without
 * punctuation is 100 KB here (1 MB in the library's test), to keep the build short.
 */
class BadInputCommandTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
  private static final String SEED = "001_d1354a31a5cb210c";

  @TempDir
  Path dir;

  /** Each input of {@code rows} made in a directory of its own. */
  private Map<BadInput, Path> make(List<BadInput> rows) throws IOException {
    Map<BadInput, Path> made = new LinkedHashMap<>();
    for (BadInput row : rows) {
      made.put(row, BadInputs.make(row, Files.createDirectories(dir.resolve("input-" + made.size()))));
    }
    return made;
  }

  /** {@code check --format json} of the inputs and the seed. */
  private Run check(Map<BadInput, Path> inputs) throws IOException {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
    inputs.values().forEach(p -> args.add(p.toString()));
    args.add(Files.copy(SEEDS.resolve(SEED + ".txt"), dir.resolve(SEED + ".txt")).toString());
    return CommandRun.run("", args.toArray(String[]::new));
  }

  @Test
  void eachUnreadableInputIsNamedWithItsProblemAndTheSeedIsStillChecked() throws IOException {
    Map<BadInput, Path> inputs = make(BadInputs.all(100 * 1024).stream().filter(BadInput::isProblem).toList());

    Run r = check(inputs);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertCleanOutput(r);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("sources")).extracting(s -> s.get("id").asText()).contains(SEED);
    SoftAssertions softly = new SoftAssertions();
    inputs.forEach((row, bad) -> {
      softly.assertThat(r.err().lines()).as(row.name()).anySatisfy(line ->
          assertThat(line).startsWith("crosscheck: " + bad).contains(row.says()));
      softly.assertThat(report.get("problems")).as(row.name()).anySatisfy(p ->
          assertThat(p.get("input").asText()).startsWith(bad.toString()));
      softly.assertThat(report.get("sources")).as(row.name())
          .filteredOn(s -> s.get("path").asText().startsWith(bad.toString())).hasSize(row.articles());
    });
    softly.assertAll();
  }

  @Test
  void oddButReadableInputsAreCheckedWithExitCodeZero() throws IOException {
    Map<BadInput, Path> inputs = make(BadInputs.all(100 * 1024).stream().filter(i -> !i.isProblem()).toList());

    Run r = check(inputs);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertCleanOutput(r);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.get("sources")).extracting(s -> s.get("id").asText()).contains(SEED);
    SoftAssertions softly = new SoftAssertions();
    inputs.forEach((row, file) -> softly.assertThat(report.get("sources")).as(row.name())
        .filteredOn(s -> s.get("path").asText().equals(file.toString())).hasSize(row.articles()));
    softly.assertAll();
  }

  @Test
  void claimsCommandNamesAnArticleNotInEnglishAndListsTheSeedsClaims() throws IOException {
    BadInput german = BadInputs.all().stream().filter(i -> i.name().equals("German text")).findFirst().orElseThrow();
    Path bad = BadInputs.make(german, dir);
    Path seed = Files.copy(SEEDS.resolve(SEED + ".txt"), dir.resolve(SEED + ".txt"));

    Run r = CommandRun.run("", "claims", "--format", "jsonl", bad.toString(), seed.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertCleanOutput(r);
    assertThat(r.err().strip()).startsWith("crosscheck: " + bad + ": unsupported language: German (deu, confidence")
        .doesNotContain("\n");
    assertThat(r.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"source\":\"" + SEED + "\""));
  }

  /** No stack trace; every line on stderr is crosscheck's own; stdout is the JSON and nothing else. */
  private static void assertCleanOutput(Run r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    assertThat(r.err().lines().toList()).allSatisfy(line -> assertThat(line).startsWith("crosscheck: "));
    assertThat(r.out().strip()).as("JSON on stdout and nothing else").startsWith("{").endsWith("}");
  }
}
