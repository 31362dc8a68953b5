package org.crosscheck.claim;

import java.util.Objects;

/**
 * One role-typed argument of a claim.
 *
 * @param slot   where it stands in the clause: grammatical subject, object, or anything else
 * @param marker the word that introduces it in the source ("in", "between", "according to"),
 *               or the empty string for bare subjects and objects
 */
public record Argument(Role role, Slot slot, Phrase phrase, String marker) {
  public Argument {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(marker, "marker");
  }

  public String text() {
    return phrase.text();
  }

  /** The grammatical position of an argument, which the JSON's subject and object fields follow. */
  public enum Slot {
    SUBJECT,
    OBJECT,
    /** Adjuncts, complements, speakers: everything that is neither subject nor object. */
    OTHER
  }

  @Override
  public String toString() {
    return role + "=" + (marker.isEmpty() ? "" : marker + " ") + phrase.text();
  }
}
