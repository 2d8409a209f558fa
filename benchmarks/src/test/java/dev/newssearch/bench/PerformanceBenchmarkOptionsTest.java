package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark's backend options refuse what they cannot run with a usage error, before any work,
 * and its help prints every option's description as written.
 */
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

  @Test
  void theHelpFormatsEveryDescription() {
    // picocli formats descriptions with String.format: a lone '%' falls back to the raw text and
    // warns on standard error, which is all that tells the two apart.
    PrintStream original = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      new CommandLine(new PerformanceBenchmark()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    } finally {
      System.setErr(original);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }
}
