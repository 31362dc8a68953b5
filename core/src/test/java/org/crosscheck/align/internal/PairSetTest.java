package org.crosscheck.align.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairSetTest {
  @Test
  void addsEachPairOnceAndKeepsOrderWithinAPair() {
    PairSet set = new PairSet();
    assertThat(set.add(1, 2)).isTrue();
    assertThat(set.add(1, 2)).isFalse();
    assertThat(set.add(2, 1)).isTrue();
    assertThat(set.add(0, 0)).isTrue();
    assertThat(set.add(0, 0)).isFalse();
  }

  @Test
  void agreesWithAHashSetThroughGrowth() {
    PairSet set = new PairSet();
    Set<Long> reference = new HashSet<>();
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      int a = random.nextInt(300);
      int b = random.nextInt(300);
      assertThat(set.add(a, b)).isEqualTo(reference.add((long) a << 32 | b));
    }
    for (int i = 0; i < 5_000; i++) {
      int a = random.nextInt(400);
      int b = random.nextInt(400);
      assertThat(set.contains(a, b)).isEqualTo(reference.contains((long) a << 32 | b));
    }
  }

  @Test
  void refusesNegativeInts() {
    assertThatThrownBy(() -> new PairSet().add(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
