package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline (clean, analyse, parse, extract) on the five seed articles. */
class SeedClaimsTest {
  private static List<ArticleClaims> results;

  @BeforeAll
  static void extract() {
    Path seeds = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
    ReadResult read = ArticleReader.withDefaults().read(List.of(seeds));
    assertThat(read.problems()).isEmpty();
    assertThat(read.articles()).hasSize(5);
    results = CrossChecker.create().claims(read.articles());
  }

  private static ArticleClaims seed(String prefix) {
    return results.stream().filter(r -> r.article().id().startsWith(prefix)).findFirst().orElseThrow();
  }

  /** The claims of a seed whose evidence holds {@code phrase} and whose predicate lemma is {@code lemma}. */
  private static Claim claim(String prefix, String phrase, String lemma) {
    List<Claim> found = seed(prefix).claims().stream()
        .filter(c -> c.evidenceText().contains(phrase) && c.lemma().equals(lemma))
        .toList();
    assertThat(found).as("claims '%s' in sentence with '%s' of %s", lemma, phrase, prefix).hasSize(1);
    return found.get(0);
  }

  private static String arg(Claim c, Role role) {
    return c.argument(role).map(Argument::text).orElse("<none>");
  }

  @Test
  void everyEvidenceIsTheSourceTextBetweenBeginAndEnd() {
    for (ArticleClaims r : results) {
      assertThat(r.claims()).isNotEmpty();
      for (Claim c : r.claims()) {
        assertThat(r.article().text().substring(c.evidence().begin(), c.evidence().end()))
            .as(c.id()).isEqualTo(c.evidenceText());
      }
    }
  }

  @Test
  void noClaimComesFromBoilerplate() throws IOException {
    Path gold = Path.of(System.getProperty("crosscheck.shared", "../../shared"), "seeds-gold.json");
    assumeTrue(Files.exists(gold), "needs ../shared/seeds-gold.json");
    JsonNode boilerplate = new ObjectMapper().readTree(gold.toFile()).get("boilerplate");
    assertThat(boilerplate).hasSizeGreaterThan(10);
    for (JsonNode item : boilerplate) {
      String prefix = item.get(0).asText();
      String phrase = item.get(1).asText().toLowerCase(Locale.ROOT);
      assertThat(seed(prefix).article().text().toLowerCase(Locale.ROOT)).contains(phrase);
      assertThat(seed(prefix).claims())
          .as("claims of %s from boilerplate '%s'", prefix, phrase)
          .noneMatch(c -> c.evidenceText().toLowerCase(Locale.ROOT).contains(phrase));
    }
  }

  @Test
  void severedTiesHasAgentPatientAndTime() {
    Claim c = claim("002", "Turkey severed ties with Syria in 2011", "sever");
    assertThat(c.kind()).isEqualTo(ClaimKind.EVENT);
    assertThat(arg(c, Role.AGENT)).isEqualTo("Turkey");
    assertThat(arg(c, Role.PATIENT)).isEqualTo("ties with Syria");
    assertThat(arg(c, Role.TIME)).isEqualTo("2011");
    assertThat(c.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void likelyRestorationKeepsBothParticipants() {
    Claim c = claim("002", "one likely topic was the restoration", "restoration");
    assertThat(c.kind()).isEqualTo(ClaimKind.NOMINAL);
    assertThat(c.modality()).isEqualTo(Modality.LIKELY);
    assertThat(arg(c, Role.PARTICIPANTS)).isEqualTo("Russia and Turkey");
    assertThat(c.text()).contains("restoration of diplomatic relations between Russia and Turkey");
  }

  @Test
  void possibleRestorationInTheOtherSourceNamesTheCapitals() {
    Claim c = claim("001", "could be the restoration of ties", "restoration");
    assertThat(c.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(arg(c, Role.PARTICIPANTS)).isEqualTo("Damascus and Ankara");
  }

  @Test
  void denialIsNegativeAndAttributedToTurkishOfficials() {
    Claim denial = claim("002", "Turkish officials denied this", "deny");
    assertThat(denial.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(denial.speaker()).map(Argument::text).contains("Turkish officials");

    Claim notAccurate = claim("002", "stating it was not accurate", "accurate");
    assertThat(notAccurate.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(notAccurate.speaker()).map(Argument::text).contains("Turkish officials");
  }

  @Test
  void quotedSpeechIsAttributedToItsSpeaker() {
    Claim putin = claim("003", "as loyal friends", seed("003").claims().stream()
        .filter(c -> c.evidenceText().contains("as loyal friends") && c.speaker().isPresent())
        .map(Claim::lemma).findFirst().orElse("<no attributed claim>"));
    assertThat(putin.speaker()).map(Argument::text).contains("Putin");

    Claim assad = claim("001", "our meeting today seems very important", "seem important");
    assertThat(assad.speaker()).map(Argument::text).contains("Assad");
  }

  @Test
  void appositionAndTitleGiveTheSameRole() {
    assertThat(seed("000").claims()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.ROLE);
      assertThat(c.subject()).map(Argument::text).contains("Mikhail Bogdanov");
      assertThat(c.object()).map(Argument::text).hasValueSatisfying(t -> assertThat(t).contains("deputy"));
    });
    assertThat(seed("003").claims()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.ROLE);
      assertThat(c.subject()).map(Argument::text).contains("Mikhail Bogdanov");
      assertThat(c.object()).map(Argument::text).contains("Russia's Deputy Foreign Minister");
    });
  }
}
