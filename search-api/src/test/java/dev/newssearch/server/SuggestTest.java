package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/suggest} over real HTTP, against an index of the three seeds. */
class SuggestTest {
  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.seeds(temp);
    awaitSuggestions(server, "xi", "Xi Jinping");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void printAll() {
    for (String p : List.of("xi", "vla", "pu", "taiw", "putin tai", "chin", "moscow", "the", "presi", "zzz")) {
      System.out.println(p + " -> " + server.json("/api/suggest?prefix=" + SeedServer.encode(p)).toString());
    }
    for (String q : List.of("jinpng taiwn", "presdent jinpng", "\"jinpng taiwn\"", "taiwan", "china", "summit", "strategic allience")) {
      JsonNode b = server.json("/api/search?q=" + SeedServer.encode(q));
      System.out.println(q + " -> total " + b.get("total") + " fuzzy " + b.get("fuzzy") + " dym " + b.get("didYouMean"));
    }
  }

  /** Polls the suggestions of {@code prefix} until one is {@code expected}: builds run in the background. */
  static JsonNode awaitSuggestions(SeedServer server, String prefix, String expected) throws InterruptedException {
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

  static List<String> texts(JsonNode body) {
    List<String> texts = new ArrayList<>();
    body.get("suggestions").forEach(s -> texts.add(s.get("text").asText()));
    return texts;
  }
}
