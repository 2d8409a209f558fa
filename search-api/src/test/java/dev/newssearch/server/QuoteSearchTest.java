package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who said what over HTTP: quote search, quote-scoped article search and the speaker list, on the seeds. */
class QuoteSearchTest {
  private static final String PUTIN = SeedServer.encode("Vladimir Putin");
  private static final String XI = SeedServer.encode("Xi Jinping");

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
  void whatDidPutinSayAboutTaiwanReturnsPutinsWords() {
    JsonNode page = server.json("/api/quotes?q=taiwan&speaker=" + PUTIN);
    assertTrue(page.get("total").asInt() >= 1, page.toString());
    for (JsonNode hit : page.get("hits")) {
      assertEquals("Vladimir Putin", hit.get("speaker").asText());
      assertEquals("000_49fbe87d8bcee795.txt", hit.get("articleId").asText());
      assertTrue(hit.get("text").asText().contains("<mark>Taiwan</mark>"), hit.toString());
      assertTrue(hit.get("sentence").asText().contains("Taiwan"), hit.toString());
    }
  }

  @Test
  void xiSaidNothingAboutTaiwanThoughBothNamesShareTheArticle() {
    assertEquals(0, server.json("/api/quotes?q=taiwan&speaker=" + XI).get("total").asInt());
    JsonNode anywhere = server.json("/api/search?q=taiwan&speaker=" + XI);
    assertEquals(1, anywhere.get("total").asInt(), "article search finds the article where Xi is quoted and Taiwan appears");
    JsonNode inXisQuotes = server.json("/api/search?q=taiwan&scope=quotes&speaker=" + XI);
    assertEquals(0, inXisQuotes.get("total").asInt(), "but not when the words must be in Xi's own quotes");
    JsonNode inPutinsQuotes = server.json("/api/search?q=taiwan&scope=quotes&speaker=" + PUTIN);
    assertEquals(1, inPutinsQuotes.get("total").asInt());
    assertTrue(inPutinsQuotes.at("/hits/0/snippet").asText().contains("<mark>Taiwan</mark>"));
  }

  @Test
  void quoteSearchFiltersByDateAndFacetsBySpeaker() {
    JsonNode dated = server.json("/api/quotes?from=2025-09-01&to=2025-09-30&size=100");
    assertTrue(dated.get("total").asInt() > 0);
    for (JsonNode hit : dated.get("hits")) {
      assertEquals("004_63148c7f0396222a.txt", hit.get("articleId").asText());
      assertEquals("2025-09-02", hit.get("date").asText());
    }
    assertTrue(dated.get("speakers").toString().contains("Xi Jinping"));
  }

  @Test
  void speakersAreListedWithArticleAndQuoteCounts() {
    JsonNode xi = server.json("/api/speakers?prefix=xi").get("speakers");
    assertEquals("Xi Jinping", xi.get(0).get("name").asText());
    assertEquals(3, xi.get(0).get("articles").asInt());
    assertTrue(xi.get(0).get("quotes").asInt() >= 3);
    JsonNode byWord = server.json("/api/speakers?prefix=shapo").get("speakers");
    assertEquals("Yulia Shapovalova", byWord.get(0).get("name").asText());
    assertEquals(1, byWord.get(0).get("articles").asInt());
  }

  @Test
  void articleQuotesCarryTheSpeakerMention() {
    JsonNode article = server.json("/api/articles/000_49fbe87d8bcee795.txt");
    String body = article.get("body").asText();
    boolean sawPutin = false;
    for (JsonNode quote : article.get("quotes")) {
      JsonNode mention = quote.get("mention");
      if (!mention.isNull()) {
        assertEquals(mention.get("text").asText(), body.substring(mention.get("start").asInt(), mention.get("end").asInt()));
      }
      sawPutin |= quote.get("speaker").asText().equals("Vladimir Putin") && quote.get("type").asText().equals("direct");
    }
    assertTrue(sawPutin);
  }
}
