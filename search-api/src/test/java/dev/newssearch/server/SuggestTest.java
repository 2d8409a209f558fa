package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/suggest} over real HTTP, against an index of the three seeds. */
class SuggestTest {
  private static final String SEED_000_TITLE =
      "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Wednesday held a virtual summit.";

  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.seeds(temp);
    awaitSuggestion(server, "xi", "Xi Jinping");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aSpeakerComesFirstThenTheWordThenTheTitlesThatHaveIt() {
    JsonNode body = server.json("/api/suggest?prefix=vla");
    assertEquals("Vladimir Putin", body.at("/suggestions/0/text").asText());
    assertEquals("speaker", body.at("/suggestions/0/kind").asText());
    assertEquals("vladimir", body.at("/suggestions/1/text").asText());
    assertEquals("term", body.at("/suggestions/1/kind").asText());
    assertEquals(SEED_000_TITLE, body.at("/suggestions/2/text").asText());
    assertEquals("title", body.at("/suggestions/2/kind").asText());
    assertEquals(3, body.get("suggestions").size());
  }

  @Test
  void wordsCompleteTheLastWordTypedAsWrittenNotAsStems() {
    assertEquals(List.of("taiwan"), texts(server.json("/api/suggest?prefix=" + SeedServer.encode("putin tai"))));
    assertTrue(texts(server.json("/api/suggest?prefix=presi")).contains("president"), "the word, not the stem 'presid'");
    assertFalse(texts(server.json("/api/suggest?prefix=taiwan")).contains("taiwan"), "the word typed is no completion");
  }

  @Test
  void titlesMatchOnAnyOfTheirWordsWithTheLastOneAPrefix() {
    assertEquals(List.of(SEED_000_TITLE), titles(server.json("/api/suggest?prefix=" + SeedServer.encode("virtual sum"))));
    assertEquals(List.of(SEED_000_TITLE), titles(server.json("/api/suggest?prefix=" + SeedServer.encode("wednesday"))));
    assertEquals(List.of(), titles(server.json("/api/suggest?prefix=" + SeedServer.encode("virtual moscow"))),
        "every word typed must be in the title");
  }

  @Test
  void everySuggestionHasATextAndAKnownKind() {
    JsonNode body = server.json("/api/suggest?prefix=chin&limit=20");
    assertTrue(body.get("suggestions").size() >= 3);
    for (JsonNode suggestion : body.get("suggestions")) {
      assertFalse(suggestion.get("text").asText().isBlank());
      assertTrue(Set.of("title", "speaker", "term").contains(suggestion.get("kind").asText()), suggestion.toString());
    }
  }

  @Test
  void limitCapsTheListAndEachKindLeavesItsUnusedShareToTheOthers() {
    assertEquals(2, server.json("/api/suggest?prefix=chin&limit=2").get("suggestions").size());
    assertEquals(List.of("China"), texts(server.json("/api/suggest?prefix=chin&limit=1")), "the speaker's share comes first");
    // "taiw" has one word and no speaker or title: the word gets the whole list.
    assertEquals(List.of("taiwan"), texts(server.json("/api/suggest?prefix=taiw&limit=1")));
  }

  @Test
  void theAnswerIsJsonInUtf8WithItsLength() {
    HttpResponse<String> response = server.get("/api/suggest?prefix=vla");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    assertEquals(response.body().getBytes(StandardCharsets.UTF_8).length,
        Integer.parseInt(response.headers().firstValue("content-length").orElseThrow()));
    assertTrue(response.body().startsWith("{\"suggestions\":[{\"text\":\"Vladimir Putin\",\"kind\":\"speaker\"}"), response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "%20%20", "zzzq"})
  void emptyOneLetterAndUnknownPrefixesHaveNoSuggestions(String prefix) {
    HttpResponse<String> response = server.get("/api/suggest?prefix=" + prefix);
    assertEquals(200, response.statusCode());
    assertEquals("{\"suggestions\":[]}", response.body());
    assertEquals("{\"suggestions\":[]}", server.get("/api/suggest").body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=21", "limit=many", "limit=-1"})
  void aBadLimitIsA400(String limit) {
    HttpResponse<String> response = server.get("/api/suggest?prefix=xi&" + limit);
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("\"code\":\"bad_parameter\""), response.body());
    assertTrue(response.body().contains("limit"), response.body());
  }

  @Test
  void aPrefixOverOneHundredCharactersIsA400() {
    assertEquals(200, server.get("/api/suggest?prefix=" + "a".repeat(100)).statusCode());
    HttpResponse<String> response = server.get("/api/suggest?prefix=" + "a".repeat(101));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("prefix is longer than 100 characters"), response.body());
  }

  @Test
  void afterAReindexSuggestionsComeFromTheNewGeneration(@TempDir Path own) throws Exception {
    Path before = SeedServer.folder(own.resolve("a"), "ferry.txt",
        "title Zanzibar ferry service resumes\n\nThe Zanzibar ferry runs again after repairs, the operator said.\n");
    try (SeedServer local = SeedServer.start(own, before)) {
      awaitSuggestion(local, "zanz", "Zanzibar ferry service resumes");
      Path after = SeedServer.folder(own.resolve("b"), "quokka.txt",
          "title Quokka numbers rise on Rottnest Island\n\nRangers counted more quokkas than last year.\n");
      SeedServer.indexer().reindex(after, local.generations(), Progress.NONE);
      JsonNode fresh = awaitSuggestion(local, "quok", "Quokka numbers rise on Rottnest Island");
      assertTrue(texts(fresh).contains("quokkas"), fresh.toString());
      assertEquals(List.of(), texts(local.json("/api/suggest?prefix=zanz")), "the old generation's titles and words are gone");
    }
  }

  /** Polls the suggestions of {@code prefix} until one is {@code expected}: they are built in the background. */
  static JsonNode awaitSuggestion(SeedServer server, String prefix, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode body;
    do {
      body = server.json("/api/suggest?prefix=" + SeedServer.encode(prefix));
      if (texts(body).contains(expected)) {
        return body;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no suggestion '" + expected + "' for '" + prefix + "': " + body);
  }

  private static List<String> titles(JsonNode body) {
    List<String> titles = new ArrayList<>();
    body.get("suggestions").forEach(s -> {
      if (s.get("kind").asText().equals("title")) {
        titles.add(s.get("text").asText());
      }
    });
    return titles;
  }

  static List<String> texts(JsonNode body) {
    List<String> texts = new ArrayList<>();
    body.get("suggestions").forEach(suggestion -> texts.add(suggestion.get("text").asText()));
    return texts;
  }
}
