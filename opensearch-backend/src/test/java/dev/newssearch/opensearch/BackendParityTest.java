package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.opensearch.testing.BackendServers;
import dev.newssearch.opensearch.testing.BackendServers.Backend;
import dev.newssearch.read.ReadProblem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One suite of the REST API's core behaviours run against both backends over real HTTP, on the
 * seeds and the indexer's test corpus: the embedded Lucene index and a real OpenSearch node. Each
 * behaviour is asserted on each backend, and the two must answer the same hits in the same order.
 */
class BackendParityTest {
  private static final String SEED_000 = "000_49fbe87d8bcee795.txt";
  private static final String SEED_003 = "003_6f0ef57dda83bb2d.txt";
  private static final String SEED_004 = "004_63148c7f0396222a.txt";
  private static final String PUTIN = BackendServers.encode("Vladimir Putin");
  private static final String XI = BackendServers.encode("Xi Jinping");

  @TempDir static Path temp;
  private static BackendServers servers;

  @BeforeAll
  static void start() throws Exception {
    servers = BackendServers.start(temp, BackendServers.fixtureCorpus(temp));
  }

  @AfterAll
  static void stop() {
    if (servers != null) {
      servers.close();
    }
  }

  @Test
  void bothBackendsIndexTheSameArticlesAndSkipTheSameFiles() {
    var lucene = servers.report(Backend.LUCENE);
    var openSearch = servers.report(Backend.OPENSEARCH);
    assertEquals(lucene.added(), openSearch.added());
    assertTrue(openSearch.added() >= 14, "3 seeds and 11 corpus articles: " + openSearch);
    assertEquals(skippedPaths(lucene.problems()), skippedPaths(openSearch.problems()));
    assertEquals(lucene.skipped(), openSearch.skipped());
    JsonNode health = servers.json(Backend.OPENSEARCH, "/health");
    assertTrue(health.get("ready").asBoolean(), health.toString());
    assertEquals(openSearch.added(), health.get("articles").asInt(), health.toString());
    assertEquals(servers.json(Backend.LUCENE, "/health").get("quotes"), health.get("quotes"));
  }

