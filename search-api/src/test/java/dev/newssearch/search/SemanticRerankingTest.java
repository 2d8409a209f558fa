package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Progress;
import dev.newssearch.semantic.SemanticIndexing;
import dev.newssearch.server.ServerOptions;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ranking by meaning on an index built with embeddings, over HTTP: the words decide what
 * matches, meaning reorders the best hits, and pages, cursors, totals and facets stay consistent.
 */
class SemanticRerankingTest {
  @TempDir static Path temp;
  private static SeedServer embedded;
  private static SeedServer plain;

  /**
   * "bank interest rates": the river article holds the words in passing, twice over and in fewer
   * words; the central bank article holds each once, in more words, and is about them. "bank
   * interest" also finds the walking article, and "bank" the harbour article.
   */
  private static final String[] ARTICLES = {
    "river.txt", "title Along the river\nsource Walkers Weekly\n\nThe bank of the river is steep here, and interest in the rates of"
        + " erosion along the bank has grown among walkers. Rates of flow were high after the thaw.\n",
    "rates.txt", "title Mortgage costs climb\nsource Wire\n\nThe central bank raised interest rates again on Wednesday, lifting"
        + " borrowing costs for households and businesses as it tried to cool inflation. The decision, the third this year,"
        + " surprised few economists: markets had expected it since the minutes of the last meeting were published, and"
        + " shares in housebuilders fell.\n",
    "walking.txt", "title Walking holidays\nsource Walkers Weekly\n\nHikers followed the river bank for miles; interest in walking"
        + " holidays is growing, and guides charge more.\n",
    "harbour.txt", "title Storm warning\nsource Wire\n\nFishermen moored their boats by the bank of the estuary before the storm,"
        + " and the coastguard closed the harbour.\n",
  };

  @BeforeAll
  static void start() throws Exception {
    Path input = SeedServer.folder(temp, ARTICLES);
    Path embeddedIndex = temp.resolve("embedded");
    SeedServer.indexer(SemanticIndexing.ON).reindex(input, new IndexGenerations(embeddedIndex.resolve("index")), Progress.NONE);
    embedded = SeedServer.start(embeddedIndex, null, QueryBudget.DEFAULT, ServerOptions.DEFAULT);
    plain = SeedServer.start(temp.resolve("plain"), input);
  }

  @AfterAll
  static void stop() {
    embedded.close();
    plain.close();
  }

  @Test
  void meaningLiftsTheArticleAboutTheQueryAboveThoseThatHoldItsWordsInPassing() {
    assertNotEquals("rates.txt", ids("/api/search?q=bank+interest+rates&semantic=false").get(0));
    assertEquals("rates.txt", ids("/api/search?q=bank+interest+rates").get(0));
  }

  @Test
  void theWordsStillDecideWhatMatchesAndWhatIsCounted() {
    JsonNode reranked = embedded.json("/api/search?q=bank+interest&size=10");
    JsonNode byWords = embedded.json("/api/search?q=bank+interest&size=10&semantic=false");
    assertEquals(byWords.get("total"), reranked.get("total"));
    assertEquals(byWords.get("facets"), reranked.get("facets"));
    assertEquals(sorted(ids(byWords)), sorted(ids(reranked)));
  }

  @Test
  void anIndexWithoutEmbeddingsRanksByWordsWhateverTheRequestSays() {
    assertEquals(ids(plain.json("/api/search?q=bank+interest+rates&semantic=false")),
        ids(plain.json("/api/search?q=bank+interest+rates")));
    assertEquals(ids(embedded.json("/api/search?q=bank+interest+rates&semantic=false")),
        ids(plain.json("/api/search?q=bank+interest+rates")));
  }

  @Test
  void cursorsAndPagesFollowTheReRankedOrder() {
    List<String> onePage = ids("/api/search?q=bank+interest&size=10");
    assertEquals(3, onePage.size(), onePage.toString());
    assertNotEquals(onePage, ids("/api/search?q=bank+interest&size=10&semantic=false"), "the words' order is another");
    List<String> byCursor = new ArrayList<>();
    JsonNode page = embedded.json("/api/search?q=bank+interest&size=1");
    while (true) {
      byCursor.addAll(ids(page));
      if (!page.hasNonNull("nextCursor")) {
        break;
      }
      page = embedded.json("/api/search?q=bank+interest&size=1&cursor=" + SeedServer.encode(page.get("nextCursor").asText()));
    }
    assertEquals(onePage, byCursor);
    List<String> byNumber = new ArrayList<>();
    for (int n = 1; n <= onePage.size(); n++) {
      byNumber.addAll(ids("/api/search?q=bank+interest&size=1&page=" + n));
    }
    assertEquals(onePage, byNumber);
  }

  @Test
  void scoresFollowTheNewOrder() {
    JsonNode hits = embedded.json("/api/search?q=bank+interest+rates").get("hits");
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.get(i - 1).get("score").asDouble() >= hits.get(i).get("score").asDouble(), hits.toString());
    }
  }

  @Test
  void dateOrderAndAdvancedSyntaxAreNotReRanked() {
    assertEquals(ids("/api/search?q=bank+interest+rates&sort=date&semantic=false"),
        ids("/api/search?q=bank+interest+rates&sort=date"));
    assertEquals(ids("/api/search?q=bank+OR+interest&syntax=advanced&semantic=false"),
        ids("/api/search?q=bank+OR+interest&syntax=advanced"));
  }

  @Test
  void semanticThatIsNotTrueOrFalseIsA400() {
    HttpResponse<String> response = embedded.get("/api/search?q=bank&semantic=maybe");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("semantic"), response.body());
  }

  private static List<String> ids(String pathAndQuery) {
    return ids(embedded.json(pathAndQuery));
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : answer.get("hits")) {
      ids.add(hit.get("id").asText());
    }
    return ids;
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }
}
