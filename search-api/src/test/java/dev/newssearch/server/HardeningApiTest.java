package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.Progress;
import dev.newssearch.search.QueryBudget;
import dev.newssearch.search.QueryLimits;
import dev.newssearch.testing.RawHttp;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Limits, cursors, time budget, size limits, CORS, health and metrics over real HTTP. */
class HardeningApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.start(temp, corpus(temp));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** 25 articles that all mention "market", and quote Anna Smith on it; numbered so that every page is checkable. */
  private static Path corpus(Path parent) throws Exception {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      files.add(String.format(java.util.Locale.ROOT, "a%02d.txt", i));
      files.add("title Market report " + i + "\ndate 2024-01-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28)
          + "\n\nThe market moved. \"The market is strong,\" Anna Smith said. " + "Traders watched the market closely. ".repeat(1 + i % 5) + "Item " + i + ".\n");
    }
    return SeedServer.folder(parent, files.toArray(String[]::new));
  }

  private static JsonNode json(String body) throws Exception {
    return JSON.readTree(body);
  }

  private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode error = json(response.body()).get("error");
    assertEquals(status, error.get("status").asInt());
    assertEquals(code, error.get("code").asText());
  }

  @Test
  void aBoxQueryOverTheClauseLimitIsA400NamingTheLimit() throws Exception {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i <= QueryLimits.MAX_BOX_PARTS; i++) {
      q.append("w").append(i).append(' ');
    }
    HttpResponse<String> response = server.get("/api/search?q=" + SeedServer.encode(q.toString()));
    assertError(response, 400, "too_many_clauses");
    assertTrue(response.body().contains("limit is " + QueryLimits.MAX_BOX_PARTS), response.body());
    // OR between words does not count, and 64 parts are still fine.
    String atLimit = q.toString().replaceFirst("w0 ", "").replace(" ", " OR ");
    assertEquals(200, server.get("/api/search?q=" + SeedServer.encode(atLimit)).statusCode());
  }

  @Test
  void anAdvancedQueryOverTheClauseLimitIsA400() throws Exception {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      q.append("w").append(i).append(" OR ");
    }
    q.append("market");
    assertError(server.get("/api/search?syntax=advanced&q=" + SeedServer.encode(q.toString())), 400, "too_many_clauses");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/.*a.{20}/", "/[a-z]{1,50}[a-z]{1,50}[a-z]{1,50}(ab|cd|ef)*[a-z]{1,50}/"})
  void aRegularExpressionTooComplexToRunIsA400(String query) throws Exception {
    assertError(server.get("/api/search?syntax=advanced&q=" + SeedServer.encode(query)), 400, "query_too_complex");
  }

  @Test
  void prefixesWildcardsAndFuzzyTermsStillMatchWithinTheirCaps() throws Exception {
    assertEquals(25, server.json("/api/search?q=" + SeedServer.encode("mark*")).get("total").asInt());
    assertEquals(25, server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("ma?ket")).get("total").asInt());
    assertEquals(25, server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("markte~")).get("total").asInt());
    assertEquals(25, server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("/mark.t/")).get("total").asInt());
    assertError(server.get("/api/search?syntax=advanced&q=" + SeedServer.encode("*arket")), 400, "bad_query");
  }

  // The 25 market reports are one template with small changes, near-duplicates that a search would
  // fold into one hit: the cursor tests page through them with grouping off.
  @Test
  void aCursorWalksEveryHitOnceInTheSameOrderAsPages() throws Exception {
    for (String sort : List.of("relevance", "date", "date_asc")) {
      List<String> byPage = new ArrayList<>();
      for (int page = 1; page <= 4; page++) {
        server.json("/api/search?group=false&q=market&size=7&sort=" + sort + "&page=" + page).get("hits").forEach(h -> byPage.add(h.get("id").asText()));
      }
      List<String> byCursor = new ArrayList<>();
      JsonNode answer = server.json("/api/search?group=false&q=market&size=7&sort=" + sort);
      int pages = 0;
      while (true) {
        answer.get("hits").forEach(h -> byCursor.add(h.get("id").asText()));
        pages++;
        if (answer.get("nextCursor").isNull()) {
          break;
        }
        answer = server.json("/api/search?group=false&q=market&size=7&sort=" + sort + "&cursor=" + answer.get("nextCursor").asText());
      }
      assertEquals(25, byPage.size());
      assertEquals(byPage, byCursor, sort);
      assertEquals(4, pages, "7 + 7 + 7 + 4 hits");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "YzE6", "%00%00", "YzE6Z2VuLTAwMDAwMTpSRUxFVkFOQ0U6MDpmZmZmZmZmZjotMQ"})
  void aMalformedCursorIsA400(String cursor) throws Exception {
    assertError(server.get("/api/search?q=market&cursor=" + cursor), 400, "bad_cursor");
  }

  @Test
  void aCursorWithAPageNumberOrAnotherSortIsA400() throws Exception {
    String cursor = server.json("/api/search?group=false&q=market&size=5").get("nextCursor").asText();
    assertError(server.get("/api/search?group=false&q=market&size=5&page=2&cursor=" + cursor), 400, "bad_parameter");
    assertError(server.get("/api/search?group=false&q=market&size=5&sort=date&cursor=" + cursor), 400, "stale_cursor");
  }

  @Test
  void aCursorFromAnEarlierGenerationIsA400AfterAReindex(@TempDir Path own) throws Exception {
    try (SeedServer local = SeedServer.start(own, corpus(own))) {
      String cursor = local.json("/api/search?group=false&q=market&size=5").get("nextCursor").asText();
      SeedServer.indexer().reindex(own.resolve("input"), local.generations(), Progress.NONE);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!local.json("/health").get("generation").asText().equals("gen-000002") && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      HttpResponse<String> stale = local.get("/api/search?group=false&q=market&size=5&cursor=" + cursor);
      assertError(stale, 400, "stale_cursor");
      assertTrue(stale.body().contains("gen-000001"), stale.body());
    }
  }

  @Test
  void aQueryOutOfTimeAnswersWhatItHasFlaggedTimedOut(@TempDir Path own) throws Exception {
    try (SeedServer noTime = SeedServer.start(own, corpus(own), new QueryBudget(0), ServerOptions.DEFAULT)) {
      JsonNode answer = noTime.json("/api/search?q=market");
      assertTrue(answer.get("timedOut").asBoolean(), answer.toString());
      assertEquals(0, answer.get("total").asInt(), "a budget of 0 stops before the first hit");
      assertTrue(noTime.json("/api/quotes?q=market").get("timedOut").asBoolean());
    }
    assertFalse(server.json("/api/search?q=market").get("timedOut").asBoolean());
    assertEquals(25, server.json("/api/search?q=market").get("total").asInt());
  }

  @Test
  void anOverlongUriIsA414AndOversizedHeadersA431InJson() throws Exception {
    RawHttp longUri = RawHttp.get(port(), "/api/search?q=" + "a".repeat(20_000));
    assertEquals(414, longUri.status());
    assertEquals("uri_too_long", json(longUri.body()).at("/error/code").asText());
    assertTrue(longUri.headers().contains("content-type: application/json"), longUri.headers());
    RawHttp bigHeader = RawHttp.get(port(), "/api/search?q=x", "X-Filler: " + "b".repeat(20_000));
    assertEquals(431, bigHeader.status());
    assertEquals("headers_too_large", json(bigHeader.body()).at("/error/code").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/articles/../../../../etc/passwd", "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
      "/api/articles/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/api/articles/a00.txt%00.html", "/api/articles/..%5C..%5Cwindows%5Cwin.ini", "/api/articles/%252e%252e%252fetc%252fpasswd",
      "/api/articles//etc/passwd", "/api/articles/file:%2F%2F%2Fetc%2Fpasswd",
  })
  void theArticleEndpointNeverReadsFiles(String target) throws Exception {
    RawHttp answer = RawHttp.get(port(), target);
    assertTrue(answer.status() == 400 || answer.status() == 404, target + " -> " + answer.status() + " " + answer.body());
    JsonNode error = json(answer.body()).get("error");
    assertNotNull(error, answer.body());
    assertEquals(answer.status(), error.get("status").asInt());
    assertFalse(answer.body().contains("root:"), answer.body());
  }

  @Test
  void corsIsOffUnlessAnOriginIsConfigured(@TempDir Path own) throws Exception {
    RawHttp off = RawHttp.get(port(), "/api/search?q=market", "Origin: https://evil.example");
    assertEquals(200, off.status());
    assertFalse(off.headers().contains("access-control-allow-origin"), off.headers());
    try (SeedServer cors = SeedServer.start(own, null, QueryBudget.DEFAULT, ServerOptions.DEFAULT.withCorsOrigin("https://newsroom.example"))) {
      int port = Integer.parseInt(cors.baseUrl().substring(cors.baseUrl().lastIndexOf(':') + 1));
      RawHttp allowed = RawHttp.get(port, "/health/live", "Origin: https://newsroom.example");
      assertTrue(allowed.headers().contains("access-control-allow-origin: https://newsroom.example"), allowed.headers());
      RawHttp other = RawHttp.get(port, "/health/live", "Origin: https://evil.example");
      assertFalse(other.headers().contains("access-control-allow-origin"), other.headers());
    }
  }

  @Test
  void livenessIsAlwaysUpAndReadinessWaitsForAnIndex(@TempDir Path own) throws Exception {
    try (SeedServer empty = SeedServer.start(own, null, QueryBudget.DEFAULT, ServerOptions.DEFAULT)) {
      assertEquals(200, empty.get("/health/live").statusCode());
      HttpResponse<String> ready = empty.get("/health/ready");
      assertEquals(503, ready.statusCode());
      assertFalse(json(ready.body()).get("ready").asBoolean());
      assertEquals(503, empty.get("/health").statusCode());
      assertError(empty.get("/api/search?q=x"), 503, "index_unavailable");
    }
    JsonNode ready = server.json("/health/ready");
    assertTrue(ready.get("ready").asBoolean());
    assertEquals("gen-000001", ready.get("generation").asText());
    assertEquals(25, ready.get("articles").asInt());
  }

  @Test
  void metricsCountRequestsByEndpointAndStatusInPrometheusFormat() throws Exception {
    server.get("/api/search?q=market");
    server.get("/api/search?size=0");
    server.get("/api/articles/a01.txt");
    server.get("/no/such/page");
    HttpResponse<String> metrics = server.get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    String text = metrics.body();
    assertTrue(text.contains("# TYPE newssearch_http_request_duration_seconds histogram"), text);
    assertTrue(text.contains("newssearch_http_request_duration_seconds_count{endpoint=\"/api/search\",status=\"400\"}"), text);
    assertTrue(text.contains("newssearch_http_request_duration_seconds_bucket{endpoint=\"/api/search\",status=\"200\",le=\"+Inf\"}"), text);
    assertTrue(text.contains("newssearch_http_request_duration_seconds_count{endpoint=\"/api/articles/<id>\",status=\"200\"}"), text);
    assertTrue(text.contains("newssearch_http_request_duration_seconds_count{endpoint=\"other\",status=\"404\"}"), text);
    assertTrue(text.contains("\nnewssearch_index_articles 25\n"), text);
    assertTrue(text.contains("\nnewssearch_index_generation 1\n"), text);
    assertTrue(text.matches("(?s).*\nnewssearch_index_size_bytes [1-9][0-9]*\n.*"), text);
    assertFalse(text.contains("a01.txt"), "raw paths never become labels");
  }

  private static int port() {
    return Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
  }
}
