package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text analysis cases of English news, as real queries over HTTP against a small index. */
class AnalysisCasesTest {
  @TempDir static Path temp;
  private static SeedServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SeedServer.start(temp, SeedServer.folder(temp,
        "possessive.txt", "title Markets\n\nRussia’s economy grew last quarter, officials in Moscow said.\n",
        "diacritics.txt", "title Visit\n\nPresident Zelenskýy met officials from São Paulo on Tuesday.\n",
        "caps.txt", "title WIRE\n\nKENNEDY ADMINISTRATION PRESSURE ON DIEM GREW AS THE MONKS PROTESTED .\n",
        "phrase.txt", "title Summit\n\nThe president met the Chinese leader in Beijing for two hours.\n",
        "scattered.txt", "title Trade\n\nChinese exporters complained, and the leader of the chamber agreed.\n",
        "hyphen.txt", "title Relief\n\nAid reached the war-torn city as COVID-19 cases fell.\n"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"russia", "Russia's", "Russia’s", "RUSSIA"})
  void possessivesWithStraightOrCurlyApostrophesFindTheName(String query) {
    assertEquals(List.of("possessive.txt"), ids(query));
  }

  @Test
  void diacriticsAreFoldedForMatchingButShownAsWritten() {
    assertEquals(List.of("diacritics.txt"), ids("zelenskyy sao paulo"));
    assertEquals(List.of("diacritics.txt"), ids("Zelenskýy"));
    String snippet = server.json("/api/search?q=zelenskyy").at("/hits/0/snippet").asText();
    assertTrue(snippet.contains("<mark>Zelenskýy</mark>"), snippet);
  }

  @Test
  void allCapsTextMatchesLowerCaseQueriesAndBack() {
    assertEquals(List.of("caps.txt"), ids("kennedy administration"));
    assertEquals(List.of("phrase.txt"), ids("BEIJING"));
  }

  @Test
  void stopwordsDoNotBreakPhraseQueries() {
    assertEquals(List.of("phrase.txt"), ids("\"the Chinese leader\""));
    assertEquals(List.of("phrase.txt"), ids("\"met the Chinese leader in Beijing\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"war torn", "war-torn", "WAR-TORN", "\"war torn\""})
  void hyphenatedWordsAreFoundWithOrWithoutTheHyphen(String query) {
    assertEquals(List.of("hyphen.txt"), ids(query));
  }

  @ParameterizedTest
  @ValueSource(strings = {"covid-19", "covid 19", "COVID-19"})
  void numbersWithHyphensAreFoundBothWays(String query) {
    assertEquals(List.of("hyphen.txt"), ids(query));
  }

  @Test
  void shortQueriesRequireEveryWord() {
    assertEquals(List.of(), ids("chinese leader elephant"));
  }

  @Test
  void longQueriesFallBackToTheBestMatchingArticlesInsteadOfNothing() {
    List<String> found = ids("WHAT DID THE CHINESE LEADER DISCUSS WITH THE PRESIDENT IN BEIJING ABOUT ELEPHANTS");
    assertEquals("phrase.txt", found.get(0), found.toString());
  }

  private static List<String> ids(String query) {
    JsonNode body = server.json("/api/search?size=100&q=" + SeedServer.encode(query));
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }
}