  private static Set<String> skippedPaths(List<ReadProblem> problems) {
    return problems.stream().filter(p -> p.severity() == ReadProblem.Severity.SKIPPED).map(ReadProblem::path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void taiwanFindsSeed000FirstWithAHighlightedSnippet(Backend backend) {
    JsonNode body = servers.json(backend, "/api/search?q=taiwan");
    assertEquals(SEED_000, body.at("/hits/0/id").asText(), body.toString());
    assertTrue(body.at("/hits/0/snippet").asText().contains("<mark>Taiwan</mark>"), body.at("/hits/0/snippet").asText());
    assertTrue(body.at("/hits/0/date").isNull(), "seed 000 has no date: undated, never made up");
    assertTrue(body.at("/hits/0/score").isNumber());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void speakerAndSourceFiltersKeepOnlyMatchingArticles(Backend backend) {
    JsonNode shapovalova = servers.json(backend, "/api/search?speaker=" + BackendServers.encode("Yulia Shapovalova"));
    assertEquals(1, shapovalova.get("total").asInt(), shapovalova.toString());
    assertEquals(SEED_003, shapovalova.at("/hits/0/id").asText());
    JsonNode putin = servers.json(backend, "/api/search?q=china&speaker=" + PUTIN);
    assertTrue(putin.get("total").asInt() >= 1);
    for (JsonNode hit : putin.get("hits")) {
      assertTrue(hit.get("speakers").toString().contains("Vladimir Putin"));
    }
    JsonNode sources = servers.json(backend, "/api/search").at("/facets/sources");
    assertTrue(sources.size() > 0, "the corpus has sources");
    String source = sources.get(0).get("value").asText();
    JsonNode bySource = servers.json(backend, "/api/search?size=100&source=" + BackendServers.encode(source));
    assertEquals(sources.get(0).get("count").asInt(), bySource.get("total").asInt());
    for (JsonNode hit : bySource.get("hits")) {
      assertEquals(source, hit.get("source").asText());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void dateFiltersExcludeUndatedArticlesUnlessAsked(Backend backend) {
    JsonNode dated = servers.json(backend, "/api/search?from=2025-01-01&size=100");
    for (JsonNode hit : dated.get("hits")) {
      assertTrue(hit.get("date").asText().compareTo("2025-01-01") >= 0, hit.toString());
    }
    assertTrue(dated.get("hits").toString().contains(SEED_004));
    JsonNode withUndated = servers.json(backend, "/api/search?from=2025-01-01&undated=include");
    long undated = servers.json(backend, "/api/search").at("/facets/undated").asLong();
    assertTrue(undated > 0);
    assertEquals(dated.get("total").asLong() + undated, withUndated.get("total").asLong());
    JsonNode only = servers.json(backend, "/api/search?undated=only");
    assertEquals(undated, only.get("total").asLong());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void boxSyntaxSupportsPhrasesExclusionsOrAndPrefixes(Backend backend) {
    assertEquals(1, total(backend, "\"dear friend\" -shapovalova"));
    assertEquals(2, total(backend, "\"dear friend\""));
    assertEquals(2, total(backend, "taiwan OR tianjin"));
    assertEquals(1, total(backend, "tianj*"));
    assertEquals(0, total(backend, "taiwan tianjin"));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void advancedSyntaxAnswersAndReportsErrorsWithThePosition(Backend backend) {
    HttpResponse<String> bad = servers.get(backend, "/api/search?syntax=advanced&q=" + BackendServers.encode("title:(putin AND"));
    assertEquals(400, bad.statusCode());
    assertEquals(16, servers.json(backend, "/api/search?syntax=advanced&q=" + BackendServers.encode("title:(putin AND")).at("/error/position").asInt());
    JsonNode ok = servers.json(backend, "/api/search?syntax=advanced&q="
        + BackendServers.encode("speaker:\"Yulia Shapovalova\" AND date:[2025-01-01 TO 2025-12-31]"));
    assertEquals(0, ok.path("total").asInt(-1), ok.toString() + ": seed 003 is undated, so outside any date range");
    JsonNode day = servers.json(backend, "/api/search?syntax=advanced&q=" + BackendServers.encode("date:2025-09-02"));
    assertTrue(ids(day).contains(SEED_004), day.toString());
    day.get("hits").forEach(hit -> assertEquals("2025-09-02", hit.get("date").asText()));
    assertTrue(servers.json(backend, "/api/search?syntax=advanced&q=" + BackendServers.encode("\"xi putin\"~3")).get("total").asInt() >= 1);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void articleHasItsQuotesWithMentionsThatPointIntoTheBody(Backend backend) {
    JsonNode article = servers.json(backend, "/api/articles/" + SEED_000);
    String body = article.get("body").asText();
    assertFalse(article.get("quotes").isEmpty());
    int previous = -1;
    for (JsonNode quote : article.get("quotes")) {
      int start = quote.get("start").asInt();
      assertTrue(start >= previous, "quotes in body order");
      previous = start;
      assertEquals(quote.get("text").asText(), body.substring(start, quote.get("end").asInt()));
    }
    assertEquals(404, servers.get(backend, "/api/articles/no-such-article").statusCode());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void quoteSearchFindsWhoSaidWhat(Backend backend) {
    JsonNode page = servers.json(backend, "/api/quotes?q=taiwan&speaker=" + PUTIN);
    assertTrue(page.get("total").asInt() >= 1, page.toString());
    for (JsonNode hit : page.get("hits")) {
      assertEquals("Vladimir Putin", hit.get("speaker").asText());
      assertEquals(SEED_000, hit.get("articleId").asText());
      assertTrue(hit.get("text").asText().contains("<mark>Taiwan</mark>"), hit.toString());
      assertTrue(hit.get("sentence").asText().contains("Taiwan"), hit.toString());
    }
    assertEquals(0, servers.json(backend, "/api/quotes?q=taiwan&speaker=" + XI).get("total").asInt());
    assertEquals(1, servers.json(backend, "/api/search?q=taiwan&speaker=" + XI).get("total").asInt());
    assertEquals(0, servers.json(backend, "/api/search?q=taiwan&scope=quotes&speaker=" + XI).get("total").asInt());
    JsonNode inPutinsQuotes = servers.json(backend, "/api/search?q=taiwan&scope=quotes&speaker=" + PUTIN);
    assertEquals(1, inPutinsQuotes.get("total").asInt());
    assertTrue(inPutinsQuotes.at("/hits/0/snippet").asText().contains("<mark>Taiwan</mark>"));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void speakerLookupCountsArticlesAndQuotes(Backend backend) {
    JsonNode xi = servers.json(backend, "/api/speakers?prefix=xi").get("speakers");
    assertEquals("Xi Jinping", xi.get(0).get("name").asText());
    assertEquals(3, xi.get(0).get("articles").asInt());
    assertTrue(xi.get(0).get("quotes").asInt() >= 3);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void suggestionsCompleteSpeakersAndTitles(Backend backend) throws InterruptedException {
    JsonNode xi = servers.json(backend, "/api/suggest?prefix=xi").get("suggestions");
    for (int i = 0; i < 200 && xi.isEmpty(); i++) {
      Thread.sleep(50); // the embedded index builds its suggestions in the background once first asked for
      xi = servers.json(backend, "/api/suggest?prefix=xi").get("suggestions");
    }
    assertTrue(xi.toString().contains("{\"text\":\"Xi Jinping\",\"kind\":\"speaker\"}"), xi.toString());
    JsonNode ferry = servers.json(backend, "/api/suggest?prefix=ferry").get("suggestions");
    assertTrue(ferry.toString().contains("{\"text\":\"Ferry timetable changes\",\"kind\":\"title\"}"), ferry.toString());
    assertEquals(0, servers.json(backend, "/api/suggest?prefix=x").get("suggestions").size());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void cursorPagesWalkTheSameHitsAsPageNumbers(Backend backend) {
    for (String sort : List.of("relevance", "date", "date_asc")) {
      List<String> byNumber = ids(servers.json(backend, "/api/search?q=&sort=" + sort + "&size=100"));
      List<String> byCursor = new ArrayList<>();
      String cursor = null;
      do {
        JsonNode page = servers.json(backend, "/api/search?q=&sort=" + sort + "&size=4"
            + (cursor == null ? "" : "&cursor=" + BackendServers.encode(cursor)));
        byCursor.addAll(ids(page));
        cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
      } while (cursor != null);
      assertEquals(byNumber, byCursor, sort);
    }
    HttpResponse<String> bad = servers.get(backend, "/api/search?cursor=nonsense");
    assertEquals(400, bad.statusCode(), bad.body());
  }

  /** Queries of every kind the suite uses, plus a few ranked ones: both backends must list the same ids. */
  @ParameterizedTest
  @ValueSource(strings = {
      "/api/search?q=taiwan", "/api/search?q=putin", "/api/search?q=china", "/api/search?q=%22dear+friend%22",
      "/api/search?q=taiwan+OR+tianjin", "/api/search?q=tianj*", "/api/search?q=putin+xi", "/api/search?q=president",
      "/api/search", "/api/search?sort=date_asc", "/api/search?q=putin&sort=date", "/api/search?q=said",
      "/api/search?q=putin&speaker=Xi+Jinping", "/api/search?q=taiwan&scope=quotes", "/api/search?from=2024-01-01&undated=include",
      "/api/search?syntax=advanced&q=title%3Aputin+OR+body%3Atariff*", "/api/quotes?q=china", "/api/quotes",
      "/api/articles/000_49fbe87d8bcee795.txt/related",
  })
  void bothBackendsAnswerTheSameHitsInTheSameOrder(String query) {
    // Every hit on one page, so that no run of tied hits is cut where the page ends.
    String path = query + (query.contains("?") ? "&" : "?") + "size=100";
    JsonNode lucene = servers.json(Backend.LUCENE, path);
    JsonNode openSearch = servers.json(Backend.OPENSEARCH, path);
    if (lucene.has("related")) {
      assertEquals(ids(lucene.get("related")), ids(openSearch.get("related")), path);
      assertFalse(lucene.get("related").isEmpty(), path);
      return;
    }
    assertEquals(lucene.get("total"), openSearch.get("total"), path);
    assertEquals(hitKeys(lucene), hitKeys(openSearch), path);
    if (lucene.has("facets")) {
      assertEquals(lucene.at("/facets/speakers"), openSearch.at("/facets/speakers"), path);
      assertEquals(lucene.at("/facets/sources"), openSearch.at("/facets/sources"), path);
      assertEquals(lucene.at("/facets/dates"), openSearch.at("/facets/dates"), path);
      assertEquals(lucene.at("/facets/undated"), openSearch.at("/facets/undated"), path);
    } else {
      assertEquals(lucene.get("speakers"), openSearch.get("speakers"), path);
    }
  }

  private static int total(Backend backend, String query) {
    return servers.json(backend, "/api/search?q=" + BackendServers.encode(query)).get("total").asInt();
  }

  /** The ids of a page's hits, or of a list of related articles. */
  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    (page.isArray() ? page : page.get("hits")).forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  /**
   * The hits in order, each as its sort key (an article's date and score to four places, a quote's
   * score) and its id (an article's, or a quote's article and offset). Hits whose keys tie are listed by id: either backend may
   * order ties its own way (the embedded one by indexing order, which follows the reading threads).
   */
  private static List<String> hitKeys(JsonNode page) {
    List<String[]> hits = new ArrayList<>();
    for (JsonNode hit : page.get("hits")) {
      String id = hit.has("articleId") ? hit.get("articleId").asText() + "@" + hit.get("start").asInt() : hit.get("id").asText();
      String score = hit.get("score").isNumber() ? String.format(java.util.Locale.ROOT, "%.4f", hit.get("score").asDouble()) : "-";
      hits.add(new String[] {hit.has("articleId") ? score : hit.path("date").asText("undated") + " " + score, id});
    }
    List<String> keys = new ArrayList<>();
    for (int from = 0; from < hits.size(); ) {
      int to = from;
      while (to < hits.size() && hits.get(to)[0].equals(hits.get(from)[0])) {
        to++;
      }
      List<String> tied = new ArrayList<>();
      for (int i = from; i < to; i++) {
        tied.add(hits.get(i)[1]);
      }
      tied.sort(null);
      String key = hits.get(from)[0];
      tied.forEach(id -> keys.add(key + " " + id));
      from = to;
    }
    return keys;
  }
}
