package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional recency boost ({@code recency=} half-life), over HTTP against a small real index. */
class RecencyBoostTest {
  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    // Three articles that match "reservoir" equally (one mention each, bodies of the same length)
    // but are not near-duplicates: only their dates differ in a way the boost can see.
    server = SeedServer.start(temp, SeedServer.folder(temp,
        "newest.txt", "title Water\ndate 2025-06-30\n\nThe reservoir level rose after heavy rain in the hills above town.\n",
        "year-old.txt", "title Supply\ndate 2024-07-01\n\nEngineers inspected the reservoir dam before the summer drought began.\n",
        "undated.txt", "title Notice\n\nVisitors to the reservoir path should expect muddy ground near the gate.\n"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void offByDefault() {
    Map<String, Double> plain = scores("/api/search?q=reservoir");
    Map<String, Double> noBoost = scores("/api/search?q=reservoir&recency=");
    assertEquals(plain, noBoost);
  }

  @Test
  void scoresAreMultipliedByOnePlusHalfToThePowerOfAgeOverHalfLife() {
    Map<String, Double> plain = scores("/api/search?q=reservoir");
    Map<String, Double> boosted = scores("/api/search?q=reservoir&recency=1y");
    // The newest article doubles; one 364 days older gets 1 + 0.5^(364/365); undated stays as it was.
    assertEquals(2.0, boosted.get("newest.txt") / plain.get("newest.txt"), 1e-4);
    assertEquals(1 + Math.pow(0.5, 364 / 365.0), boosted.get("year-old.txt") / plain.get("year-old.txt"), 1e-4);
    assertEquals(1.0, boosted.get("undated.txt") / plain.get("undated.txt"), 1e-4);
  }

  @Test
  void aShortHalfLifeRanksTheNewestFirstAndLeavesOldAndUndatedAlike() {
    JsonNode answer = server.json("/api/search?q=reservoir&recency=7d");
    assertEquals("newest.txt", answer.at("/hits/0/id").asText());
    Map<String, Double> plain = scores("/api/search?q=reservoir");
    Map<String, Double> boosted = scores("/api/search?q=reservoir&recency=7d");
    assertEquals(1.0, boosted.get("year-old.txt") / plain.get("year-old.txt"), 1e-4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0d", "-3d", "30", "1.5y", "30 days", "9999999d"})
  void aHalfLifeThatIsNotANumberAndAUnitIsA400(String value) {
    HttpResponse<String> response = server.get("/api/search?q=reservoir&recency=" + SeedServer.encode(value));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("\"code\":\"bad_parameter\"") && response.body().contains("recency"), response.body());
  }

  private static Map<String, Double> scores(String pathAndQuery) {
    Map<String, Double> scores = new HashMap<>();
    for (JsonNode hit : server.json(pathAndQuery).get("hits")) {
      scores.put(hit.get("id").asText(), hit.get("score").asDouble());
    }
    assertEquals(3, scores.size(), scores.toString());
    assertTrue(List.of("newest.txt", "year-old.txt", "undated.txt").containsAll(scores.keySet()));
    return scores;
  }
}
