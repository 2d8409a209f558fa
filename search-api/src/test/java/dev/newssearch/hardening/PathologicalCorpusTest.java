package dev.newssearch.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.IndexGenerations;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus built to hurt: one 50 MB article, an article that is one 1 MB word, 100,000 tiny
 * articles in as many files, and articles at the bottom of 200 nested folders. {@code reindex} in a
 * JVM capped at {@link #HEAP} (the limit the README states) indexes all of it, the huge article with
 * its quotes cut to the quote limit. Tagged {@code slow}:
 * it takes minutes, so it runs in CI (with the shared-data profile) rather than in every build.
 */
@Tag("slow")
class PathologicalCorpusTest {
  /** The memory limit the README promises for indexing this corpus. */
  static final String HEAP = "1g";
  private static final int TINY = 100_000;
  private static final int DEPTH = 200;

  @Test
  void reindexHandlesHugeTinyAndDeeplyNestedArticlesWithinTheMemoryLimit(@TempDir Path temp) throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    writeHugeArticle(input.resolve("huge.txt"), 50L * 1024 * 1024);
    Files.writeString(input.resolve("one-word.txt"), "title One word\n\n" + "w".repeat(1024 * 1024) + "\n");
    for (int i = 0; i < TINY; i++) {
      Path folder = Files.createDirectories(input.resolve(String.format(Locale.ROOT, "tiny/%03d", i / 1000)));
      Files.writeString(folder.resolve(i + ".txt"), "Tiny " + i + ".");
    }
    Path deep = input;
    for (int d = 0; d < DEPTH; d++) {
      deep = deep.resolve("d" + (d % 10));
    }
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("deep.txt"), "title Deep\n\nAt the bottom of the folders.");

    IndexGenerations index = new IndexGenerations(temp.resolve("index"));
    long started = System.nanoTime();
    Path report = temp.resolve("report.json");
    try (ChildJvm reindex = ChildJvm.start(HEAP, temp, "reindex", "--input", input.toString(), "--index", index.root().toString(),
        "--report", report.toString())) {
      int exit = reindex.waitFor(Duration.ofMinutes(15));
      assertEquals(0, exit, reindex.output());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // The huge article's tens of thousands of statements are cut to the quote limit, and the report says so.
    String warnings = Files.readString(report);
    assertTrue(warnings.contains("\"path\" : \"huge.txt\"") && warnings.contains("quotes not indexed, over the limit of 1,000 quotes"),
        warnings);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.folder(index.live().orElseThrow())))) {
      int articles = new IndexSearcher(reader).count(ArticleSchema.articles());
      assertEquals(TINY + 3, articles);
    }
    long bytes;
    try (var files = Files.walk(index.root())) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertTrue(bytes > 0);
    System.out.printf(Locale.ROOT, "pathological: a 50 MB article, a 1 MB word, %,d tiny files and a %d-deep folder indexed with -Xmx%s in %.0f s; index %.1f MB%n",
        TINY, DEPTH, HEAP, seconds, bytes / 1e6);
  }

  /** News-like sentences up to {@code size} bytes, written as they are made. */
  private static void writeHugeArticle(Path file, long size) throws IOException {
    String[] words = "the minister said markets rose sharply after talks in the capital on trade and energy policy".split(" ");
    java.util.Random random = new java.util.Random(7);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("title A very long article\ndate 2025-01-02\n\n");
      long written = 0;
      StringBuilder line = new StringBuilder();
      while (written < size) {
        line.setLength(0);
        int length = 8 + random.nextInt(12);
        for (int w = 0; w < length; w++) {
          line.append(words[random.nextInt(words.length)]).append(w + 1 < length ? " " : ".\n");
        }
        out.write(line.toString());
        written += line.length();
      }
    }
  }
}
