package dev.newssearch.search;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Articles a test writes as JSON Lines under a folder, indexed there as {@code reindex} indexes them. */
final class IndexedLines {

  /** Writes a test's articles, one JSON line each ({@code ArticleLines.write}). */
  @FunctionalInterface
  interface Articles {
    void write(BufferedWriter out) throws IOException;
  }

  private IndexedLines() {}

  /** The index of the articles, in {@code folder/index}; the file they were read from is in {@code folder/input}. */
  static IndexGenerations index(Path folder, Articles articles) throws IOException {
    Path input = Files.createDirectories(folder.resolve("input"));
    try (BufferedWriter out = Files.newBufferedWriter(input.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      articles.write(out);
    }
    IndexGenerations generations = new IndexGenerations(folder.resolve("index"));
    SeedServer.indexer().reindex(input, generations, Progress.NONE);
    return generations;
  }
}
