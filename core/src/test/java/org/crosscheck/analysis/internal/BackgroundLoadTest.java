package org.crosscheck.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {

  @Test
  void givesWhatWasLoaded() {
    assertThat(BackgroundLoad.start("model", () -> "loaded").join()).isEqualTo("loaded");
  }

  @Test
  void rethrowsWhatStoppedTheLoadOnTheWaitingThread() {
    UncheckedIOException unreadable = new UncheckedIOException(new IOException("model.bin: truncated"));
    BackgroundLoad<String> failing = BackgroundLoad.start("model", () -> {
      throw unreadable;
    });
    assertThatThrownBy(failing::join).isSameAs(unreadable);
  }

  @Test
  void rethrowsRunningOutOfMemoryInsteadOfWaitingForever() {
    OutOfMemoryError full = new OutOfMemoryError("Java heap space");
    BackgroundLoad<String> failing = BackgroundLoad.start("model", () -> {
      throw full;
    });
    assertThatThrownBy(failing::join).isSameAs(full);
  }

  @Test
  void aLoadThatGivesNothingIsAFailureNamingIt() {
    assertThatThrownBy(BackgroundLoad.<String>start("gazetteer", () -> null)::join)
        .isInstanceOf(NullPointerException.class).hasMessageContaining("gazetteer");
  }
}
