package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.semantic.SemanticIndexing;
import dev.newssearch.semantic.TextEmbedder;
import dev.newssearch.testing.TestIndexers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embeddings are a property of the index: a rebuild asked for them embeds every article and says so
 * in its commit, an update of such an index embeds what it adds, and later rebuilds keep the choice
 * unless told otherwise.
 */
class SemanticIndexTest {
  @TempDir Path temp;

  @Test
  void aRebuildWithEmbeddingsMarksItsCommitAndAnUpdateEmbedsWhatItAdds() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("rates.txt"), "title Rates\n\nThe central bank raised interest rates on Wednesday.\n");
    Files.writeString(input.resolve("cup.txt"), "title Cup\n\nThe home side won the cup final after extra time.\n");
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    TestIndexers.indexer(SemanticIndexing.ON).reindex(input, generations, Progress.NONE);
    assertEquals(TextEmbedder.MODEL, commitData(generations).get(SemanticIndexing.COMMIT_KEY));
    assertEquals(Map.of("rates.txt", true, "cup.txt", true), embeddedArticles(generations));

    Files.writeString(input.resolve("storm.txt"), "title Storm\n\nFishermen moored their boats before the storm.\n");
    TestIndexers.indexer(SemanticIndexing.KEEP).update(input, generations, false, Progress.NONE);
    assertEquals(TextEmbedder.MODEL, commitData(generations).get(SemanticIndexing.COMMIT_KEY));
    assertEquals(Map.of("rates.txt", true, "cup.txt", true, "storm.txt", true), embeddedArticles(generations));

    TestIndexers.indexer(SemanticIndexing.KEEP).reindex(input, generations, Progress.NONE);
    assertTrue(SemanticIndexing.isEmbedded(commitData(generations)), "a rebuild keeps the live index's embeddings");

    TestIndexers.indexer(SemanticIndexing.OFF).reindex(input, generations, Progress.NONE);
    assertFalse(SemanticIndexing.isEmbedded(commitData(generations)));
    assertEquals(Map.of("rates.txt", false, "cup.txt", false, "storm.txt", false), embeddedArticles(generations));
  }

  @Test
  void anIndexWithoutEmbeddingsStaysWithoutThroughUpdatesAndRebuilds() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("rates.txt"), "title Rates\n\nThe central bank raised interest rates on Wednesday.\n");
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    TestIndexers.indexer(SemanticIndexing.KEEP).reindex(input, generations, Progress.NONE);
    Files.writeString(input.resolve("cup.txt"), "title Cup\n\nThe home side won the cup final after extra time.\n");
    TestIndexers.indexer(SemanticIndexing.KEEP).update(input, generations, false, Progress.NONE);
    TestIndexers.indexer(SemanticIndexing.KEEP).reindex(input, generations, Progress.NONE);
    assertFalse(SemanticIndexing.isEmbedded(commitData(generations)));
    assertEquals(Map.of("rates.txt", false, "cup.txt", false), embeddedArticles(generations));
  }

  @Test
  void anIndexEmbeddedByAnotherModelIsNotComparedWithThisOnesQueries() {
    try {
      SemanticIndexing.isEmbedded(Map.of(SemanticIndexing.COMMIT_KEY, "some-other-model"));
      throw new AssertionError("accepted vectors of another model");
    } catch (IllegalStateException expected) {
      assertTrue(expected.getMessage().contains("run reindex"), expected.getMessage());
    }
    assertTrue(SemanticIndexing.KEEP.embeds(Map.of(SemanticIndexing.COMMIT_KEY, "some-other-model")),
        "a rebuild of such an index embeds it again with this version's model");
  }

  private static Map<String, String> commitData(IndexGenerations generations) throws IOException {
    try (var dir = FSDirectory.open(generations.folder(generations.live().orElseThrow()))) {
      return SegmentInfos.readLatestCommit(dir).getUserData();
    }
  }

  /** Each article's id, and whether it has vectors. */
  private static Map<String, Boolean> embeddedArticles(IndexGenerations generations) throws IOException {
    Map<String, Boolean> embedded = new HashMap<>();
    try (var dir = FSDirectory.open(generations.folder(generations.live().orElseThrow()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc hit : searcher.search(ArticleSchema.articles(), 100).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
        BinaryDocValues vectors = leaf.reader().getBinaryDocValues(ArticleSchema.SEMANTIC_VECTORS);
        embedded.put(doc.get(ArticleSchema.ID), vectors != null && vectors.advanceExact(hit.doc - leaf.docBase));
      }
    }
    return embedded;
  }
}
