package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex killed with SIGKILL in the middle of its run, in a process of its own as an operator's
 * {@code kill -9} would find it: the server keeps answering from the live generation, and the next
 * reindex is neither blocked by the dead run's locks nor confused by its unfinished folder.
 */
class KilledReindexTest {
  /** Enough articles that the run is still writing when the test sees its generation folder. */
  private static final int BIG_FILES = 6;
  private static final int ARTICLES_PER_FILE = 500;
  private static final int NEW_ARTICLES = 5;

  @TempDir Path temp;

  @Test
  void aKilledReindexLeavesTheLiveGenerationServingAndTheNextReindexCleansUp() throws Exception {
    Path old = SeedServer.folder(temp,
        "strait.txt", "date: 2024-04-01\n\nShips crossed the Taiwan Strait at dawn.\n",
        "market.txt", "date: 2024-04-02\n\nThe fish market opened early.\n",
        "tide.txt", "date: 2024-04-03\n\nThe tide rose over the quay.\n");
    try (SeedServer server = SeedServer.start(temp, old)) {
      IndexGenerations generations = server.generations();
      Path root = generations.root();
      Path big = writeBigCorpus(temp.resolve("big"));
      Path log = temp.resolve("reindex.log");

      Process reindex = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
              "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "dev.newssearch.app.NewsSearch",
              "reindex", "--input", big.toString(), "--index", root.toString(), "--threads", "1")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        // Midway: the run holds the writer lock and has an IndexWriter open on its new generation.
        Path writing = root.resolve("gen-000002").resolve("write.lock");
        String pid = Long.toString(reindex.pid());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(writing) && pid.equals(readQuietly(root.resolve("writer.pid"))))) {
          assertTrue(reindex.isAlive(), () -> "the reindex ended before it could be killed: " + readQuietly(log));
          assertTrue(System.nanoTime() < deadline, () -> "the reindex did not start writing within 60 s: " + readQuietly(log));
          Thread.sleep(5);
        }
        assertTrue(reindex.isAlive(), () -> "the reindex ended before it could be killed: " + readQuietly(log));
        reindex.destroyForcibly();
        assertTrue(reindex.waitFor(30, TimeUnit.SECONDS));
      } finally {
        reindex.destroyForcibly();
      }
      assertEquals(137, reindex.exitValue(), "killed by SIGKILL (128 + 9)");

      // What the dead run left: an unpublished folder and its lock files; CURRENT is untouched.
      assertEquals("gen-000001", generations.live().orElseThrow());
      assertEquals(List.of("gen-000001", "gen-000002"), generations.generations());
      assertTrue(Files.exists(root.resolve("writer.lock")));
      assertEquals(Long.toString(reindex.pid()), readQuietly(root.resolve("writer.pid")));

      // The server still answers from the live generation, also after its next refresh.
      Thread.sleep(300);
      JsonNode health = server.json("/health");
      assertEquals("gen-000001", health.get("generation").asText());
      assertEquals(3, health.get("articles").asInt());
      assertEquals(1, server.json("/api/search?q=taiwan").get("total").asInt());

      // The next reindex: the dead process's lock went with it (the OS releases it), and its folder is deleted.
      Path fresh = Files.createDirectories(temp.resolve("fresh"));
      for (int i = 0; i < NEW_ARTICLES; i++) {
        Files.writeString(fresh.resolve("zeppelin-" + i + ".txt"), "date: 2024-05-0" + (i + 1) + "\n\nZeppelin " + i + " landed.\n");
      }
      IndexReport report = SeedServer.indexer().reindex(fresh, generations, Progress.NONE);
      assertEquals("gen-000003", report.generation());
      assertEquals(NEW_ARTICLES, report.added());
      assertEquals(List.of("gen-000003"), generations.generations(), "the killed run's folder and the old generation are gone");
      assertFalse(Files.exists(root.resolve("writer.pid")), "the holder's pid is removed when the lock is released");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!server.json("/health").get("generation").asText().equals("gen-000003")) {
        assertTrue(System.nanoTime() < deadline, "the server did not switch to gen-000003 within 10 s");
        Thread.sleep(20);
      }
      assertEquals(NEW_ARTICLES, server.json("/api/search?q=zeppelin").get("total").asInt());
      assertEquals(0, server.json("/api/search?q=taiwan").get("total").asInt());
    }
  }

  /** {@value #BIG_FILES} JSON Lines files of {@value #ARTICLES_PER_FILE} short articles each. */
  private static Path writeBigCorpus(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int f = 0; f < BIG_FILES; f++) {
      try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("wire-" + f + ".jsonl"), StandardCharsets.UTF_8)) {
        for (int i = 0; i < ARTICLES_PER_FILE; i++) {
          out.write(String.format(Locale.ROOT,
              "{\"id\":\"wire-%d-%d\",\"date\":\"2024-03-%02d\",\"title\":\"Port report %d\","
                  + "\"text\":\"Ships number %d and %d left the port on time, the harbour office said. \\\"Traffic is normal,\\\" a spokesman said.\"}%n",
              f, i, 1 + i % 28, i, i, f));
        }
      }
    }
    return folder;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
