package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Proves the benchmark command works end to end at a tiny size, on both backends: it indexes,
 * queries, starts the servers and an OpenSearch node, and writes every section of the JSON. It
 * does not judge speed; the benchmark reports that.
 */
@Tag("shared-data")
class PerformanceBenchmarkSmokeTest {

  @Test
  void tinyRunWritesEverySectionWithPositiveFigures(@TempDir Path temp) throws Exception {
    Path root = Path.of(System.getProperty("project.root"));
    Path out = temp.resolve("perf.json");
    StringWriter table = new StringWriter();
    CommandLine cli = new CommandLine(new PerformanceBenchmark());
    cli.setOut(new PrintWriter(table));
    int exit = cli.execute("--size", "2000", "--concurrency", "1,2", "--seconds", "1", "--warmup", "1", "--startups", "1",
        "--heaps", "256", "--data", System.getProperty("shared.data.dir"), "--launcher", root.resolve("news-search").toString(),
        "--backends", "lucene,opensearch", "--opensearch-heap", "512m",
        "--opensearch-node", root.resolve("opensearch-node").resolve("target").toString(),
        "--work", temp.resolve("work").toString(), "--out", out.toString());

    assertEquals(0, exit);
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertTrue(json.at("/machine/cores").asInt() > 0);
    JsonNode size = json.at("/sizes/0");
    assertEquals(2000, size.get("articles").asInt());
    for (String indexer : List.of("ours", "lucene")) {
      for (String figure : List.of("seconds", "cpuSeconds", "articlesPerSecond", "mbPerSecond", "indexBytes")) {
        assertTrue(size.at("/" + indexer + "/" + figure).asDouble() > 0, indexer + " " + figure);
      }
    }
    assertEquals(2, size.get("queries").size());
    for (JsonNode run : size.get("queries")) {
      for (String target : List.of("ours", "lucene")) {
        JsonNode result = run.get(target);
        assertTrue(result.get("qps").asDouble() > 0, target + " qps");
        assertTrue(result.get("p99Ms").asDouble() > 0, target + " p99");
        assertEquals(0, result.get("errors").asLong(), target + " errors");
        assertFalse(result.get("byType").isEmpty());
      }
      assertTrue(run.get("qpsRatio").asDouble() > 0);
      assertTrue(run.get("cpuMsPerQuery").asDouble() > 0, "server CPU");
      assertTrue(run.get("luceneCpuMsPerQuery").asDouble() > 0, "Lucene CPU");
    }
    assertTrue(size.get("startupMillis").asDouble() > 0);
    assertTrue(size.get("peakRssBytes").asLong() > 0);
    assertTrue(size.get("minHeapMb").asInt() > 0);
    assertEquals(6, json.get("targets").size());
    assertTrue(table.toString().contains("== targets at 2,000 articles"), table.toString());

    JsonNode remote = size.get("opensearch");
    assertEquals(512, remote.get("nodeHeapMb").asInt());
    for (String figure : List.of("seconds", "cpuSeconds", "articlesPerSecond", "mbPerSecond", "indexBytes")) {
      assertTrue(remote.at("/indexing/" + figure).asDouble() > 0, "opensearch " + figure);
    }
    assertTrue(remote.get("nodeIndexingCpuSeconds").asDouble() > 0);
    assertEquals(2, remote.get("queries").size());
    for (JsonNode run : remote.get("queries")) {
      assertTrue(run.at("/ours/qps").asDouble() > 0, "opensearch qps");
      assertEquals(0, run.at("/ours/errors").asLong(), "opensearch errors");
      assertTrue(run.get("nodeCpuMsPerQuery").asDouble() > 0, "node CPU");
    }
    assertTrue(remote.get("startupMillis").asDouble() > 0);
    assertTrue(remote.get("peakRssBytes").asLong() > 0);
    assertTrue(remote.get("nodePeakRssBytes").asLong() > 0);
    assertTrue(table.toString().contains("on OpenSearch (node already up): startup to first answer"), table.toString());
  }
}
