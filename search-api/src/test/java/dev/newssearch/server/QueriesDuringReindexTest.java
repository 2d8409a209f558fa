package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero downtime: a client queries the server over HTTP without pause while a full reindex with new
 * content and then an incremental update run through the admin endpoints. Every answer must be a
 * 200 with the search JSON, and the answers must move from the old content to the new, never back.
 */
class QueriesDuringReindexTest {
  private static final int NEW_ARTICLES = 120;
  private static final int ADDED_BY_UPDATE = 10;

  @TempDir Path temp;

  /** The query the client repeats: one old article matches it before, and every new article after. */
  private static final String QUERY = "/api/search?q=zeppelin%20OR%20taiwan&size=3";

  /** One search answer as the querying client saw it: its total, and when. */
  private record Seen(int total, long atNanos) {}

  @Test
  void queriesNeverFailAndSwitchToTheNewContent() throws Exception {
    Path input = SeedServer.folder(temp,
        "strait.txt", "date: 2024-04-01\n\nShips crossed the Taiwan Strait at dawn.\n",
        "market.txt", "date: 2024-04-02\n\nThe fish market opened early.\n");
    try (AdminTestServer server = new AdminTestServer(temp.resolve("index"), input, Executors.newSingleThreadExecutor(), AdminTestServer.TOKEN)) {
      List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      Thread client = new Thread(() -> {
        while (!stop.get() && failures.size() < 10) {
          seen.add(new Seen(total(server, QUERY, failures), System.nanoTime()));
        }
      }, "querying-client");
      client.start();
      try {
        awaitQueries(seen, 5);
        assertEquals(1, seen.get(seen.size() - 1).total(), "the old content is served before the reindex");

        // Full reindex: the old articles are replaced by new ones.
        try (Stream<Path> old = Files.list(input)) {
          for (Path file : (Iterable<Path>) old::iterator) {
            Files.delete(file);
          }
        }
        writeArticles(input, 0, NEW_ARTICLES);
        long reindexStart = System.nanoTime();
        JsonNode reindex = run(server, "/api/admin/reindex");
        long reindexEnd = System.nanoTime();
        assertEquals("done", reindex.get("outcome").asText(), reindex.toString());
        assertEquals(NEW_ARTICLES, reindex.at("/report/added").asInt());
        // The job refreshes the searchers before it reports: the new content is served at once.
        assertEquals(NEW_ARTICLES, server.json("/api/search?q=zeppelin").get("total").asInt());
        assertEquals(0, server.json("/api/search?q=taiwan").get("total").asInt());
        assertTrue(countBetween(seen, reindexStart, reindexEnd) > 0, "queries ran while the reindex did");

        // Incremental update: more articles, one changed, one removed.
        writeArticles(input, NEW_ARTICLES, ADDED_BY_UPDATE);
        Files.writeString(input.resolve("article-0000.txt"), "date: 2024-06-01\n\nThe airship landed in the rain.\n");
        Files.delete(input.resolve("article-0001.txt"));
        long updateStart = System.nanoTime();
        JsonNode update = run(server, "/api/admin/update");
        long updateEnd = System.nanoTime();
        assertEquals("done", update.get("outcome").asText(), update.toString());
        assertEquals(ADDED_BY_UPDATE, update.at("/report/added").asInt());
        assertEquals(1, update.at("/report/replaced").asInt());
        assertEquals(1, update.at("/report/deleted").asInt());
        int afterUpdate = NEW_ARTICLES + ADDED_BY_UPDATE - 2;
        assertEquals(afterUpdate, server.json("/api/search?q=zeppelin").get("total").asInt());
        assertEquals(1, server.json("/api/search?q=airship").get("total").asInt());
        assertTrue(countBetween(seen, updateStart, updateEnd) > 0, "queries ran while the update did");
        awaitQueries(seen, seen.size() + 3);
      } finally {
        stop.set(true);
        client.join(10_000);
      }

      assertEquals(List.of(), failures, "every query during the runs was answered");
      // The client saw the old content, then the new one, then the updated one, and never went back.
      List<Integer> totals = new ArrayList<>();
      for (Seen s : seen) {
        if (totals.isEmpty() || totals.get(totals.size() - 1) != s.total()) {
          totals.add(s.total());
        }
      }
      assertEquals(List.of(1, NEW_ARTICLES, NEW_ARTICLES + ADDED_BY_UPDATE - 2), totals);
    }
  }

  /** Writes {@code count} dated articles about a zeppelin, numbered from {@code first}. */
  private static void writeArticles(Path folder, int first, int count) throws IOException {
    for (int i = first; i < first + count; i++) {
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "article-%04d.txt", i)), String.format(Locale.ROOT,
          "title: Zeppelin report %d\ndate: 2024-05-%02d\n\nThe zeppelin number %d crossed the bay, the harbour master said.\n", i, 1 + i % 28, i));
    }
  }

  private static JsonNode run(AdminTestServer server, String endpoint) throws InterruptedException {
    HttpResponse<String> started = server.post(endpoint, AdminTestServer.TOKEN);
    assertEquals(202, started.statusCode(), started.body());
    return server.awaitResult(AdminTestServer.parse(started).at("/started/startedAt").asText());
  }

  /** The {@code total} of a search, or -1 after recording why the answer was not a good one. */
  private static int total(AdminTestServer server, String path, List<String> failures) {
    try {
      HttpResponse<String> response = server.get(path, null);
      JsonNode body = AdminTestServer.parse(response);
      if (response.statusCode() != 200 || !body.path("total").isInt() || !body.path("hits").isArray() || !body.path("facets").isObject()) {
        failures.add(path + " -> " + response.statusCode() + " " + response.body());
        return -1;
      }
      return body.get("total").asInt();
    } catch (RuntimeException e) {
      failures.add(path + " -> " + e);
      return -1;
    }
  }

  private static long countBetween(List<Seen> seen, long from, long to) {
    synchronized (seen) {
      return seen.stream().filter(s -> s.atNanos() >= from && s.atNanos() <= to).count();
    }
  }

  private static void awaitQueries(List<Seen> seen, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (seen.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the querying client answered only " + seen.size() + " times in 20 s");
      }
      Thread.sleep(10);
    }
  }
}
