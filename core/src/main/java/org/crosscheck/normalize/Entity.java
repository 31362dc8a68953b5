package org.crosscheck.normalize;

import java.util.Objects;

/**
 * A canonical entity: a stable key ("turkey") and a label for people ("Turkey"). Two surface
 * forms name the same entity exactly when their keys are equal.
 *
 * @param key   the stable key that identifies the entity; never blank
 * @param label the name shown to people, also what {@link #toString()} returns
 */
public record Entity(String key, String label) {
  /**
   * Checks both parts.
   *
   * @param key   the stable key that identifies the entity; must not be blank
   * @param label the name shown to people
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (key.isBlank()) {
      throw new IllegalArgumentException("entity key must not be blank (label '" + label + "')");
    }
  }

  /** {@return the label} */
  @Override
  public String toString() {
    return label;
  }
}
