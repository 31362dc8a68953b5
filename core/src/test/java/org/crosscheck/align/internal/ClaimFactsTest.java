package org.crosscheck.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.align.Facts;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.Quantity;
import org.junit.jupiter.api.Test;

class ClaimFactsTest {

  /**
   * Iteration order decides which of two differing amounts an explanation names; Map.copyOf's
   * order changes from one JVM run to the next, so the facts must fix it themselves.
   */
  @Test
  void rolesAmountsConceptsAndWordsIterateInAFixedOrderWhateverOrderTheyCameIn() {
    ClaimFacts base = Facts.of(0, "kill").build();
    Map<Role, List<Quantity>> amounts = new LinkedHashMap<>();
    amounts.put(Role.QUANTITY, List.of(new Quantity(3, "person", false)));
    amounts.put(Role.PATIENT, List.of(new Quantity(5, "person", false)));
    amounts.put(Role.AGENT, List.of(new Quantity(2, "man", false)));
    Map<Role, List<Entity>> actors = new LinkedHashMap<>();
    actors.put(Role.SPEAKER, List.of(new Entity("police", "police")));
    actors.put(Role.AGENT, List.of(new Entity("name:smith", "Smith")));
    Set<String> words = new LinkedHashSet<>(List.of("zebra", "apple", "mango"));

    ClaimFacts facts = new ClaimFacts(base.claim(), 0, new LinkedHashSet<>(List.of("slay", "kill")), actors,
        words, Optional.empty(), "", List.of(), amounts, Map.of());

    assertThat(facts.quantities().keySet()).containsExactly(Role.AGENT, Role.PATIENT, Role.QUANTITY);
    assertThat(facts.actors().keySet()).containsExactly(Role.AGENT, Role.SPEAKER);
    assertThat(facts.concepts()).containsExactly("kill", "slay");
    assertThat(facts.contentWords()).containsExactly("apple", "mango", "zebra");
  }
}
