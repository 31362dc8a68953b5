package org.crosscheck.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from Linux's /proc (0 where there is none). */
final class ProcessMemory {
  private ProcessMemory() {}

  /** The peak resident set size of a live process so far (VmHWM), in kB; 0 once it has exited. */
  static long peakResidentKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone, or no /proc: nothing to read
    }
    return 0;
  }

  /**
   * Waits for a process to end, reading its peak resident memory every few milliseconds (the
   * peak only grows, so the last reading before it exits is the figure, give or take what it
   * took in its last milliseconds).
   *
   * @return the peak resident set size in kB
   */
  static long waitForPeakKb(Process process) throws InterruptedException {
    long peak = 0;
    while (process.isAlive()) {
      peak = Math.max(peak, peakResidentKb(process.pid()));
      Thread.sleep(5);
    }
    return peak;
  }
}
