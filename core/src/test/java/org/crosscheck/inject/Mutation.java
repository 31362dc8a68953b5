package org.crosscheck.inject;

import java.util.Objects;
import java.util.Optional;
import org.crosscheck.Span;
import org.crosscheck.judge.FindingKind;

/**
 * One edited copy of an article text.
 *
 * <p>A conflict mutation makes exactly one change: {@code before} is the replaced range of the
 * original text, {@code after} the range of the copy that replaced it (possibly empty, when words
 * were removed), and the copy equals {@code original[0, before.begin) + copy[after] +
 * original[before.end, length)}. A harmless rewording may touch several places; its spans then
 * cover the smallest range holding all of them.
 *
 * @param type        what was done
 * @param copy        the edited text
 * @param before      the changed range in the original text
 * @param after       the range of the copy that differs
 * @param description a readable note: "PARTICIPANTS Tara Reid -> Lindsay Lohan"
 */
public record Mutation(Type type, String copy, Span before, Span after, String description) {
  public Mutation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(description, "description");
  }

  /** The kinds of edit: five that should be reported as a conflict, four that should not. */
  public enum Type {
    PARTICIPANTS(FindingKind.PARTICIPANTS),
    NUMBER(FindingKind.NUMBER),
    TIME(FindingKind.TIME),
    POLARITY(FindingKind.POLARITY),
    SPEAKER(FindingKind.SPEAKER),
    /** A country or organisation written as an alias from the library's alias table. */
    ALIAS(null),
    /** "March 15, 2023" written as "15 March 2023". */
    DATE_FORMAT(null),
    /** Paragraphs in another order. */
    REORDER(null),
    /** The very same text: a control. */
    IDENTICAL(null);

    private final FindingKind expected;

    Type(FindingKind expected) {
      this.expected = expected;
    }

    /** The conflict kind this edit should be reported as; empty for harmless rewordings. */
    public Optional<FindingKind> expected() {
      return Optional.ofNullable(expected);
    }

    public boolean harmless() {
      return expected == null;
    }
  }

  /** The copy made by replacing {@code before} of {@code original} with {@code replacement}. */
  static Mutation replace(Type type, String original, Span before, String replacement, String description) {
    String copy = original.substring(0, before.begin()) + replacement + original.substring(before.end());
    return new Mutation(type, copy, before, Span.of(before.begin(), before.begin() + replacement.length()),
        description);
  }

  /** The changed range of the copy, widened to at least one character so that overlap tests work for removals. */
  public Span afterAtLeastOneChar() {
    if (!after.isEmpty()) {
      return after;
    }
    int b = Math.max(0, after.begin() - 1);
    return Span.of(b, Math.min(copy.length(), after.begin() + 1));
  }
}
