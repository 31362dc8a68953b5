package org.crosscheck.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line as users run it, each run a fresh JVM: {@code check} over the corpus (wall
 * time and peak resident memory) and over the seeds (wall time including JVM start, the median of
 * several runs), with {@code java -jar} and with the launcher script the build writes beside it.
 */
final class CommandLineRuns {
  private static final int SEED_RUNS = 5;

  private CommandLineRuns() {}

  static void print(Path repository, Path jar, Path corpus, long tokens) throws IOException, InterruptedException {
    List<Launch> launches = new ArrayList<>();
    launches.add(new Launch("java -jar cli/target/crosscheck.jar", List.of("java", "-jar", jar.toString())));
    Path script = jar.resolveSibling("crosscheck");
    if (Files.isExecutable(script)) {
      launches.add(new Launch("cli/target/crosscheck", List.of(script.toString())));
    }
    Path seeds = repository.resolve("seeds");
    System.out.println();
    System.out.println("command line, fresh JVM each run (wall clock, JVM start and model loading included):");
    for (Launch launch : launches) {
      Result whole = run(launch, corpus);
      System.out.printf(Locale.ROOT, "  %-36s check corpus: %6.2f s  %,8.0f tokens/s, peak resident %d MB%s%n",
          launch.label, whole.seconds, tokens / whole.seconds, whole.peakKb >> 10, exit(whole));
      if (Files.isDirectory(seeds)) {
        List<Double> times = new ArrayList<>();
        Result last = null;
        for (int i = 0; i < SEED_RUNS; i++) {
          last = run(launch, seeds);
          times.add(last.seconds);
        }
        times.sort(null);
        System.out.printf(Locale.ROOT, "  %-36s check seeds/:  %6.2f s median of %d (%.2f to %.2f), peak resident %d MB%s%n",
            "", times.get(SEED_RUNS / 2), SEED_RUNS, times.get(0), times.get(SEED_RUNS - 1), last.peakKb >> 10,
            exit(last));
      }
    }
  }

  private record Launch(String label, List<String> command) {}

  private record Result(double seconds, long peakKb, int exitCode) {}

  private static String exit(Result r) {
    return r.exitCode == 0 ? "" : " (exit code " + r.exitCode + ")";
  }

  private static Result run(Launch launch, Path input) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(launch.command);
    command.addAll(List.of("check", "--quiet", "--format", "json", "-o", "/dev/null", input.toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long peak = ProcessMemory.waitForPeakKb(process);
    int code = process.waitFor();
    return new Result(CorpusBenchmark.seconds(System.nanoTime() - start), peak, code);
  }
}
