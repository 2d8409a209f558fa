package dev.newssearch.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.semantic.SemanticIndexing;
import dev.newssearch.testing.SeedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the embedding model cannot load (here: the tokenizer cannot unpack its native library, its
 * cache folder being a file), a semantic reindex fails before it writes anything, and a server on
 * an embedded index answers by words instead of failing its searches.
 */
class ModelUnavailableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSemanticReindexFailsCleanlyAndSearchesFallBackToWords(@TempDir Path temp) throws Exception {
    Path input = SeedServer.folder(temp,
        "rates.txt", "title Mortgage costs climb\n\nThe central bank raised interest rates again on Wednesday.\n",
        "river.txt", "title Along the river\n\nThe bank of the river is steep, and interest in the rates of erosion has grown.\n");
    IndexGenerations index = new IndexGenerations(temp.resolve("index"));
    SeedServer.indexer(SemanticIndexing.ON).reindex(input, index, Progress.NONE);
    String live = index.live().orElseThrow();
    List<String> broken = List.of("-DDJL_CACHE_DIR=" + Files.writeString(temp.resolve("not-a-folder"), "x"));

    try (ChildJvm reindex = ChildJvm.start("256m", broken, temp, "reindex", "--input", input.toString(),
        "--index", index.root().toString(), "--semantic")) {
      assertEquals(IndexReport.EXIT_FAILED, reindex.waitFor(Duration.ofSeconds(60)), reindex.output());
      assertTrue(reindex.output().contains("cannot load the embedding model"), reindex.output());
      assertFalse(reindex.output().contains("\tat "), "no stack trace:\n" + reindex.output());
    }
    assertEquals(live, index.live().orElseThrow(), "the live index is left as it was");

    try (ChildJvm server = ChildJvm.start("256m", broken, temp, "serve", "--index", index.root().toString(), "--port", "0")) {
      int port = server.awaitServing();
      JsonNode reranked = get(port, "/api/search?q=bank+interest+rates");
      JsonNode byWords = get(port, "/api/search?q=bank+interest+rates&semantic=false");
      assertEquals(2, reranked.get("total").asInt());
      assertEquals(ids(byWords), ids(reranked));
      get(port, "/api/search?q=bank");
      server.awaitLine(Pattern.compile("searching by words alone"), Duration.ofSeconds(10));
      assertEquals(1, server.output().split("searching by words alone", -1).length - 1, "warned once:\n" + server.output());
    }
  }

  private static JsonNode get(int port, String pathAndQuery) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }
}
