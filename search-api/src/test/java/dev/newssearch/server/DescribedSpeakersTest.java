package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers an article only describes ("analysts", "a company spokesman") keep their quotes and can
 * be filtered on, but the lists of speakers (facets, {@code /api/speakers}, suggestions) show those
 * that are named, although the descriptions are quoted more often here, as in a wire service's news.
 */
class DescribedSpeakersTest {
  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.start(temp, SeedServer.folder(temp,
        "oil-1.txt", """
            title: Oil prices slide on weak demand
            date: 2025-03-02

            Analysts said oil prices would slide further. Texaco Inc said it would cut output.
            Traders said demand was weak. A company spokesman said the refinery would stay open.
            """,
        "oil-2.txt", """
            title: Refiners cut oil output
            date: 2025-03-03

            Oil traders said supplies were ample. Analysts said the glut would last.
            Texaco Inc said the cut was temporary.
            """,
        "oil-3.txt", """
            title: Oil glut worries analysts
            date: 2025-03-04

            Analysts said oil stocks were high. Traders said buyers were scarce.
            """));
    SuggestTest.awaitSuggestion(server, "tex", "Texaco Inc");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theSearchFacetListsNamedSpeakersOnly() {
    JsonNode speakers = server.json("/api/search?q=oil").at("/facets/speakers");
    assertEquals(List.of("Texaco Inc"), values(speakers, "value"));
    assertEquals(2, speakers.get(0).get("count").asInt());
  }

  @Test
  void describedSpeakersKeepTheirQuotesAndTheirFilter() {
    JsonNode analysts = server.json("/api/quotes?speaker=analysts");
    assertEquals(3, analysts.get("total").asInt(), analysts.toString());
    for (JsonNode hit : analysts.get("hits")) {
      assertEquals("analysts", hit.get("speaker").asText());
    }
    assertEquals(List.of(), values(analysts.get("speakers"), "value"), "the facet of their quotes names nobody");
    assertEquals(3, server.json("/api/search?speaker=analysts").get("total").asInt());
    assertEquals(List.of("Texaco Inc"), values(server.json("/api/quotes").get("speakers"), "value"));
  }

  @Test
  void theSpeakerListAndSuggestionsNameSpeakers() {
    assertEquals(List.of("Texaco Inc"), values(server.json("/api/speakers").get("speakers"), "name"));
    assertEquals(List.of(), values(server.json("/api/speakers?prefix=ana").get("speakers"), "name"));
    for (JsonNode suggestion : server.json("/api/suggest?prefix=ana").get("suggestions")) {
      assertFalse(suggestion.get("kind").asText().equals("speaker"), suggestion.toString());
    }
    assertTrue(server.json("/api/suggest?prefix=tex").get("suggestions").toString().contains("Texaco Inc"));
  }

  private static List<String> values(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(item -> out.add(item.get(field).asText()));
    return out;
  }
}
