package dev.newssearch.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.admin.AdminToken;
import dev.newssearch.admin.IndexJobs;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Progress;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.server.AdminHandlers;
import dev.newssearch.server.ApiServer;
import dev.newssearch.testing.RepoFiles;
import dev.newssearch.testing.SeedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and hostile strings in every parameter of every endpoint, and random credentials at the
 * admin endpoints (on and off): the server never answers 5xx, and every answer is JSON of the
 * documented shape — a result, or {@code {"error":{…}}} whose status
 * matches the HTTP status.
 */
class HostileParametersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int TRIES = 300;

  /** Every parameter the endpoints read, and names they do not know. */
  private static final List<String> NAMES = List.of(
      "q", "syntax", "scope", "speaker", "source", "from", "to", "undated", "sort", "page", "size", "cursor", "group", "recency", "semantic",
      "prefix", "limit", "unknown", "q[]", "");

  /** Values that broke servers before: injections, traversal, encodings, extremes, query syntax. */
  private static final List<String> HOSTILE = List.of(
      "", " ", "\u0000", "%00", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "\\", "\\\\\\", "\"", "\"\"\"",
      "*", "**", "?", "*a", "a*", "/.*/", "/[/", "/(a|aa)*b/", "a~", "a~2", "a~999", "\"a b\"~99999", "((((((((((", "))))", "[a TO",
      "date:[* TO *]", "date:[2025-13-45 TO x]", "title:", ":", "AND OR NOT", "NOT", "-", "-*", "+", "^", "a^-1", "a^1e400",
      "speaker:*", "source:/.*/", "body:a*", "-1", "0", "1e9", "NaN", "Infinity", "2147483648", "-2147483649", "99999999999999999999",
      "0x10", "٣", "2025-02-30", "0000-01-01", "+999999999-12-31", "2025-1-1", "2025-01-01T00:00:00Z", "date", "DATE_ASC",
      "relevance ", "include\n", "quotes", "advanced", "\uD800", "\uFFFF", "😀", "ＡＮＤ", "\u202Eevil", "a".repeat(1001),
      "a ".repeat(600), "x".repeat(3000), "%", "%%", "%zz", "+", "&", "=", "#", "?q=x", "\r\nX-Injected: 1",
      "YzE6Z2VuLTAwMDAwMTpSRUxFVkFOQ0U6MDozZjc4OTA5MzoxOA", "YzE6Z2VuLTk5OTk5OTpEQVRFX0RFU0M6MDowOjA");

  /** The admin token of the server whose admin endpoints are on; never sent by the properties. */
  private static final String ADMIN_TOKEN = "hostile-test-admin-token-0123456789";

  private static Path temp;
  private static SeedServer server;
  private static ExecutorService adminJobs;
  private static LuceneSearchService adminService;
  private static ApiServer adminServer;

  @BeforeContainer
  static void start() throws IOException {
    temp = Files.createTempDirectory("hostile");
    server = SeedServer.start(temp, RepoFiles.seeds());
    // A second server with the admin endpoints on, guarded by a token the properties do not know.
    IndexGenerations generations = new IndexGenerations(temp.resolve("admin-index"));
    SeedServer.indexer().reindex(RepoFiles.seeds(), generations, Progress.NONE);
    LiveIndex live = new LiveIndex(generations, 100);
    adminService = new LuceneSearchService(live);
    adminJobs = Executors.newSingleThreadExecutor();
    IndexJobs jobs = new IndexJobs(SeedServer.indexer(), generations, RepoFiles.seeds(), adminJobs, live::refresh);
    adminServer = new ApiServer(adminService, AdminHandlers.of(jobs, AdminToken.of(ADMIN_TOKEN))).start("127.0.0.1", 0);
  }

  @AfterContainer
  static void stop() throws IOException {
    adminServer.close();
    adminService.close();
    adminJobs.shutdownNow();
    server.close();
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(HOSTILE)),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(60)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("*?~^\"()[]{}:/\\-+!&| ORANDTO0123456789az.").ofMaxLength(40)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().map(String::valueOf)));
  }

  @Provide
  Arbitrary<Map<String, String>> parameters() {
    return Arbitraries.maps(Arbitraries.of(NAMES), values()).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> endpoints() {
    return Arbitraries.of("/api/search", "/api/quotes", "/api/speakers", "/api/suggest", "/health", "/health/live", "/health/ready", "/openapi.json",
        "/api/search?syntax=advanced&", "/api/search?scope=quotes&");
  }

  @Property(tries = TRIES)
  void everyEndpointAnswersHostileParametersWithJsonAndNever5xx(
      @ForAll("endpoints") String endpoint, @ForAll("parameters") Map<String, String> parameters) throws IOException {
    String query = parameters.entrySet().stream()
        .map(e -> SeedServer.encode(e.getKey()) + "=" + SeedServer.encode(e.getValue()))
        .collect(Collectors.joining("&"));
    String target = endpoint + (endpoint.endsWith("&") ? "" : "?") + query;
    assertJsonAnswer(target, server.get(target));
  }

  @Property(tries = TRIES)
  void theArticleEndpointAnswersAnyIdWithJsonAndNever5xx(@ForAll("values") String id) throws IOException {
    String target = "/api/articles/" + SeedServer.encode(id).replace("+", "%20");
    HttpResponse<String> response = server.get(target);
    assertJsonAnswer(target, response);
    assertTrue(response.statusCode() == 404 || response.statusCode() == 400, target + " -> " + response.statusCode());
  }

  @Provide
  Arbitrary<String> adminPaths() {
    return Arbitraries.of("/api/admin/reindex", "/api/admin/update", "/api/admin/status");
  }

  @Provide
  Arbitrary<String> credentials() {
    Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80);
    return Arbitraries.oneOf(
        Arbitraries.of("", "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Bearer " + ADMIN_TOKEN.substring(1), "Bearer " + ADMIN_TOKEN + "x",
            "bearer " + ADMIN_TOKEN.toUpperCase(java.util.Locale.ROOT), "Bearer null", "Bearer %00"),
        printable, printable.map(t -> "Bearer " + t));
  }

  @Property(tries = TRIES)
  void theAdminEndpointsRefuseAnyWrongTokenWithJsonAndNever5xx(
      @ForAll("credentials") String authorization, @ForAll boolean post, @ForAll("adminPaths") String adminPath,
      @ForAll("parameters") Map<String, String> parameters) throws Exception {
    String path = adminPath + "?" + parameters.entrySet().stream().map(e -> SeedServer.encode(e.getKey()) + "=" + SeedServer.encode(e.getValue()))
            .collect(Collectors.joining("&"));
    for (String base : List.of("http://127.0.0.1:" + adminServer.port(), server.baseUrl())) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .method(post ? "POST" : "GET", HttpRequest.BodyPublishers.ofString(authorization));
      if (!authorization.isBlank()) {
        request.header("Authorization", authorization);
      }
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertJsonAnswer(base + path, response);
      assertTrue(response.statusCode() >= 400, "without the token nothing is done: " + path + " -> " + response.body());
    }
  }

  private static void assertJsonAnswer(String target, HttpResponse<String> response) throws IOException {
    int status = response.statusCode();
    assertTrue(status < 500, target + " -> " + status + " " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), target + " -> not JSON");
    JsonNode body = JSON.readTree(response.body());
    assertNotNull(body, target);
    if (status >= 400) {
      JsonNode error = body.get("error");
      assertNotNull(error, target + " -> " + response.body());
      assertEquals(status, error.get("status").asInt(), target);
      assertFalse(error.get("code").asText().isEmpty(), target);
      assertFalse(error.get("message").asText().isEmpty(), target);
      assertFalse(response.body().contains("at dev.newssearch") || response.body().contains("Exception"), "no stack trace: " + response.body());
    } else {
      assertFalse(body.has("error"), target);
    }
  }
}
