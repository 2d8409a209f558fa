package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.opensearch.testing.BackendServers;
import dev.newssearch.opensearch.testing.OpenSearchNodeProcess;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.SearchPage;
import dev.newssearch.search.SearchRequest;
import dev.newssearch.search.Synonyms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch backend on a real two-node cluster (a manager and data node, and a data node): an
 * index of two shards with one replica each, the data node killed while searches run (they keep answering: the surviving copies serve, replicas are
 * promoted), then a reindex on the surviving node that swaps the alias, deletes the old index and
 * makes the old index's cursors stale.
 */
class TwoNodeClusterTest {
  /** An id over OpenSearch's 512-byte limit for document ids: the cluster refuses the article. */
  private static final String TOO_LONG_ID = "x".repeat(600);

  @TempDir static Path temp;
  private static List<OpenSearchNodeProcess> nodes;
  private static OpenSearchConnection connection;
  private static Path input;

  @BeforeAll
  static void start() throws Exception {
    nodes = OpenSearchNodeProcess.cluster("news-cluster", 2);
    connection = OpenSearchConnection.open(nodes.stream().map(OpenSearchNodeProcess::url).collect(Collectors.joining(",")),
        OpenSearchConnection.DEFAULT_ALIAS);
    input = BackendServers.fixtureCorpus(temp);
    Files.writeString(input.resolve("refused.json"), "{\"id\": \"" + TOO_LONG_ID + "\", \"title\": \"Refused\", \"text\": \"An article the cluster refuses.\"}");
  }

  @AfterAll
  static void stop() {
    if (connection != null) {
      connection.close();
    }
    if (nodes != null) {
      nodes.forEach(OpenSearchNodeProcess::close);
    }
  }

  private static OpenSearchIndexer indexer() {
    return new OpenSearchIndexer(connection, new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 2, 1);
  }

  @Test
  void searchesKeepAnsweringWhileANodeDiesAndAReindexAfterwardsSwapsTheIndex() throws Exception {
    IndexReport first = indexer().reindex(input, Progress.NONE);
    List<ReadProblem> refused = first.problems().stream().filter(p -> p.reason().contains("OpenSearch refused")).toList();
    assertEquals(1, refused.size(), first.problems().toString());
    assertEquals("refused.json", refused.get(0).path());
    nodes.get(0).awaitHealth("green");

    OpenSearchSearchService service = new OpenSearchSearchService(connection, Synonyms.builtIn(), 5_000);
    SearchRequest everything = new SearchRequest("", null, null, null, SearchRequest.SortOrder.DATE_DESC, 1, 3);
    SearchPage before = service.search(everything);
    assertEquals(first.added(), before.total());
    assertNotNull(before.nextCursor());

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    Thread searcher = new Thread(() -> {
      while (running.get()) {
        try {
          SearchPage page = service.search(SearchRequest.of("taiwan OR harbour OR ferry"));
          SearchPage all = service.search(everything);
          if (all.total() != before.total() || page.total() == 0) {
            wrong.add("total " + all.total() + ", matches " + page.total());
          }
          answered.incrementAndGet();
        } catch (RuntimeException e) {
          wrong.add(e.toString());
        }
      }
    }, "searcher");
    searcher.start();
    awaitAnswers(answered, 5);
    // The data node, which holds a copy of each shard (a primary of one of them at least).
    nodes.get(1).kill();
    int atKill = answered.get();
    awaitAnswers(answered, atKill + 20);
    running.set(false);
    searcher.join();
    assertEquals(List.of(), List.copyOf(wrong), "every search during and after the kill answered in full");

    String oldIndex = service.status().generation();
    IndexReport second = indexer().reindex(input, Progress.NONE);
    assertEquals(first.added(), second.added());
    assertNotEquals(oldIndex, second.generation());
    assertEquals(second.generation(), service.status().generation(), "the alias names the new index");
    Set<String> indexes = connection.client().indices().get(g -> g.index(OpenSearchConnection.DEFAULT_ALIAS + "-*")).result().keySet();
    assertEquals(Set.of(second.generation()), indexes, "the old index is deleted");
    SearchRequest next = new SearchRequest("", null, null, null, SearchRequest.SortOrder.DATE_DESC, 1, 3, before.nextCursor());
    InvalidRequestException stale = assertThrows(InvalidRequestException.class, () -> service.search(next));
    assertEquals("stale_cursor", stale.code());
    assertEquals(first.added(), service.search(everything).total());
  }

  private static void awaitAnswers(AtomicInteger answered, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (answered.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(answered.get() >= count, "searches answered: " + answered.get());
  }
}
