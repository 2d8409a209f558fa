package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo tolerance of the search box over real HTTP, against an index of the three seeds. */
class TypoToleranceTest {
  private static final String SEED_000 = "000_49fbe87d8bcee795.txt";

  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.seeds(temp);
    SuggestTest.awaitSuggestion(server, "xi", "Xi Jinping"); // the index's words are ready
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode search(String query) {
    return server.json("/api/search?q=" + SeedServer.encode(query));
  }

  @Test
  void misspelledWordsFindTheArticleAndSayWhatWasMeant() {
    JsonNode body = search("Jinpng taiwn");
    assertEquals(1, body.get("total").asInt());
    assertEquals(SEED_000, body.at("/hits/0/id").asText());
    assertTrue(body.get("fuzzy").asBoolean());
    assertEquals("jinping taiwan", body.get("didYouMean").asText());
    assertTrue(body.at("/hits/0/snippet").asText().contains("<mark>Taiwan</mark>"), "the word found is marked");
  }

  @Test
  void wordsAreCorrectedToWordsAsWrittenNotToStems() {
    // Against the index's stems, "presdent" is one edit from "present" and three from "presid".
    JsonNode body = search("presdent jinpng");
    assertEquals(3, body.get("total").asInt());
    assertEquals("president jinping", body.get("didYouMean").asText());
  }

  @Test
  void eightLettersAllowTwoEditsFiveAllowOne() {
    assertEquals("strategic alliance", search("strategic allaince").get("didYouMean").asText(), "a swap is one edit");
    assertEquals("summit", search("sumit").get("didYouMean").asText());
    JsonNode twoOff = search("sumxyt");
    assertEquals(0, twoOff.get("total").asInt(), "six letters, two edits: not loosened");
    assertFalse(twoOff.get("fuzzy").asBoolean());
    assertEquals("commemoration", search("comemmoratoin").get("didYouMean").asText());
  }

  @Test
  void aQueryThatFindsEnoughIsNeverLoosened() {
    JsonNode body = search("taiwan");
    assertEquals(1, body.get("total").asInt());
    assertFalse(body.get("fuzzy").asBoolean());
    assertTrue(body.get("didYouMean").isNull());
  }

  @Test
  void shortWordsPhrasesAndExclusionsAreNeverLoosened() {
    for (String query : new String[] {"putn", "\"jinpng taiwn\"", "\"Xi Jinpng\""}) {
      JsonNode body = search(query);
      assertEquals(0, body.get("total").asInt(), query);
      assertFalse(body.get("fuzzy").asBoolean(), query);
      assertTrue(body.get("didYouMean").isNull(), query);
    }
    JsonNode excluded = search("taiwan -jinpng");
    assertEquals(1, excluded.get("total").asInt(), "the exclusion excludes nothing, as typed");
    assertFalse(excluded.get("fuzzy").asBoolean());
  }

  @Test
  void aQueryWhoseLoosenedFormWouldBeOverTheLimitsIsAnsweredAsTyped() {
    // 40 parts are within the 64 a box query may have; with a replacement each they would be 80.
    JsonNode body = search(String.join(" ", java.util.Collections.nCopies(40, "sumit")));
    assertEquals(0, body.get("total").asInt(), body.toString());
    assertFalse(body.get("fuzzy").asBoolean());
  }

  @Test
  void speakerFiltersAreNeverLoosened() {
    JsonNode body = server.json("/api/search?q=summit&speaker=" + SeedServer.encode("Vladimir Putn"));
    assertEquals(0, body.get("total").asInt());
    assertFalse(body.get("fuzzy").asBoolean());
    JsonNode typoInWords = server.json("/api/search?q=taiwn&speaker=" + SeedServer.encode("Vladimir Putin"));
    assertTrue(typoInWords.get("fuzzy").asBoolean(), "the words are loosened, the filter stays as given");
    for (JsonNode hit : typoInWords.get("hits")) {
      assertTrue(hit.get("speakers").toString().contains("Vladimir Putin"));
    }
  }

  @Test
  void theAdvancedSyntaxOnlyLoosensWhatItsTildeAsksFor() {
    JsonNode plain = server.json("/api/search?syntax=advanced&q=taiwn");
    assertEquals(0, plain.get("total").asInt());
    assertFalse(plain.get("fuzzy").asBoolean());
    JsonNode tilde = server.json("/api/search?syntax=advanced&q=" + SeedServer.encode("taiwn~"));
    assertTrue(tilde.get("hits").toString().contains(SEED_000), tilde.toString());
    assertFalse(tilde.get("fuzzy").asBoolean(), "fuzzy says the server loosened the query, not the user");
  }
}
