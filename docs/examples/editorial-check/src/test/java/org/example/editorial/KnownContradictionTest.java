package org.example.editorial;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.assertj.CrossCheckAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the gate says when it stops a draft: article 002 says the talks may have covered restoring
 * relations between Russia and Turkey, its reference 001 between Damascus and Ankara.
 */
class KnownContradictionTest {

  @Test
  void gateStopsDraft002AgainstReference001AndSaysWhy() {
    var draft = Desk.article("002");
    var reference = Desk.article("001");
    assertThatThrownBy(() -> assertThat(Desk.CHECKER.check(draft, List.of(reference))).isConsistentWithReferences())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting draft:")
        .hasMessageContaining("\"" + draft.id() + "\"")
        .hasMessageContaining("to be consistent with its references:")
        .hasMessageContaining("[\"" + reference.id() + "\"]")
        .hasMessageContaining("PARTICIPANTS: ")
        .hasMessageContaining("one likely topic was the restoration of diplomatic relations between Russia and Turkey.")
        .hasMessageContaining("could be the restoration of ties between Damascus and Ankara.");
  }
}
