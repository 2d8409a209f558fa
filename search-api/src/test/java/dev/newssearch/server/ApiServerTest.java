package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API over real HTTP, against an index of the three seeds. */
class ApiServerTest {
  private static final String SEED_000 = "000_49fbe87d8bcee795.txt";
  private static final String SEED_004 = "004_63148c7f0396222a.txt";

  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.seeds(temp);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void taiwanFindsSeed000FirstWithAHighlightedSnippet() {
    JsonNode body = server.json("/api/search?q=taiwan");
    assertEquals(SEED_000, body.at("/hits/0/id").asText());
    assertTrue(body.at("/hits/0/snippet").asText().contains("<mark>Taiwan</mark>"));
    assertTrue(body.at("/hits/0/date").isNull(), "seed 000 has no date: undated, never made up");
    assertTrue(body.has("facets"));
  }

  @Test
  void speakerFilterKeepsOnlyArticlesQuotingThatSpeaker() {
    JsonNode all = server.json("/api/search?q=");
    assertEquals(3, all.get("total").asInt());
    JsonNode shapovalova = server.json("/api/search?speaker=" + SeedServer.encode("Yulia Shapovalova"));
    assertEquals(1, shapovalova.get("total").asInt());
    assertEquals("003_6f0ef57dda83bb2d.txt", shapovalova.at("/hits/0/id").asText());
    JsonNode putin = server.json("/api/search?q=china&speaker=" + SeedServer.encode("Vladimir Putin"));
    assertTrue(putin.get("total").asInt() >= 1);
    for (JsonNode hit : putin.get("hits")) {
      assertTrue(hit.get("speakers").toString().contains("Vladimir Putin"));
    }
  }

  @Test
  void aSearchWithoutWordsListsTheNewestArticlesFirst() {
    JsonNode all = server.json("/api/search");
    assertEquals(SEED_004, all.at("/hits/0/id").asText(), "the only dated seed comes first, undated ones after");
    assertTrue(all.at("/hits/1/date").isNull());
  }

  @Test
  void dateFilterExcludesUndatedArticlesUnlessAsked() {
    JsonNode dated = server.json("/api/search?from=2025-01-01");
    assertEquals(1, dated.get("total").asInt());
    assertEquals(SEED_004, dated.at("/hits/0/id").asText());
    assertEquals("2025-09-02", dated.at("/hits/0/date").asText());
    JsonNode withUndated = server.json("/api/search?from=2025-01-01&undated=include");
    assertEquals(3, withUndated.get("total").asInt());
    JsonNode before = server.json("/api/search?to=2024-12-31");
    assertEquals(0, before.get("total").asInt());
  }

