package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in query synonyms, over HTTP against a small index. */
class SynonymsTest {
  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.start(temp, SeedServer.folder(temp,
        "kiev.txt", "title Archive\n\nTanks rolled through Kiev in 1991 as the republic declared independence.\n",
        "states.txt", "title Talks\n\nThe United States signed the accord with Peking after long talks.\n"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({"kyiv, kiev.txt", "Kyiv independence, kiev.txt", "beijing, states.txt", "US accord, states.txt",
      "\"U.S. signed\", states.txt"})
  void querySynonymsFindTheOtherSpelling(String query, String expected) {
    JsonNode body = server.json("/api/search?q=" + SeedServer.encode(query));
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    assertEquals(List.of(expected), ids);
  }
}
