package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.admin.AdminToken;
import dev.newssearch.admin.IndexJobs;
import dev.newssearch.admin.IndexRuns;
import dev.newssearch.cli.BackendOptions;
import dev.newssearch.cli.IndexingOptions;
import dev.newssearch.cli.RemoteIndexer;
import dev.newssearch.opensearch.testing.TestNodes;
import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import dev.newssearch.search.Synonyms;
import dev.newssearch.server.AdminHandlers;
import dev.newssearch.server.ApiServer;
import dev.newssearch.testing.RepoFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code POST /api/admin/reindex|update} and {@code GET /api/admin/status} on a server over a real
 * OpenSearch node, wired as {@code serve --backend opensearch} wires them: the jobs run through the
 * backend's {@link RemoteIndexer} found by the service loader.
 */
class AdminOnOpenSearchTest {
  private static final String TOKEN = "admin-token-for-the-opensearch-tests";
  private static final String ALIAS = "admin-news";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static OpenSearchNodeProcess node;
  private static ExecutorService jobs;
  private static OpenSearchSearchService service;
  private static ApiServer server;
  private static Path input;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    node = TestNodes.single("admin");
    input = Files.createDirectories(temp.resolve("input"));
    try (var seeds = Files.list(RepoFiles.seeds())) {
      for (Path seed : (Iterable<Path>) seeds::iterator) {
        Files.copy(seed, input.resolve(seed.getFileName().toString()));
      }
    }
    BackendOptions backend = CommandLine.populateCommand(new BackendOptions(),
        "--backend", "OPENSEARCH", "--opensearch-url", node.url(), "--opensearch-index", ALIAS, "--opensearch-replicas", "0");
    IndexingOptions indexing = CommandLine.populateCommand(new IndexingOptions());
    IndexRuns runs = IndexRuns.remote(RemoteIndexer.of(backend.backend()), node.url(), backend, indexing);
    jobs = Executors.newSingleThreadExecutor();
    service = new OpenSearchSearchService(OpenSearchConnection.open(node.url(), ALIAS), Synonyms.builtIn(), 5_000);
    server = new ApiServer(service, AdminHandlers.of(new IndexJobs(runs, input, jobs, () -> {}), AdminToken.of(TOKEN)))
        .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (service != null) {
      service.close();
    }
    if (jobs != null) {
      jobs.shutdownNow();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void aReindexThenAnUpdateOverHttpChangeTheClustersIndex() throws Exception {
    assertEquals(401, send("POST", "/api/admin/reindex", null).statusCode());
    assertEquals(503, send("GET", "/api/search?q=taiwan", null).statusCode(), "no index behind the alias yet");

    JsonNode reindex = runJob("reindex");
    assertEquals("done", reindex.get("outcome").asText(), reindex.toString());
    assertEquals(0, reindex.get("exitCode").asInt());
    String index = reindex.at("/report/generation").asText();
    assertTrue(index.startsWith(ALIAS + "-"), reindex.toString());
    assertEquals(3, reindex.at("/report/added").asInt(), reindex.toString());
    assertEquals(1, json(send("GET", "/api/search?q=taiwan", null)).get("total").asInt());

    Files.writeString(input.resolve("fjord.txt"), "date: 2025-03-01\n\nThe fjord ferry resumed its crossings.\n");
    Files.delete(input.resolve("003_6f0ef57dda83bb2d.txt"));
    JsonNode update = runJob("update");
    assertEquals("done", update.get("outcome").asText(), update.toString());
    JsonNode report = update.get("report");
    assertEquals("update", report.get("mode").asText());
    assertEquals(index, report.get("generation").asText(), "the live index, not a new one");
    assertEquals(1, report.get("added").asInt(), report.toString());
    assertEquals(1, report.get("deleted").asInt(), report.toString());
    assertEquals(2, report.get("unchanged").asInt(), report.toString());
    assertEquals("fjord.txt", json(send("GET", "/api/search?q=fjord", null)).at("/hits/0/id").asText());
    assertEquals(3, json(send("GET", "/health", null)).get("articles").asInt());
  }

  /** Starts a job over HTTP and waits for its result in the status. */
  private JsonNode runJob(String kind) throws Exception {
    HttpResponse<String> started = send("POST", "/api/admin/" + kind, TOKEN);
    assertEquals(202, started.statusCode(), started.body());
    assertEquals(kind, json(started).at("/started/kind").asText());
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode status = json(send("GET", "/api/admin/status", TOKEN));
      if (status.get("running").isNull() && status.at("/last/startedAt").equals(json(started).at("/started/startedAt"))) {
        return status.get("last");
      }
      Thread.sleep(100);
    }
    throw new AssertionError(kind + " did not finish in two minutes");
  }

  private HttpResponse<String> send(String method, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }
}
