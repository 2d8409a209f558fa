package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.app.NewsSearch;
import dev.newssearch.opensearch.testing.TestNodes;
import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import dev.newssearch.testing.RepoFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code news-search reindex|update|search --backend opensearch} against a real node, as a user runs them. */
class CommandLineBackendTest {
  private static OpenSearchNodeProcess node;

  @BeforeAll
  static void start() throws Exception {
    node = TestNodes.single("cli");
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
  void theOpenSearchBackendNeedsAnAddress() {
    Run noUrl = run("search", "taiwan", "--backend", "opensearch");
    assertEquals(2, noUrl.exitCode());
    assertTrue(noUrl.err().contains("--backend opensearch needs --opensearch-url"), noUrl.err());
    Run badUrl = run("search", "taiwan", "--backend", "opensearch", "--opensearch-url", "ftp://nowhere");
    assertEquals(2, badUrl.exitCode(), badUrl.err());
    Run noUpdateUrl = run("update", "--input", RepoFiles.seeds().toString(), "--backend", "opensearch");
    assertEquals(2, noUpdateUrl.exitCode(), noUpdateUrl.err());
  }

  @Test
  void updateTheClusterFromTheCommandLineWithADryRunAndAReport(@TempDir Path temp) throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    try (var seeds = Files.list(RepoFiles.seeds())) {
      for (Path seed : (Iterable<Path>) seeds::iterator) {
        Files.copy(seed, input.resolve(seed.getFileName().toString()));
      }
    }
    String[] cluster = {"--backend", "opensearch", "--opensearch-url", node.url(), "--opensearch-index", "cli-update"};
    Run none = run(concat(new String[] {"update", "--input", input.toString()}, cluster));
    assertEquals(4, none.exitCode(), none.out() + none.err());
    assertTrue(none.err().contains("no index behind the alias 'cli-update' on the cluster yet: run reindex first"), none.err());
    assertEquals(0, run(concat(new String[] {"reindex", "--input", input.toString(), "--opensearch-replicas", "0"}, cluster)).exitCode());
    Files.writeString(input.resolve("fjord.txt"), "date: 2025-03-01\n\nThe fjord ferry resumed its crossings.\n");

    Run dry = run(concat(new String[] {"update", "--input", input.toString(), "--dry-run"}, cluster));
    assertEquals(0, dry.exitCode(), dry.out() + dry.err());
    assertTrue(dry.out().contains("update (dry run, nothing written): 4 files, 4 articles read"), dry.out());
    assertTrue(dry.out().contains("added 1, replaced 0, unchanged 3, deleted 0"), dry.out());
    assertEquals("0 hits", run(concat(new String[] {"search", "fjord"}, cluster)).out().lines().findFirst().orElseThrow());

    Path report = temp.resolve("report.json");
    Run update = run(concat(new String[] {"update", "--input", input.toString(), "--report", report.toString()}, cluster));
    assertEquals(0, update.exitCode(), update.out() + update.err());
    assertTrue(update.out().contains("added 1, replaced 0, unchanged 3, deleted 0"), update.out());
    JsonNode written = new ObjectMapper().readTree(report.toFile());
    assertEquals("update", written.get("mode").asText());
    assertTrue(written.get("generation").asText().startsWith("cli-update-"), written.toString());
    assertEquals(1, written.get("added").asInt());
    Run search = run(concat(new String[] {"search", "fjord"}, cluster));
    assertEquals("1 hits", search.out().lines().findFirst().orElseThrow(), search.out());
    assertTrue(search.out().contains("fjord.txt"), search.out());
  }

  private static String[] concat(String[] first, String[] second) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
  }
}
