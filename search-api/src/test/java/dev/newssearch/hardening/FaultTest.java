package dev.newssearch.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed with SIGKILL at the worst moment: the server while it answers queries, and an
 * incremental update before it commits. After a restart the index opens, the last committed
 * generation is intact, and nothing indexed before the last commit is lost.
 */
class FaultTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aServerKilledDuringQueriesRestartsOnTheIntactIndex(@TempDir Path temp) throws Exception {
    MarkedCorpus corpus = MarkedCorpus.generated(300);
    IndexGenerations index = new IndexGenerations(temp.resolve("index"));
    SeedServer.indexer().reindex(corpus.write(MarkedCorpus.Version.A, temp.resolve("a")), index, Progress.NONE);

    AtomicInteger answered = new AtomicInteger();
    try (ChildJvm server = ChildJvm.start("256m", temp, "serve", "--index", index.root().toString(), "--port", "0")) {
      int port = server.awaitServing();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> clients = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread client = new Thread(() -> {
          while (!stop.get()) {
            try {
              get(port, "/api/search?q=" + MarkedCorpus.word(answered.get() % MarkedCorpus.MARKERS));
              answered.incrementAndGet();
            } catch (Exception killed) {
              return; // the server is gone: exactly what this test does to it
            }
          }
        });
        client.start();
        clients.add(client);
      }
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (answered.get() < 50 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(server.isAlive(), "the server is still answering when it is killed");
      server.kill9();
      stop.set(true);
      for (Thread client : clients) {
        client.join(10_000);
      }
    }
    assertTrue(answered.get() >= 50, "queries were running when the server died: " + answered.get());

    try (ChildJvm restarted = ChildJvm.start("256m", temp, "serve", "--index", index.root().toString(), "--port", "0")) {
      int port = restarted.awaitServing();
      JsonNode health = JSON.readTree(get(port, "/health").body());
      assertEquals("gen-000001", health.get("generation").asText());
      assertEquals(corpus.size(), health.get("articles").asInt());
      assertAnswersMatch(port, corpus, MarkedCorpus.Version.A);
    }
    System.out.printf(Locale.ROOT, "faults: server killed (SIGKILL) after %d answered queries; restarted on gen-000001 with all %d articles%n",
        answered.get(), corpus.size());
  }

  @Test
  void anUpdateKilledBeforeItsCommitLosesNothingAndTheNextUpdateSucceeds(@TempDir Path temp) throws Exception {
    MarkedCorpus corpus = MarkedCorpus.generated(800);
    IndexGenerations index = new IndexGenerations(temp.resolve("index"));
    SeedServer.indexer().reindex(corpus.write(MarkedCorpus.Version.A, temp.resolve("a")), index, Progress.NONE);
    Path changes = corpus.write(MarkedCorpus.Version.B, temp.resolve("b"));

    try (ChildJvm update = ChildJvm.start("256m", temp, "update", "--input", changes.toString(), "--index", index.root().toString())) {
      // The update holds the writer lock while it reads, enriches and writes; it commits only at the end.
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!Files.exists(index.root().resolve("writer.pid")) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(300);
      assertTrue(update.isAlive(), "the update is still running when it is killed:\n" + update.output());
      update.kill9();
      assertTrue(!update.output().contains("committing"), "killed before its commit:\n" + update.output());
    }

    // The index opens on its last commit: version A, whole.
    assertEquals(List.of("gen-000001"), index.generations());
    try (ChildJvm restarted = ChildJvm.start("256m", temp, "serve", "--index", index.root().toString(), "--port", "0")) {
      int port = restarted.awaitServing();
      assertEquals(corpus.size(), JSON.readTree(get(port, "/health").body()).get("articles").asInt());
      assertAnswersMatch(port, corpus, MarkedCorpus.Version.A);
    }

    // The lock of the killed process is gone with it: the next update runs and commits.
    IndexReport again = SeedServer.indexer().update(changes, index, false, Progress.NONE);
    assertEquals(corpus.size(), again.replaced());
    System.out.printf(Locale.ROOT, "faults: update killed (SIGKILL) before its commit; index intact at %d articles; next update replaced %d%n",
        corpus.size(), again.replaced());
  }

  private static void assertAnswersMatch(int port, MarkedCorpus corpus, MarkedCorpus.Version version) throws Exception {
    for (int m = 0; m < MarkedCorpus.MARKERS; m++) {
      JsonNode answer = JSON.readTree(get(port, "/api/search?size=1&q=" + MarkedCorpus.word(m)).body());
      assertEquals(corpus.expected(version, m).size(), answer.get("total").asInt(), "marker " + m);
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
