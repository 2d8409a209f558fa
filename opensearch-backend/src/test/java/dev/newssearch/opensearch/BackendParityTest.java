package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.opensearch.testing.BackendServers;
import dev.newssearch.opensearch.testing.BackendServers.Backend;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.testing.RepoFiles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  /** A story, its exact copy, a lightly edited copy and a separate article on the same strike (see their README). */
  private static final String STORY = "near-duplicates/2025-03-10-port-strike.txt";
  private static final String COPY = "near-duplicates/2025-03-10-port-strike-copy.txt";
  private static final String EDITED = "near-duplicates/2025-03-11-port-strike-wire.txt";
  private static final String ANALYSIS = "near-duplicates/2025-03-12-port-strike-analysis.txt";

  @BeforeAll
  static void start() throws Exception {
    Path input = BackendServers.fixtureCorpus(temp);
    Path nearDuplicates = Files.createDirectories(input.resolve("near-duplicates"));
    try (Stream<Path> files = Files.list(RepoFiles.root().resolve("search-api/src/test/resources/near-duplicates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(file, nearDuplicates.resolve(file.getFileName()));
      }
    }
    servers = BackendServers.start(temp, input);
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
  void copiesOfAQuoteAreOneHit(Backend backend) {
    // The port-strike story and its exact copy quote the union leader in the same words.
    JsonNode page = servers.json(backend, "/api/quotes?q=storms&speaker=" + BackendServers.encode("Ana Ferreira"));
    JsonNode lucene = servers.json(Backend.LUCENE, "/api/quotes?q=storms&speaker=" + BackendServers.encode("Ana Ferreira"));
    assertTrue(page.get("total").asInt() >= 2, page.toString());
    assertEquals(page.get("total").asInt(), page.at("/hits/0/copies").asInt(), "one hit for every copy: " + page);
    assertEquals(1, page.get("distinct").asInt());
    assertEquals(1, page.get("hits").size());
    assertEquals(lucene.get("total"), page.get("total"));
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
  void suggestionsCompleteWordsOfTheIndexAsWrittenOneFormPerStem(Backend backend) throws InterruptedException {
    awaitWords(backend);
    assertTrue(terms(backend, "vla").contains("vladimir"), terms(backend, "vla").toString());
    assertTrue(terms(backend, "putin sum").contains("summit"), "the last word typed is completed");
    List<String> president = terms(backend, "presid");
    assertTrue(president.contains("president"), president.toString());
    assertFalse(president.contains("presid"), "words as written, never the stem");
    assertEquals(1, president.stream().filter(word -> word.startsWith("president") && !word.startsWith("presidenti")).count(),
        "one form per stem: " + president);
    assertEquals(List.of(), terms(backend, "jinping"), "a word typed in full is not offered again");
    List<String> kinds = new ArrayList<>();
    servers.json(backend, "/api/suggest?prefix=xi").get("suggestions").forEach(s -> kinds.add(s.get("kind").asText()));
    assertEquals(kinds.stream().sorted(java.util.Comparator.comparingInt(List.of("speaker", "term", "title")::indexOf)).toList(), kinds,
        "speakers, then words, then titles");
  }

  private static List<String> terms(Backend backend, String prefix) {
    List<String> terms = new ArrayList<>();
    for (JsonNode suggestion : servers.json(backend, "/api/suggest?prefix=" + BackendServers.encode(prefix)).get("suggestions")) {
      if (suggestion.get("kind").asText().equals("term")) {
        terms.add(suggestion.get("text").asText());
      }
    }
    return terms;
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
      "/api/articles/000_49fbe87d8bcee795.txt/related", "/api/search?q=said&recency=30d", "/api/search?q=strike&recency=1y",
      "/api/search?q=putin+xi&recency=2w&group=false",
      "/api/search?q=what+did+putin+say+to+xi+about+taiwan", "/api/search?q=dock+workers+strike+over+pay+at+the+port",
      "/api/search?q=president+xi+russian+counterpart+summit+-taiwan", "/api/search?q=library+opening+hours+extended+weekends&group=false",
  })
  void bothBackendsAnswerTheSameHitsInTheSameOrder(String query) {
    // Every hit on one page, so that no run of tied hits is cut where the page ends.
    String path = query + (query.contains("?") ? "&" : "?") + "size=100";
    JsonNode lucene = servers.json(Backend.LUCENE, path);
    JsonNode openSearch = servers.json(Backend.OPENSEARCH, path);
    if (lucene.has("related")) {
      assertEquals(hitKeys(lucene.get("related")), hitKeys(openSearch.get("related")), path);
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

  @ParameterizedTest
  @EnumSource(Backend.class)
  void copiesAndNearDuplicatesAreFoldedUnderTheBestRankedOne(Backend backend) {
    JsonNode answer = servers.json(backend, "/api/search?q=dock+workers+strike");
    assertEquals(4, answer.get("total").asInt(), "total counts every matching article");
    assertEquals(2, answer.get("hits").size(), answer.toString());
    List<String> group = new ArrayList<>(List.of(answer.at("/hits/0/id").asText()));
    answer.at("/hits/0/similar").forEach(other -> group.add(other.get("id").asText()));
    assertEquals(List.of(COPY, STORY, EDITED), group.stream().sorted().toList());
    assertEquals(ANALYSIS, answer.at("/hits/1/id").asText());
    assertEquals(0, answer.at("/hits/1/similar").size(), "the same event written separately is not a duplicate");
    JsonNode edited = servers.json(backend, "/api/search?q=dock+workers+strike&sort=date").at("/hits/1");
    assertEquals(EDITED, edited.get("id").asText(), "the newest of the group leads it by date");
    JsonNode oldest = servers.json(backend, "/api/search?q=dock+workers+strike&sort=date_asc").at("/hits/0/similar");
    JsonNode similar = oldest.get(0).get("id").asText().equals(EDITED) ? oldest.get(0) : oldest.get(1);
    assertEquals("Northern port dockers strike, cargo backs up", similar.get("title").asText());
    assertEquals("2025-03-11", similar.get("date").asText());
    assertEquals("Coastal Times", similar.get("source").asText());
    assertEquals(4, servers.json(backend, "/api/search?q=dock+workers+strike&group=false").get("hits").size());
    // Only the edited copy has this sentence: its near-duplicates do not match, so it stands alone.
    JsonNode alone = servers.json(backend, "/api/search?q=ministers+following+dispute");
    assertEquals(List.of(EDITED), ids(alone));
    assertEquals(0, alone.at("/hits/0/similar").size());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void groupedPagesNeverShowAGroupTwiceByNumberOrByCursor(Backend backend) {
    for (String sort : List.of("relevance", "date", "date_asc")) {
      String search = "/api/search?q=dock+workers+strike&size=1&sort=" + sort;
      List<String> byNumber = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        byNumber.addAll(ids(servers.json(backend, search + "&page=" + page)));
      }
      assertEquals(2, byNumber.size(), sort + ": " + byNumber);
      List<String> byCursor = new ArrayList<>();
      JsonNode answer = servers.json(backend, search);
      byCursor.addAll(ids(answer));
      while (answer.hasNonNull("nextCursor")) {
        answer = servers.json(backend, search + "&cursor=" + BackendServers.encode(answer.get("nextCursor").asText()));
        byCursor.addAll(ids(answer));
      }
      assertEquals(byNumber, byCursor, sort);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void recencyMultipliesEachScoreByOnePlusHalfToTheAgeInHalfLives(Backend backend) {
    LocalDate newest = LocalDate.parse(servers.json(backend, "/api/search?sort=date&size=1").at("/hits/0/date").asText());
    Map<String, Double> plain = new HashMap<>();
    servers.json(backend, "/api/search?q=said&group=false&size=100").get("hits")
        .forEach(hit -> plain.put(hit.get("id").asText(), hit.get("score").asDouble()));
    JsonNode boosted = servers.json(backend, "/api/search?q=said&group=false&size=100&recency=1y");
    assertEquals(plain.size(), boosted.get("hits").size());
    int raised = 0;
    for (JsonNode hit : boosted.get("hits")) {
      double factor = hit.get("date").isNull() ? 1
          : 1 + Math.pow(0.5, ChronoUnit.DAYS.between(LocalDate.parse(hit.get("date").asText()), newest) / 365.0);
      double expected = plain.get(hit.get("id").asText()) * factor;
      assertEquals(expected, hit.get("score").asDouble(), expected * 1e-5, hit.toString());
      raised += factor > 1.01 ? 1 : 0;
    }
    assertTrue(raised > 0, "some articles are within a few half-lives of the newest: " + boosted);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void misspelledWordsAreLoosenedUnderTheSameRulesAndSayWhatWasMeant(Backend backend) throws InterruptedException {
    awaitWords(backend);
    JsonNode body = servers.json(backend, "/api/search?q=" + BackendServers.encode("Jinpng taiwn"));
    assertEquals(1, body.get("total").asInt(), body.toString());
    assertEquals(SEED_000, body.at("/hits/0/id").asText());
    assertTrue(body.get("fuzzy").asBoolean());
    assertEquals("jinping taiwan", body.get("didYouMean").asText());
    assertTrue(body.at("/hits/0/snippet").asText().contains("<mark>Taiwan</mark>"), "the word found is marked");
    // Against the index's stems, "presdent" is one edit from "present" and three from "presid".
    assertEquals("president jinping", meant(backend, "presdent jinpng"));
    assertEquals("strategic alliance", meant(backend, "strategic allaince"), "a swap is one edit");
    assertEquals("summit", meant(backend, "sumit"));
    assertEquals("commemoration", meant(backend, "comemmoratoin"), "eight letters or more: two edits");
    for (String typed : List.of("sumxyt", "putn", "\"jinpng taiwn\"", "taiwan", "taiwan -jinpng")) {
      JsonNode asTyped = servers.json(backend, "/api/search?q=" + BackendServers.encode(typed));
      assertFalse(asTyped.get("fuzzy").asBoolean(), typed + ": " + asTyped);
      assertTrue(asTyped.get("didYouMean").isNull(), typed);
    }
    JsonNode filter = servers.json(backend, "/api/search?q=summit&speaker=" + BackendServers.encode("Vladimir Putn"));
    assertEquals(0, filter.get("total").asInt(), "filter values are never loosened");
    JsonNode advanced = servers.json(backend, "/api/search?syntax=advanced&q=taiwn");
    assertEquals(0, advanced.get("total").asInt(), "the advanced syntax is never loosened");
    assertFalse(advanced.get("fuzzy").asBoolean());
  }

  /** Loosened searches: both backends loosen the same words into the same query and find the same hits. */
  @ParameterizedTest
  @ValueSource(strings = {"jinpng+taiwn", "presdent+jinpng", "sumit", "strategic+allaince", "comemmoratoin", "taiwn&speaker=Vladimir+Putin",
      "workrs+strke", "sumxyt"})
  void bothBackendsLoosenTheSameWords(String params) throws InterruptedException {
    awaitWords(Backend.LUCENE);
    JsonNode lucene = servers.json(Backend.LUCENE, "/api/search?size=100&q=" + params);
    JsonNode openSearch = servers.json(Backend.OPENSEARCH, "/api/search?size=100&q=" + params);
    assertEquals(lucene.get("didYouMean"), openSearch.get("didYouMean"), params);
    assertEquals(lucene.get("fuzzy"), openSearch.get("fuzzy"), params);
    assertEquals(lucene.get("total"), openSearch.get("total"), params);
    assertEquals(hitKeys(lucene), hitKeys(openSearch), params);
  }

  private static String meant(Backend backend, String typed) {
    return servers.json(backend, "/api/search?q=" + BackendServers.encode(typed)).get("didYouMean").asText();
  }

  /** Waits until the embedded backend has collected the index's words, which it does in the background. */
  private static void awaitWords(Backend backend) throws InterruptedException {
    for (int tries = 0; tries < 300 && !servers.json(backend, "/api/suggest?prefix=xi").toString().contains("Xi Jinping"); tries++) {
      Thread.sleep(100);
    }
  }

  /** Grouped searches: both backends show the same hits with the same articles folded under each. */
  @ParameterizedTest
  @ValueSource(strings = {
      "q=dock+workers+strike", "q=dock+workers+strike&sort=date", "q=dock+workers+strike&sort=date_asc", "q=strike",
      "q=dock+workers+strike&size=1&page=2", "source=Harbour+Gazette&source=Coastal+Times&source=Valley+Post", "q=port+OR+taiwan",
  })
  void bothBackendsGroupTheSameArticles(String params) {
    JsonNode lucene = servers.json(Backend.LUCENE, "/api/search?" + params);
    JsonNode openSearch = servers.json(Backend.OPENSEARCH, "/api/search?" + params);
    assertEquals(lucene.get("total"), openSearch.get("total"), params);
    assertEquals(groups(lucene), groups(openSearch), params);
  }

  /** Each hit as its id and the sorted ids of the articles folded under it. */
  private static List<String> groups(JsonNode page) {
    List<String> groups = new ArrayList<>();
    for (JsonNode hit : page.get("hits")) {
      groups.add(hit.get("id").asText() + " " + hit.get("similar").findValuesAsText("id").stream().sorted().toList());
    }
    return groups;
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
   * score) and its id (an article's with the ids of the copies grouped under it, or a quote's
   * article and offset). Hits whose keys tie are listed by id: either backend may order ties its own
   * way (the embedded one by indexing order, which follows the reading threads), and so may choose
   * another of a group's tied copies to show.
   */
  private static String withCopies(JsonNode hit) {
    TreeSet<String> group = new TreeSet<>(List.of(hit.get("id").asText()));
    hit.path("similar").forEach(copy -> group.add(copy.get("id").asText()));
    return String.join("+", group);
  }

  private static List<String> hitKeys(JsonNode page) {
    List<String[]> hits = new ArrayList<>();
    for (JsonNode hit : page.isArray() ? page : page.get("hits")) {
      String id = hit.has("articleId") ? hit.get("articleId").asText() + "@" + hit.get("start").asInt() : withCopies(hit);
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
