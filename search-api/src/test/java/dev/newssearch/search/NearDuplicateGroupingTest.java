package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Copies and near-duplicates are folded under one hit, over HTTP against a real index of a story,
 * its exact copy, a lightly edited copy and a separate article on the same strike
 * ({@code src/test/resources/near-duplicates}, described in its README), beside the seeds.
 */
class NearDuplicateGroupingTest {
  private static final String STORY = "2025-03-10-port-strike.txt";
  private static final String COPY = "2025-03-10-port-strike-copy.txt";
  private static final String EDITED = "2025-03-11-port-strike-wire.txt";
  private static final String ANALYSIS = "2025-03-12-port-strike-analysis.txt";

  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    try (Stream<Path> files = Files.list(Path.of(NearDuplicateGroupingTest.class.getResource("/near-duplicates").toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(file, input.resolve(file.getFileName()));
      }
    }
    server = SeedServer.start(temp, input);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void copiesAndLightlyEditedCopiesAreFoldedUnderTheBestRankedOne() {
    JsonNode answer = server.json("/api/search?q=dock+workers+strike");
    assertEquals(4, answer.get("total").asInt(), "total counts every matching article");
    assertEquals(2, answer.get("hits").size());
    JsonNode story = answer.at("/hits/0");
    List<String> groupIds = new ArrayList<>(List.of(story.get("id").asText()));
    story.get("similar").forEach(other -> groupIds.add(other.get("id").asText()));
    assertEquals(List.of(COPY, STORY, EDITED), groupIds.stream().sorted().toList());
    assertEquals(ANALYSIS, answer.at("/hits/1/id").asText());
    assertEquals(0, answer.at("/hits/1/similar").size(), "the same event written separately is not a duplicate");
  }

  @Test
  void similarArticlesCarryTheirTitleDateAndSource() {
    JsonNode similar = server.json("/api/search?q=dock+workers+strike&sort=date_asc").at("/hits/0/similar");
    assertEquals(2, similar.size());
    JsonNode edited = similar.get(0).get("id").asText().equals(EDITED) ? similar.get(0) : similar.get(1);
    assertEquals("Northern port dockers strike, cargo backs up", edited.get("title").asText());
    assertEquals("2025-03-11", edited.get("date").asText());
    assertEquals("Coastal Times", edited.get("source").asText());
  }

  @Test
  void theGroupShowsWhereItsFirstMemberRanksInTheChosenOrder() {
    JsonNode newest = server.json("/api/search?q=dock+workers+strike&sort=date");
    assertEquals(List.of(ANALYSIS, EDITED), ids(newest));
    JsonNode oldest = server.json("/api/search?q=dock+workers+strike&sort=date_asc");
    assertTrue(List.of(STORY, COPY).contains(ids(oldest).get(0)), ids(oldest).toString());
    assertTrue(oldest.at("/hits/0/similar").findValuesAsText("id").contains(EDITED));
  }

  @Test
  void facetsCountEveryMatchingArticle() {
    JsonNode sources = server.json("/api/search?q=dock+workers+strike").at("/facets/sources");
    assertEquals(2, count(sources, "Harbour Gazette"));
    assertEquals(1, count(sources, "Coastal Times"));
    assertEquals(1, count(sources, "Valley Post"));
  }

  @Test
  void groupFalseListsEveryArticle() {
    JsonNode answer = server.json("/api/search?q=dock+workers+strike&group=false");
    assertEquals(4, answer.get("hits").size());
    answer.get("hits").forEach(hit -> assertEquals(0, hit.get("similar").size()));
  }

  @Test
  void onlyArticlesMatchingTheSearchAreGrouped() {
    // Only the edited copy has the added sentence: its near-duplicates do not match, so it stands alone.
    JsonNode answer = server.json("/api/search?q=ministers+following+dispute");
    assertEquals(List.of(EDITED), ids(answer));
    assertEquals(0, answer.at("/hits/0/similar").size());
  }

  @Test
  void pagesNeverShowAGroupTwiceByNumberOrByCursor() {
    List<String> byNumber = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      byNumber.addAll(ids(server.json("/api/search?q=dock+workers+strike&size=1&page=" + page)));
    }
    assertEquals(2, byNumber.size(), byNumber.toString());
    assertEquals(ANALYSIS, byNumber.get(1));

    List<String> byCursor = new ArrayList<>();
    JsonNode answer = server.json("/api/search?q=dock+workers+strike&size=1");
    byCursor.addAll(ids(answer));
    while (answer.hasNonNull("nextCursor")) {
      answer = server.json("/api/search?q=dock+workers+strike&size=1&cursor=" + SeedServer.encode(answer.get("nextCursor").asText()));
      byCursor.addAll(ids(answer));
    }
    assertEquals(byNumber, byCursor);
  }

  @Test
  void aSearchWithoutWordsGroupsTooNewestFirst() {
    JsonNode answer = server.json("/api/search?source=Harbour+Gazette&source=Coastal+Times&source=Valley+Post");
    assertEquals(4, answer.get("total").asInt());
    assertEquals(List.of(ANALYSIS, EDITED), ids(answer));
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "yes please"})
  void aGroupValueThatIsNotABooleanIsA400(String value) {
    HttpResponse<String> response = server.get("/api/search?q=strike&group=" + SeedServer.encode(value));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("\"code\":\"bad_parameter\"") && response.body().contains("group"), response.body());
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static long count(JsonNode facet, String value) {
    for (JsonNode entry : facet) {
      if (entry.get("value").asText().equals(value)) {
        return entry.get("count").asLong();
      }
    }
    return 0;
  }
}
