package org.crosscheck.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.Span;

/**
 * One atomic claim: one predicate with its role-typed arguments, its polarity and modality, and
 * the evidence it came from.
 *
 * <pre>{@code
 * // "Turkey severed ties with Syria in 2011."
 * claim.predicate().text();              // "severed"
 * claim.argument(Role.AGENT);            // Optional[AGENT=Turkey]
 * claim.argument(Role.TIME);             // Optional[TIME=in 2011]
 * claim.evidenceText();                  // "Turkey severed ties with Syria in 2011."
 * }</pre>
 *
 * @param id           unique within a run: the source id, {@code #}, and the claim's number in its source
 * @param source       the id of the article it came from
 * @param kind         what shape of statement it came from
 * @param text         a readable rendering: the claim's own words in source order
 * @param predicate    the predicate's words as they stand in the source ("severed")
 * @param lemma        the predicate's dictionary form ("sever", "restoration"), for matching
 * @param arguments    its role-typed arguments
 * @param polarity     whether it is asserted or denied
 * @param modality     how firmly it is made
 * @param evidence     the span of the source text that states it (usually its sentence)
 * @param evidenceText exactly {@code evidence.coveredText(article text)}
 */
public record Claim(
    String id,
    String source,
    ClaimKind kind,
    String text,
    Phrase predicate,
    String lemma,
    List<Argument> arguments,
    Polarity polarity,
    Modality modality,
    Span evidence,
    String evidenceText) {

  /**
   * Copies the arguments and checks the parts.
   *
   * @param id           unique within a run
   * @param source       the id of the article it came from
   * @param kind         what shape of statement it came from
   * @param text         a readable rendering
   * @param predicate    the predicate's words as they stand in the source
   * @param lemma        the predicate's dictionary form
   * @param arguments    its role-typed arguments
   * @param polarity     whether it is asserted or denied
   * @param modality     how firmly it is made
   * @param evidence     the span of the source text that states it
   * @param evidenceText the text {@code evidence} covers
   * @throws IllegalArgumentException if {@code evidenceText} is not as long as {@code evidence}
   */
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(lemma, "lemma");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceText, "evidenceText");
    if (evidenceText.length() != evidence.length()) {
      throw new IllegalArgumentException(
          "claim " + id + ": evidence text of length " + evidenceText.length() + " does not fit span " + evidence);
    }
  }

  /**
   * The first argument with this role.
   *
   * @param role the role to look for
   * @return the first such argument in {@link #arguments()}, or empty when there is none
   */
  public Optional<Argument> argument(Role role) {
    return arguments.stream().filter(a -> a.role() == role).findFirst();
  }

  /**
   * Every argument with this role.
   *
   * @param role the role to look for
   * @return the arguments with that role, in the order of {@link #arguments()}; may be empty
   */
  public List<Argument> arguments(Role role) {
    return arguments.stream().filter(a -> a.role() == role).toList();
  }

  /**
   * The grammatical subject, when the claim has one.
   *
   * @return the first argument in the SUBJECT slot, or empty
   */
  public Optional<Argument> subject() {
    return slot(Argument.Slot.SUBJECT);
  }

  /**
   * The direct object or complement, when the claim has one.
   *
   * @return the first argument in the OBJECT slot, or empty
   */
  public Optional<Argument> object() {
    return slot(Argument.Slot.OBJECT);
  }

  /**
   * Who the claim is attributed to, for quotes and reported speech.
   *
   * @return the first SPEAKER argument, or empty when the claim is not attributed
   */
  public Optional<Argument> speaker() {
    return argument(Role.SPEAKER);
  }

  private Optional<Argument> slot(Argument.Slot slot) {
    return arguments.stream().filter(a -> a.slot() == slot).findFirst();
  }

  /** {@return the id, kind and text, separated by spaces} */
  @Override
  public String toString() {
    return id + " " + kind + " " + text;
  }
}
