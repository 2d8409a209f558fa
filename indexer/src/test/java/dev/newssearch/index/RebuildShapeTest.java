package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.read.ArticleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full rebuild ends in one segment however many it wrote, and writes only one when its buffer holds
 * the whole run; an incremental update never merges it all.
 */
class RebuildShapeTest {
  private static final long MB = 1024 * 1024;
  /** Enough text to fill the small test buffer several times over. */
  private static final int ARTICLES = 200;
  /** A buffer the articles overflow several times, so that the run writes several segments. */
  private static final double SMALL_BUFFER_MB = 0.5;

  @TempDir Path temp;

  private static Indexer indexer(RebuildShape shape) {
    return new Indexer(new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 2, shape);
  }

  /** Articles of made-up words, each with a quote, as one JSON Lines file. */
  private static void writeArticles(Path file, int from, int to) throws IOException {
    Random random = new Random(from);
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      StringBuilder body = new StringBuilder();
      for (int word = 0; word < 150; word++) {
        body.append("w").append(Integer.toString(random.nextInt(20_000), 36)).append(word % 12 == 11 ? ". " : " ");
      }
      body.append("\\\"The harbour stays open,\\\" said Anna Berg.");
      lines.append("{\"id\": \"a").append(i).append("\", \"date\": \"2024-03-").append(String.format("%02d", 1 + i % 28))
          .append("\", \"title\": \"Story ").append(i).append("\", \"text\": \"").append(body).append("\"}\n");
    }
    Files.writeString(file, lines);
  }

  private static SegmentInfos segmentInfos(IndexGenerations generations) throws IOException {
    try (var dir = FSDirectory.open(generations.folder(generations.live().orElseThrow()))) {
      return SegmentInfos.readLatestCommit(dir);
    }
  }

  private static int segments(IndexGenerations generations) throws IOException {
    return segmentInfos(generations).size();
  }

  private static int articles(IndexGenerations generations) throws IOException {
    try (var dir = FSDirectory.open(generations.folder(generations.live().orElseThrow()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(ArticleSchema.articles());
    }
  }

  @Test
  void aRebuildEndsInOneSegmentAndAnUpdateAddsToItWithoutMergingItAll() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    writeArticles(input.resolve("wire.jsonl"), 0, ARTICLES);

    IndexGenerations unmerged = new IndexGenerations(temp.resolve("unmerged"));
    indexer(new RebuildShape(SMALL_BUFFER_MB, false)).reindex(input, unmerged, Progress.NONE);
    assertTrue(segments(unmerged) > 2, "the buffer must overflow for the merge to have work: " + segments(unmerged) + " segments");

    IndexGenerations merged = new IndexGenerations(temp.resolve("merged"));
    Indexer indexer = indexer(new RebuildShape(SMALL_BUFFER_MB, true));
    indexer.reindex(input, merged, Progress.NONE);
    assertEquals(1, segments(merged));
    assertEquals(ARTICLES, articles(merged));
    assertEquals(articles(unmerged), articles(merged));

    String rebuilt = segmentInfos(merged).info(0).info.name;
    writeArticles(input.resolve("later.jsonl"), ARTICLES, ARTICLES + 20);
    IndexReport update = indexer.update(input, merged, false, Progress.NONE);
    assertEquals(20, update.added());
    SegmentInfos updated = segmentInfos(merged);
    assertTrue(updated.size() > 1, "the update writes segments of its own");
    assertEquals(rebuilt, updated.info(0).info.name, "the rebuilt segment is kept as it was, not merged again");
    assertEquals(ARTICLES + 20, articles(merged));
  }

  @Test
  void aRebuildThatFitsItsBufferWritesOneSegmentOnTwoThreadsAndMergesNothing() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    writeArticles(input.resolve("wire.jsonl"), 0, ARTICLES);
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    indexer(new RebuildShape(64, true)).reindex(input, generations, Progress.NONE);
    SegmentInfos infos = segmentInfos(generations);
    assertEquals(1, infos.size());
    assertEquals("flush", infos.info(0).info.getDiagnostics().get("source"), "written once, not merged from one per thread");
    assertEquals(ARTICLES, articles(generations));
  }

  @Test
  void theBufferIsASixteenthOfTheHeapWithinItsBounds() {
    assertEquals(64, RebuildShape.forHeap(1024 * MB, true).ramBufferMB());
    assertEquals(RebuildShape.MIN_RAM_BUFFER_MB, RebuildShape.forHeap(128 * MB, true).ramBufferMB());
    assertEquals(RebuildShape.MAX_RAM_BUFFER_MB, RebuildShape.forHeap(64 * 1024 * MB, true).ramBufferMB());
    assertThrows(IllegalArgumentException.class, () -> new RebuildShape(0, true));
  }
}
