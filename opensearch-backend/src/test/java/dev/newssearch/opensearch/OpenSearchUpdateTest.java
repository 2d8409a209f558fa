package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.opensearch.testing.BackendServers;
import dev.newssearch.opensearch.testing.TestNodes;
import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.search.ArticleHit;
import dev.newssearch.search.SearchRequest;
import dev.newssearch.search.Synonyms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update} on a real OpenSearch node: new, changed and removed files change the live index
 * behind the alias (no new index), by the embedded update's rules, and a dry run changes nothing.
 */
class OpenSearchUpdateTest {
  private static OpenSearchNodeProcess node;

  @TempDir Path temp;

  @BeforeAll
  static void start() throws IOException {
    node = TestNodes.single("update");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void anUpdateAddsReplacesAndDeletesInTheLiveIndexAndADryRunChangesNothing() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("a.txt"), "date: 2024-01-01\n\nThe harbour stayed open all winter.\n");
    Files.writeString(input.resolve("b.txt"), "date: 2024-01-02\n\nThe bridge reopened on Monday.\n");
    Files.writeString(input.resolve("garbled.txt"), "date: 2024-01-03\n\nThe pier was closed for repairs.\n");
    Files.writeString(input.resolve("wire.jsonl"), """
        {"id": "w1", "date": "2024-01-04", "text": "The ferry sailed early."}
        {"id": "w2", "date": "2024-01-05", "text": "The lighthouse was repainted."}
        """);
    try (OpenSearchConnection connection = OpenSearchConnection.open(node.url(), "update-news")) {
      // Closing the service would only close the connection, which the block closes.
      OpenSearchSearchService service = new OpenSearchSearchService(connection, Synonyms.builtIn(), 5_000);
      OpenSearchIndexer indexer = BackendServers.openSearchIndexer(connection);
      String index = indexer.reindex(input, Progress.NONE).generation();
      Set<String> before = Set.of("a.txt", "b.txt", "garbled.txt", "w1", "w2");
      assertEquals(before, ids(service, ""));

      // b.txt changed, a.txt and w2 gone, c.txt new, an article the cluster refuses, a file unreadable this time.
      Files.writeString(input.resolve("b.txt"), "date: 2024-01-02\n\nThe bridge stayed shut; the tunnel took the traffic.\n");
      Files.delete(input.resolve("a.txt"));
      Files.writeString(input.resolve("wire.jsonl"), "{\"id\": \"w1\", \"date\": \"2024-01-04\", \"text\": \"The ferry sailed early.\"}\n");
      Files.writeString(input.resolve("c.txt"), "date: 2024-01-06\n\nThe canal froze overnight.\n");
      Files.writeString(input.resolve("refused.json"), "{\"id\": \"" + "x".repeat(600) + "\", \"text\": \"Refused by the cluster.\"}");
      Files.write(input.resolve("garbled.txt"), "date: 2024-01-03\n\nThe pier caf\u00e9 was closed.\n".getBytes(StandardCharsets.ISO_8859_1));

      IndexReport dry = indexer.update(input, true, Progress.NONE);
      assertTrue(dry.dryRun());
      assertEquals(List.of(2, 1, 1, 2), List.of(dry.added(), dry.replaced(), dry.unchanged(), dry.deleted()),
          "c.txt and the refused one would be added (the cluster is not asked), b.txt replaced, w1 unchanged, a.txt and w2 deleted: " + dry);
      assertEquals(before, ids(service, ""), "a dry run writes nothing");
      assertEquals(Set.of(), ids(service, "tunnel"));

      IndexReport update = indexer.update(input, false, Progress.NONE);
      assertEquals(List.of(1, 1, 1, 2), List.of(update.added(), update.replaced(), update.unchanged(), update.deleted()), update.toString());
      assertEquals(index, update.generation(), "an update writes the live index");
      assertEquals(Set.of(index), connection.client().indices().get(g -> g.index("update-news-*")).result().keySet(), "no new index");
      Map<String, String> skipped = update.problems().stream().filter(p -> p.severity() == ReadProblem.Severity.SKIPPED)
          .collect(Collectors.toMap(ReadProblem::path, ReadProblem::reason));
      assertEquals(Set.of("garbled.txt", "refused.json"), skipped.keySet(), update.problems().toString());
      assertEquals("not valid UTF-8", skipped.get("garbled.txt"));
      assertTrue(skipped.get("refused.json").startsWith("OpenSearch refused article 'xxx"), skipped.get("refused.json"));
      assertEquals(IndexReport.EXIT_SKIPPED, update.exitCode());

      // Searches see exactly the result at once: garbled.txt could not be read this time, so it stays as it was.
      assertEquals(Set.of("b.txt", "c.txt", "garbled.txt", "w1"), ids(service, ""));
      assertEquals(Set.of("b.txt"), ids(service, "tunnel"));
      assertEquals(Set.of(), ids(service, "reopened"));
      assertEquals(Set.of("c.txt"), ids(service, "canal"));
      assertEquals(Set.of("garbled.txt"), ids(service, "repairs"));
      assertEquals(Set.of(), ids(service, "lighthouse"));

      Files.delete(input.resolve("refused.json"));
      Files.writeString(input.resolve("garbled.txt"), "date: 2024-01-03\n\nThe pier was closed for repairs.\n");
      IndexReport again = indexer.update(input, false, Progress.NONE);
      assertEquals(List.of(0, 0, 4, 0), List.of(again.added(), again.replaced(), again.unchanged(), again.deleted()), again.toString());
      assertEquals(List.of(), again.problems());
    }
  }

  @Test
  void anUpdateNeedsAnIndexBehindTheAlias() throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(node.url(), "never-indexed")) {
      IOException missing = assertThrows(IOException.class,
          () -> BackendServers.openSearchIndexer(connection).update(temp, false, Progress.NONE));
      assertEquals("no index behind the alias 'never-indexed' on the cluster yet: run reindex first", missing.getMessage());
    }
  }

  /** The ids of every article matching {@code query} (all articles when it is empty). */
  private static Set<String> ids(OpenSearchSearchService service, String query) {
    SearchRequest request = new SearchRequest(query, null, null, null, SearchRequest.SortOrder.DATE_DESC, 1, 100);
    return service.search(request).hits().stream().map(ArticleHit::id).collect(Collectors.toCollection(TreeSet::new));
  }
}
