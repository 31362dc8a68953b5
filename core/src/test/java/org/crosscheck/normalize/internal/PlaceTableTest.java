package org.crosscheck.normalize.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated place table: well formed, every name in one row, facts WordNet 3.1 states. */
class PlaceTableTest {

  private static final List<String[]> ROWS = EntityIndex.readPlaceRows().rows();

  @Test
  void containersAndTargetsAreLabelsOfPlaceRows() {
    Set<String> labels = new HashSet<>();
    for (String[] f : ROWS) {
      if (f[0].equals("P")) {
        assertThat(labels.add(f[1])).as("label " + f[1] + " twice").isTrue();
      }
    }
    for (String[] f : ROWS) {
      if (f[0].equals("P") && !f[3].isEmpty()) {
        assertThat(labels).as("container of " + f[1]).contains(f[3]);
      }
      if (f[0].equals("D") || f[0].equals("A")) {
        assertThat(labels).as("place of " + f[1]).contains(f[2]);
      }
    }
  }

  @Test
  void everySurfaceNameBelongsToOneRow() {
    Map<String, String> owner = new HashMap<>();
    for (String[] f : ROWS) {
      List<String> names = new java.util.ArrayList<>(List.of(f[1]));
      if (f[0].equals("P") && !f[4].isEmpty()) {
        names.addAll(List.of(f[4].split("\\|")));
      } else if (f[0].equals("O") && !f[2].isEmpty()) {
        names.addAll(List.of(f[2].split("\\|")));
      }
      for (String n : names) {
        String previous = owner.put(n, f[0] + " " + f[1]);
        assertThat(previous).as(n).isNull();
      }
    }
  }

  @Test
  void capitalsSeatsAndCountriesComeFromWordNet() {
    Map<String, String[]> places = new HashMap<>();
    for (String[] f : ROWS) {
      if (f[0].equals("P")) {
        places.put(f[1], f);
      }
    }
    assertThat(places.get("Ankara")).containsSequence("CAPITAL", "Turkey");
    assertThat(places.get("Moscow")).containsSequence("CAPITAL", "Russia");
    assertThat(places.get("Kremlin")).containsSequence("SEAT", "Moscow");
    assertThat(places.get("White House")).containsSequence("SEAT", "Washington");
    assertThat(places.get("Turkey")[2]).isEqualTo("COUNTRY");
    assertThat(places.get("Syria")[2]).isEqualTo("COUNTRY");
    // "Russia" is the Russian Federation, not the Soviet Union
    assertThat(places.get("Russia")[4]).contains("Russian Federation");
    assertThat(places.get("Istanbul")).containsSequence("PLACE", "Turkey");
  }
}
