package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.testing.RepoFiles;
import dev.newssearch.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  @TempDir Path temp;

  private final Indexer indexer =
      new Indexer(new ArticleFiles(TestCorpus.MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 2);

  private int count(IndexGenerations generations, org.apache.lucene.search.Query query) throws IOException {
    try (var dir = FSDirectory.open(generations.folder(generations.live().orElseThrow()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(query);
    }
  }

  @Test
  void reindexWritesANewGenerationAndMakesItLive() throws IOException {
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    IndexReport first = indexer.reindex(TestCorpus.folder(), generations, Progress.NONE);
    assertEquals("gen-000001", generations.live().orElseThrow());
    assertEquals(TestCorpus.ARTICLES, first.added());
    assertEquals(TestCorpus.SKIPPED, first.skipped());
    assertEquals(IndexReport.EXIT_SKIPPED, first.exitCode());
    assertEquals(TestCorpus.ARTICLES, count(generations, ArticleSchema.articles()));

    IndexReport second = indexer.reindex(RepoFiles.seeds(), generations, Progress.NONE);
    assertEquals("gen-000002", generations.live().orElseThrow());
    assertEquals(IndexReport.EXIT_OK, second.exitCode());
    assertEquals(3, count(generations, ArticleSchema.articles()));
    assertEquals(java.util.List.of("gen-000002"), generations.generations(), "the replaced generation is deleted");
  }

  @Test
  void aFailedReindexLeavesTheLiveGenerationAndCleansUp() throws IOException {
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    indexer.reindex(RepoFiles.seeds(), generations, Progress.NONE);
    assertThrows(IOException.class, () -> indexer.reindex(temp.resolve("missing"), generations, Progress.NONE));
    assertEquals("gen-000001", generations.live().orElseThrow());
    assertEquals(3, count(generations, ArticleSchema.articles()));
    // A crashed run's folder is removed by the next writer.
    Files.createDirectories(temp.resolve("index/gen-000009"));
    indexer.reindex(RepoFiles.seeds(), generations, Progress.NONE);
    assertFalse(Files.exists(temp.resolve("index/gen-000009")));
  }

  @Test
  void updateAddsReplacesAndDeletesByIdAndHash() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("a.txt"), "date: 2024-01-01\n\nAlpha story about the harbour.\n");
    Files.writeString(input.resolve("b.txt"), "date: 2024-01-02\n\nBeta story about the bridge.\n");
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    indexer.reindex(input, generations, Progress.NONE);

    Files.writeString(input.resolve("b.txt"), "date: 2024-01-02\n\nBeta story, corrected, about the tunnel.\n");
    Files.delete(input.resolve("a.txt"));
    Files.writeString(input.resolve("c.txt"), "date: 2024-01-03\n\nGamma story.\n");

    IndexReport dry = indexer.update(input, generations, true, Progress.NONE);
    assertEquals(1, dry.added());
    assertEquals(1, dry.replaced());
    assertEquals(1, dry.deleted());
    assertEquals(2, count(generations, ArticleSchema.articles()), "a dry run writes nothing");

    IndexReport update = indexer.update(input, generations, false, Progress.NONE);
    assertEquals(1, update.added());
    assertEquals(1, update.replaced());
    assertEquals(1, update.deleted());
    assertEquals("gen-000001", generations.live().orElseThrow(), "an update writes the live generation");
    assertEquals(2, count(generations, ArticleSchema.articles()));
    assertEquals(1, count(generations, new TermQuery(new org.apache.lucene.index.Term(ArticleSchema.BODY, "tunnel"))));
    assertEquals(0, count(generations, new TermQuery(ArticleSchema.idTerm("a.txt"))));

    IndexReport again = indexer.update(input, generations, false, Progress.NONE);
    assertEquals(2, again.unchanged());
    assertEquals(0, again.added() + again.replaced() + again.deleted());
  }

  @Test
  void anArticleOverTheQuoteLimitIsIndexedWithItsFirstQuotesAndAWarning() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    StringBuilder body = new StringBuilder("title Minutes of a long hearing\n\n");
    int statements = QuoteLimit.MAX_QUOTES + 200;
    for (int i = 0; i < statements; i++) {
      body.append("Senator Jane Doe said item ").append(i).append(" was approved.\n\n");
    }
    Files.writeString(input.resolve("hearing.txt"), body);
    Files.writeString(input.resolve("short.txt"), "title Short\n\nThe mayor, John Roe, said the bridge will open in May.\n");
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));

    IndexReport report = indexer.reindex(input, generations, Progress.NONE);

    assertEquals(2, report.added());
    assertEquals(IndexReport.EXIT_OK, report.exitCode(), "a warning, not a skipped article");
    assertEquals(java.util.List.of(ReadProblem.warning("hearing.txt", null, "article 'hearing.txt': 200 of 1,200 quotes"
        + " not indexed, over the limit of 1,000 quotes or 1,000,000 characters of quoted text per article")), report.problems());
    assertEquals(QuoteLimit.MAX_QUOTES + 1, count(generations, ArticleSchema.quotes()));
    assertEquals(2, count(generations, ArticleSchema.articles()));
    assertEquals(1, count(generations, new TermQuery(new Term(ArticleSchema.QUOTE_TEXT, "999"))), "the first quotes are kept");
    assertEquals(0, count(generations, new TermQuery(new Term(ArticleSchema.QUOTE_TEXT, "1000"))));
  }

  @Test
  void aSecondWriterIsToldWhoIsWriting() throws IOException {
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    try (IndexGenerations.WriterLock lock = generations.lockForWriting()) {
      IndexGenerations.IndexBusyException busy =
          assertThrows(IndexGenerations.IndexBusyException.class, () -> indexer.reindex(RepoFiles.seeds(), generations, Progress.NONE));
      assertTrue(busy.getMessage().contains("is being written by process " + ProcessHandle.current().pid()), busy.getMessage());
    }
    indexer.reindex(RepoFiles.seeds(), generations, Progress.NONE);
    assertTrue(generations.live().isPresent());
  }
}
