package org.crosscheck.normalize;

import java.util.Objects;

/**
 * A canonical entity: a stable key ("turkey") and a label for people ("Turkey"). Two surface
 * forms name the same entity exactly when their keys are equal.
 */
public record Entity(String key, String label) {
  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (key.isBlank()) {
      throw new IllegalArgumentException("entity key must not be blank (label '" + label + "')");
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
