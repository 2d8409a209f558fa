package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.app.NewsSearch;
import dev.newssearch.opensearch.testing.OpenSearchNodeProcess;
import dev.newssearch.testing.RepoFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code news-search reindex|search --backend opensearch} against a real node, as a user runs them. */
class CommandLineBackendTest {
  private static OpenSearchNodeProcess node;

  @BeforeAll
  static void start() throws Exception {
    node = OpenSearchNodeProcess.single("cli");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = NewsSearch.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reindexThenSearchTheClusterFromTheCommandLine() {
    Run reindex = run("reindex", "--input", RepoFiles.seeds().toString(), "--backend", "opensearch",
        "--opensearch-url", node.url(), "--opensearch-index", "cli-news", "--opensearch-replicas", "0");
    assertEquals(0, reindex.exitCode(), reindex.out() + reindex.err());
    assertTrue(reindex.out().contains("indexed 3 articles into cli-news-"), reindex.out());
    Run search = run("search", "taiwan", "--backend", "opensearch", "--opensearch-url", node.url(), "--opensearch-index", "cli-news");
    assertEquals(0, search.exitCode(), search.err());
    List<String> lines = search.out().lines().toList();
    assertEquals("1 hits", lines.get(0));
    assertTrue(lines.get(1).contains("000_49fbe87d8bcee795.txt"), search.out());
  }

  @Test
  void theOpenSearchBackendNeedsAnAddressAndUpdateIsRefusedClearly() {
    Run noUrl = run("search", "taiwan", "--backend", "opensearch");
    assertEquals(2, noUrl.exitCode());
    assertTrue(noUrl.err().contains("--backend opensearch needs --opensearch-url"), noUrl.err());
    Run badUrl = run("search", "taiwan", "--backend", "opensearch", "--opensearch-url", "ftp://nowhere");
    assertEquals(2, badUrl.exitCode(), badUrl.err());
    Run update = run("update", "--input", RepoFiles.seeds().toString(), "--backend", "opensearch", "--opensearch-url", node.url());
    assertEquals(2, update.exitCode());
    assertTrue(update.err().contains("update is not available on --backend opensearch yet"), update.err());
  }
}
