package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.opensearch.testing.BackendServers;
import dev.newssearch.opensearch.testing.TestNodes;
import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.SearchPage;
import dev.newssearch.search.SearchRequest;
import dev.newssearch.search.Synonyms;
import java.io.IOException;
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
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cat.shards.ShardsRecord;
import org.opensearch.client.opensearch.cluster.HealthResponse;

/**
 * The OpenSearch backend on a real two-node cluster (a manager and data node, and a data node): an
 * index of two shards with one replica each, the data node killed, holding a primary, while searches
 * run (they keep answering: the surviving copies serve, and the survivor's replica of the lost primary
 * is promoted), then a reindex on the surviving node that swaps the alias, deletes the old index and
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
    nodes = TestNodes.cluster("news-cluster", 2);
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
    String index = first.generation();
    OpenSearchNodeProcess survivor = nodes.get(0);
    // The data node, the one that can die without the cluster losing its manager.
    OpenSearchNodeProcess victim = nodes.get(1);
    survivor.awaitHealth("green");
    if (primaries(index, victim).isEmpty()) {
      // Allocation put both primaries on the manager node. Failing one of them there promotes its
      // replica on the data node, and the manager node then recovers a new replica of it.
      int shard = Integer.parseInt(primaries(index, survivor).get(0));
      connection.client().cluster().reroute(r -> r.commands(c -> c.cancel(
          cancel -> cancel.index(index).shard(shard).node(survivor.name()).allowPrimary(true))));
      survivor.awaitHealth("green");
    }
    List<String> killedPrimaries = primaries(index, victim);
    assertFalse(killedPrimaries.isEmpty(), "the node killed holds a primary: " + shards(index));

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
    victim.kill();
    int atKill = answered.get();
    awaitAnswers(answered, atKill + 20);
    running.set(false);
    searcher.join();
    assertEquals(List.of(), List.copyOf(wrong), "every search during and after the kill answered in full");

    // The manager has seen the node leave; the replicas of the primaries it held are promoted in that same step.
    survivor.awaitHealth("nodes:1");
    HealthResponse health = connection.client().cluster().health(h -> h.index(index));
    assertEquals(HealthStatus.Yellow, health.status(), "primaries active, replicas without a node to go to");
    assertEquals(2, health.activePrimaryShards());
    assertEquals(2, health.unassignedShards(), "the two replicas");
    List<String> onSurvivor = primaries(index, survivor);
    assertEquals(List.of("0", "1"), onSurvivor, "the survivor holds both primaries, " + killedPrimaries + " promoted: " + shards(index));

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

  /** The shards of {@code index} whose primary is started on {@code node}, by number. */
  private static List<String> primaries(String index, OpenSearchNodeProcess node) throws IOException {
    return shards(index).stream()
        .filter(shard -> "p".equals(shard.prirep()) && "STARTED".equals(shard.state()) && node.name().equals(shard.node()))
        .map(ShardsRecord::shard).sorted().toList();
  }

  /** Every copy of every shard of {@code index}, as {@code _cat/shards} lists them. */
  private static List<ShardsRecord> shards(String index) throws IOException {
    return connection.client().cat().shards(s -> s.index(index)).valueBody();
  }

  private static void awaitAnswers(AtomicInteger answered, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (answered.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(answered.get() >= count, "searches answered: " + answered.get());
  }
}
