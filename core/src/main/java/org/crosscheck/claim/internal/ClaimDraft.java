package org.crosscheck.claim.internal;

import java.util.List;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;

/**
 * A claim found in one sentence, before it is numbered and given its evidence.
 *
 * @param anchor the index of the token that heads it, which orders claims within a sentence
 */
public record ClaimDraft(
    int anchor,
    ClaimKind kind,
    String text,
    Phrase predicate,
    String lemma,
    List<Argument> arguments,
    Polarity polarity,
    Modality modality) {

  public ClaimDraft {
    arguments = List.copyOf(arguments);
  }
}
