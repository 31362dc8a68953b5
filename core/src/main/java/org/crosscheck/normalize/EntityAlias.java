package org.crosscheck.normalize;

import java.util.Objects;

/**
 * One row of an alias table: {@code name} refers to the entity known as {@code target}, with the
 * public {@code source} that says so. Used for what WordNet lacks: recent names ("Türkiye" for
 * Turkey), current spellings, acronyms ("IAEA"), seats of government ("Downing Street").
 *
 * <p>Names are matched case-insensitively and without diacritics, except names written in capitals
 * only ("US", "WHO"), which match only when written in capitals.
 *
 * @param name   the surface form, as people write it
 * @param target the name of the entity it refers to: a place or organisation the resolver knows
 *               (any of its names), or else the label of a new entity
 * @param kind   what the row says
 * @param source where the fact comes from (a URL or a citation); must not be blank
 */
public record EntityAlias(String name, String target, Kind kind, String source) {

  /** What an alias row says. */
  public enum Kind {
    /** {@code name} is another name of the country {@code target}. */
    COUNTRY,
    /** {@code name} is another name of the place {@code target}. */
    PLACE,
    /** {@code name} is another name of the organisation {@code target}. */
    ORGANIZATION,
    /** {@code name} is a seat of government that stands for the country {@code target} as an actor. */
    SEAT,
    /** {@code name} is another name of the person {@code target} ("MBS" for Mohammed bin Salman). */
    PERSON,
    /** {@code name} becomes the label (and so the key) of the entity known as {@code target}. */
    LABEL
  }

  /**
   * Checks the row.
   *
   * @param name   the surface form, as people write it
   * @param target the name of the entity it refers to
   * @param kind   what the row says
   * @param source where the fact comes from
   * @throws IllegalArgumentException if {@code name}, {@code target} or {@code source} is blank,
   *     or {@code name} or {@code target} contains a tab
   */
  public EntityAlias {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (name.isBlank() || target.isBlank()) {
      throw new IllegalArgumentException("alias name and target must not be blank: '" + name
          + "' -> '" + target + "'");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("alias '" + name + "' -> '" + target
          + "' has no source: every alias row must cite one");
    }
    if (name.contains("\t") || target.contains("\t")) {
      throw new IllegalArgumentException("alias name and target must not contain tabs: '" + name + "'");
    }
  }
}
