package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Failures that reach the command line wrapped, as a worker thread's do. */
class ExecutionErrorsTest {

  @CommandLine.Command(name = "boom")
  static final class WorkerOutOfMemory implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException(new OutOfMemoryError("Java heap space"));
    }
  }

  @Test
  void aWorkersOutOfMemoryIsTheSameOneLineOfAdvice() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new WorkerOutOfMemory()).setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(new ExecutionErrors());

    assertThat(cli.execute()).isEqualTo(ExecutionErrors.FAILURE);
    assertThat(err.toString().strip()).startsWith("crosscheck: out of memory (Java may use ").contains("-Xmx")
        .doesNotContain("\n").doesNotContain("OutOfMemoryError");
  }
}
