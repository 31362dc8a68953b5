package org.crosscheck.claim;

import java.util.Objects;

/**
 * One role-typed argument of a claim.
 *
 * @param role   what it contributes to the claim
 * @param slot   where it stands in the clause: grammatical subject, object, or anything else
 * @param marker the word that introduces it in the source ("in", "between", "according to"),
 *               or the empty string for bare subjects and objects
 * @param phrase its words, without the marker
 */
public record Argument(Role role, Slot slot, Phrase phrase, String marker) {
  /**
   * Checks that no part is null.
   *
   * @param role   what it contributes to the claim
   * @param slot   where it stands in the clause
   * @param phrase its words, without the marker
   * @param marker the word that introduces it, or the empty string
   */
  public Argument {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(marker, "marker");
  }

  /**
   * The argument's words, without its marker.
   *
   * @return the phrase's text
   */
  public String text() {
    return phrase.text();
  }

  /** The grammatical position of an argument, which the JSON's subject and object fields follow. */
  public enum Slot {
    /** The grammatical subject of the clause. */
    SUBJECT,
    /** The direct object or complement. */
    OBJECT,
    /** Adjuncts, complements, speakers: everything that is neither subject nor object. */
    OTHER
  }

  /** {@return the role, {@code =}, then the marker (if any) and the text: {@code PLACE=in Moscow}} */
  @Override
  public String toString() {
    return role + "=" + (marker.isEmpty() ? "" : marker + " ") + phrase.text();
  }
}
