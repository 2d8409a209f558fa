package dev.newssearch.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback: thousands of searches at concurrency 8 while a full reindex and
 * then an incremental update change the index underneath. Every answer is checked against the hits
 * expected for the version of the corpus it was computed on (see {@link MarkedCorpus}): no error, no
 * wrong answer, and the latency percentiles printed.
 */
class LoadTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONCURRENCY = 8;
  private static final int MIN_REQUESTS = 2_000;
  private static final int MAX_REQUESTS = 20_000;

  @Test
  void searchesStayCorrectAndErrorFreeDuringAReindexAndAnUpdate(@TempDir Path temp) throws Exception {
    run("fixture", MarkedCorpus.generated(2_000), temp);
  }

  @Test
  @Tag("shared-data")
  void searchesOverReutersStayCorrectAndErrorFreeDuringAReindexAndAnUpdate(@TempDir Path temp) throws Exception {
    Path reuters = Path.of(System.getProperty("shared.data.dir"), "reuters21578", "articles.jsonl.gz");
    run("reuters", MarkedCorpus.fromJsonLines(reuters, 10_000), temp);
  }

  private static void run(String name, MarkedCorpus corpus, Path temp) throws Exception {
    Path a = corpus.write(MarkedCorpus.Version.A, temp.resolve("a"));
    Path b = corpus.write(MarkedCorpus.Version.B, temp.resolve("b"));
    Path c = corpus.write(MarkedCorpus.Version.C, temp.resolve("c"));
    List<List<Set<String>>> expected = new ArrayList<>();
    for (MarkedCorpus.Version version : MarkedCorpus.Version.values()) {
      List<Set<String>> perMarker = new ArrayList<>();
      for (int m = 0; m < MarkedCorpus.MARKERS; m++) {
        perMarker.add(corpus.expected(version, m));
      }
      expected.add(perMarker);
    }
    try (SeedServer server = SeedServer.start(temp, a)) {
      AtomicInteger requests = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      AtomicInteger timedOut = new AtomicInteger();
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      Set<MarkedCorpus.Version> seen = Collections.synchronizedSet(new HashSet<>());
      CompletableFuture<String> writes = CompletableFuture.supplyAsync(() -> {
        try {
          Thread.sleep(300);
          long t0 = System.nanoTime();
          IndexReport reindex = SeedServer.indexer().reindex(b, server.generations(), Progress.NONE);
          long t1 = System.nanoTime();
          IndexReport update = SeedServer.indexer().update(c, server.generations(), false, Progress.NONE);
          long t2 = System.nanoTime();
          return String.format(Locale.ROOT, "reindex of %d articles into %s in %.1f s, then update (%d replaced, %d deleted) in %.1f s",
              reindex.added(), reindex.generation(), (t1 - t0) / 1e9, update.replaced(), update.deleted(), (t2 - t1) / 1e9);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long started = System.nanoTime();
      ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
      for (int t = 0; t < CONCURRENCY; t++) {
        clients.submit(() -> {
          while (requests.get() < MAX_REQUESTS && !(writes.isDone() && requests.get() >= MIN_REQUESTS)) {
            int marker = ThreadLocalRandom.current().nextInt(MarkedCorpus.MARKERS);
            String sort = ThreadLocalRandom.current().nextBoolean() ? "relevance" : "date";
            String path = "/api/search?size=20&sort=" + sort + "&q=" + MarkedCorpus.word(marker);
            long t0 = System.nanoTime();
            try {
              HttpResponse<String> response = server.get(path);
              latencies.add(System.nanoTime() - t0);
              requests.incrementAndGet();
              if (response.statusCode() != 200) {
                errors.incrementAndGet();
                continue;
              }
              JsonNode answer = JSON.readTree(response.body());
              if (answer.get("timedOut").asBoolean()) {
                // Out of its time budget, an answer may be partial, but never holds a wrong hit.
                timedOut.incrementAndGet();
                if (!partOfSomeVersion(answer, expected, marker)) {
                  wrong.add(path + " (timed out) -> " + response.body().substring(0, Math.min(300, response.body().length())));
                }
                continue;
              }
              MarkedCorpus.Version version = versionOf(answer, expected, marker);
              if (version == null) {
                wrong.add(path + " -> " + response.body().substring(0, Math.min(300, response.body().length())));
              } else {
                seen.add(version);
              }
            } catch (Exception e) {
              requests.incrementAndGet();
              errors.incrementAndGet();
            }
          }
          return null;
        });
      }
      clients.shutdown();
      assertTrue(clients.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS), "the load finishes");
      long wallMillis = (System.nanoTime() - started) / 1_000_000;
      String writesDone = writes.get();

      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT,
          "load[%s]: %d articles, %d requests at concurrency %d in %.1f s (%.0f/s), %d errors, %d wrong answers, %d timed out;"
              + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; versions seen %s; %s%n",
          name, corpus.size(), requests.get(), CONCURRENCY, wallMillis / 1000.0, requests.get() * 1000.0 / wallMillis,
          errors.get(), wrong.size(), timedOut.get(), millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99),
          millis(sorted, 1.0), new java.util.TreeSet<>(seen), writesDone);
      assertEquals(0, errors.get(), "errors");
      assertEquals(List.of(), List.copyOf(wrong).subList(0, Math.min(5, wrong.size())), "wrong answers");
      assertTrue(requests.get() >= MIN_REQUESTS);

      // Once the server has caught up, every marker answers exactly as version C says.
      // The update committed into the live generation; the server refreshes within 100 ms.
      long deadline = System.nanoTime() + 10_000_000_000L;
      for (int m = 0; m < MarkedCorpus.MARKERS; m++) {
        JsonNode answer = server.json("/api/search?size=1&q=" + MarkedCorpus.word(m));
        while (answer.get("total").asInt() != expected.get(2).get(m).size() && System.nanoTime() < deadline) {
          Thread.sleep(50);
          answer = server.json("/api/search?size=1&q=" + MarkedCorpus.word(m));
        }
        assertEquals(expected.get(2).get(m).size(), answer.get("total").asInt(), "marker " + m + " after the update");
      }
    }
  }

  /** The corpus version an answer is consistent with, or {@code null} when it fits none. */
  private static MarkedCorpus.Version versionOf(JsonNode answer, List<List<Set<String>>> expected, int marker) {
    for (MarkedCorpus.Version version : MarkedCorpus.Version.values()) {
      Set<String> ids = expected.get(version.ordinal()).get(marker);
      if (answer.get("total").asInt() != ids.size()) {
        continue;
      }
      boolean all = true;
      for (JsonNode hit : answer.get("hits")) {
        all &= ids.contains(hit.get("id").asText());
      }
      if (all && answer.get("hits").size() == Math.min(20, ids.size())) {
        return version;
      }
    }
    return null;
  }

  /** Whether every hit of a partial answer belongs to the expected hits of some version. */
  private static boolean partOfSomeVersion(JsonNode answer, List<List<Set<String>>> expected, int marker) {
    for (MarkedCorpus.Version version : MarkedCorpus.Version.values()) {
      Set<String> ids = expected.get(version.ordinal()).get(marker);
      boolean all = answer.get("total").asInt() <= ids.size();
      for (JsonNode hit : answer.get("hits")) {
        all &= ids.contains(hit.get("id").asText());
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static double millis(List<Long> sortedNanos, double quantile) {
    if (sortedNanos.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
    return sortedNanos.get(Math.max(0, index)) / 1e6;
  }
}