  @Test
  void boxSyntaxSupportsPhrasesExclusionsOrAndPrefixes() {
    assertEquals(1, server.json("/api/search?q=" + SeedServer.encode("\"dear friend\" -shapovalova")).get("total").asInt());
    assertEquals(2, server.json("/api/search?q=" + SeedServer.encode("\"dear friend\"")).get("total").asInt());
    assertEquals(2, server.json("/api/search?q=" + SeedServer.encode("taiwan OR tianjin")).get("total").asInt());
    assertEquals(1, server.json("/api/search?q=tianj*").get("total").asInt());
    assertEquals(0, server.json("/api/search?q=" + SeedServer.encode("taiwan tianjin")).get("total").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unclosed phrase", "((( ]] ", "-", "*", "OR OR", "AND:", "title:", "\\", "x~~~~ ^^^"})
  void boxSyntaxNeverFails(String query) {
    HttpResponse<String> response = server.get("/api/search?q=" + SeedServer.encode(query));
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void advancedSyntaxErrorIsA400WithThePosition() {
    HttpResponse<String> response = server.get("/api/search?syntax=advanced&q=" + SeedServer.encode("title:(putin AND"));
    assertEquals(400, response.statusCode());
    JsonNode error = server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("title:(putin AND"));
    assertEquals("bad_query", error.at("/error/code").asText());
    assertEquals(16, error.at("/error/position").asInt());
    HttpResponse<String> badRegex = server.get("/api/search?syntax=advanced&q=" + SeedServer.encode("/[/"));
    assertEquals(400, badRegex.statusCode(), badRegex.body());
    assertTrue(badRegex.body().contains("not a valid regular expression"), badRegex.body());
    JsonNode ok = server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("speaker:\"Yulia Shapovalova\" AND date:[2025-01-01 TO 2025-12-31]"));
    assertEquals(0, ok.get("total").asInt(), "seed 003 is undated, so outside any date range");
    JsonNode proximity = server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("\"xi putin\"~3"));
    assertTrue(proximity.get("total").asInt() >= 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/search?size=0", "/api/search?size=101", "/api/search?page=0", "/api/search?page=-1", "/api/search?page=abc",
      "/api/search?from=2025-13-45", "/api/search?from=yesterday", "/api/search?from=2025-02-01&to=2025-01-01",
      "/api/search?sort=sideways", "/api/search?syntax=weird", "/api/search?undated=maybe", "/api/search?page=1000&size=100",
  })
  void invalidParametersAre400sWithTheJsonErrorShape(String path) {
    HttpResponse<String> response = server.get(path);
    assertEquals(400, response.statusCode(), path + " -> " + response.body());
    JsonNode error = server.json(path).get("error");
    assertEquals(400, error.get("status").asInt());
    assertFalse(error.get("code").asText().isEmpty());
    assertFalse(error.get("message").asText().isEmpty());
  }

  @Test
  void articleEndpointReturnsTheArticleWithQuotesAndOffsets() {
    JsonNode article = server.json("/api/articles/" + SEED_000);
    assertEquals(SEED_000, article.get("id").asText());
    String body = article.get("body").asText();
    assertFalse(body.contains("Also watch"), "boilerplate stays out of the body");
    JsonNode quotes = article.get("quotes");
    assertTrue(quotes.size() > 0);
    for (JsonNode quote : quotes) {
      assertEquals(quote.get("text").asText(), body.substring(quote.get("start").asInt(), quote.get("end").asInt()));
    }
  }

  @Test
  void relatedArticlesAreTheOtherXiPutinStoriesNotTheArticleItself() {
    JsonNode related = server.json("/api/articles/" + SEED_004 + "/related?limit=5").get("related");
    assertEquals(2, related.size(), related.toString());
    for (JsonNode article : related) {
      assertFalse(article.get("id").asText().equals(SEED_004));
      assertTrue(article.get("score").asDouble() > 0);
    }
    assertEquals(404, server.get("/api/articles/no-such-article/related").statusCode());
    assertEquals(400, server.get("/api/articles/" + SEED_004 + "/related?limit=0").statusCode());
  }

  @Test
  void unknownArticlesAndEndpointsAre404sInJson() {
    HttpResponse<String> missing = server.get("/api/articles/no-such-article");
    assertEquals(404, missing.statusCode());
    assertEquals("not_found", server.json("/api/articles/no-such-article").at("/error/code").asText());
    HttpResponse<String> traversal = server.get("/api/articles/..%2F..%2Fetc%2Fpasswd");
    assertEquals(404, traversal.statusCode());
    HttpResponse<String> endpoint = server.get("/api/nothing-here");
    assertEquals(404, endpoint.statusCode());
    assertTrue(endpoint.body().startsWith("{\"error\""), endpoint.body());
  }

  @Test
  void healthCountsArticlesNotLuceneDocuments() {
    JsonNode health = server.json("/health");
    assertEquals("ok", health.get("status").asText());
    assertEquals(3, health.get("articles").asInt());
    assertEquals("gen-000001", health.get("generation").asText());
  }

  @Test
  void openApiDocumentDescribesEveryEndpoint() {
    JsonNode doc = server.json("/openapi.json");
    assertEquals("3.1.0", doc.get("openapi").asText());
    for (String path : new String[] {"/api/search", "/api/articles/{id}", "/api/articles/{id}/related", "/api/quotes", "/api/speakers", "/api/suggest", "/health"}) {
      assertTrue(doc.get("paths").has(path), path);
    }
  }

  @Test
  void pageIsServedWithSecurityHeaders() {
    HttpResponse<String> page = server.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<form"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
  }
}
