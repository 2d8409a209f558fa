package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's backend options refuse what they cannot run with a usage error, before any work. */
class PerformanceBenchmarkOptionsTest {

  private static String refused(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new PerformanceBenchmark());
    cli.setErr(new PrintWriter(err));
    assertEquals(CommandLine.ExitCode.USAGE, cli.execute(args));
    return err.toString();
  }

  @Test
  void anUnknownBackendIsAUsageError() {
    String err = refused("--backends", "lucene,elastic");
    assertTrue(err.contains("unknown backend 'elastic'"), err);
  }

  @Test
  void aHeapThatIsNotASizeIsAUsageError() {
    String err = refused("--backend", "opensearch", "--opensearch-heap", "1x");
    assertTrue(err.contains("--opensearch-heap: '1x' is not a size"), err);
  }

  @Test
  void openSearchWithoutTheNodesJarsIsAUsageError(@TempDir Path empty) {
    String err = refused("--backend", "opensearch", "--opensearch-node", empty.toString());
    assertTrue(err.contains("no OpenSearch jars in " + empty.resolve("lib")), err);
  }
}
