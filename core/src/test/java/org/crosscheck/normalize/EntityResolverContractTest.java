package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EntityResolver} must do, run over phrases cut from the seed articles and over
 * random text: no exception, deterministic results, valid keys, no duplicate keys.
 */
class EntityResolverContractTest {

  private final EntityResolver resolver = LexicalEntityResolver.standard();

  @Test
  void seedPhrasesResolveDeterministicallyToValidKeys() throws IOException {
    Path seeds = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
    assumeTrue(Files.isDirectory(seeds), "needs the seed articles in " + seeds);
    List<String> phrases = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String[] words = Files.readString(f, StandardCharsets.UTF_8).split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 3) {
          for (int n = 1; n <= 6 && i + n <= words.length; n += 2) {
            phrases.add(String.join(" ", List.of(words).subList(i, i + n)));
          }
        }
      }
    }
    assertThat(phrases).hasSizeGreaterThan(1000);
    for (String p : phrases) {
      check(p);
    }
  }

  @Test
  void randomTextNeverFails() {
    Random random = new Random(42);
    String alphabet = "aAbBzZ ,;.'’-–&()\"ÉéçÇıİ0123456789\t\n";
    for (int k = 0; k < 5000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      check(sb.toString());
    }
  }

  private void check(String phrase) {
    List<Entity> actors = resolver.actors(phrase);
    List<Entity> places = resolver.places(phrase);
    assertThat(resolver.actors(phrase)).as(phrase).isEqualTo(actors);
    assertThat(resolver.places(phrase)).as(phrase).isEqualTo(places);
    for (List<Entity> list : List.of(actors, places)) {
      assertThat(list.stream().map(Entity::key).distinct().count()).as(phrase).isEqualTo(list.size());
      for (Entity e : list) {
        assertThat(e.key()).as(phrase).matches("[\\x20-\\x7e]+").doesNotMatch(".*[A-Z].*")
            .doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(e.label()).as(phrase).isNotBlank();
      }
    }
  }
}
