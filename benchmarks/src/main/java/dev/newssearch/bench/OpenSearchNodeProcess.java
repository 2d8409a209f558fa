package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A single OpenSearch node for the benchmark, in a JVM of its own (its Lucene is not ours), started
 * from the jars the {@code opensearch-node} module copies into its {@code target/lib}. It listens on
 * free loopback ports and keeps its data in a temporary folder; closing it stops the process and
 * deletes the folder, and so does the end of this JVM (an error, Ctrl-C) when it was not closed.
 */
final class OpenSearchNodeProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration MERGE_TIMEOUT = Duration.ofMinutes(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path home;
  private final String url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Thread stopOnExit;
  private boolean closed;

  private OpenSearchNodeProcess(Process process, Path home, String url) {
    this.process = process;
    this.home = home;
    this.url = url;
    this.stopOnExit = new Thread(this::stopAndDelete, "stop-opensearch-node");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts a single-node cluster and waits until its REST API answers.
   *
   * @param nodeDir the {@code opensearch-node/target} folder holding {@code classes/} and {@code lib/}
   * @param heapMb the node's heap ({@code -Xms} and {@code -Xmx}, as OpenSearch recommends)
   * @throws IOException when the node does not start in time (its log's tail is in the message)
   */
  static OpenSearchNodeProcess start(Path nodeDir, int heapMb) throws IOException {
    Path lib = nodeDir.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IOException("no OpenSearch jars in " + lib + ": build the opensearch-node module first");
    }
    Path home = Files.createTempDirectory("news-search-bench-opensearch");
    int httpPort = freePort();
    int transportPort = freePort();
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms" + heapMb + "m", "-Xmx" + heapMb + "m", "--enable-native-access=ALL-UNNAMED",
        "-cp", nodeDir.resolve("classes") + File.pathSeparator + lib + File.separator + "*",
        "dev.newssearch.opensearchnode.OpenSearchNode",
        "node.name=bench",
        "discovery.type=single-node",
        "path.home=" + home,
        "path.data=" + home.resolve("data"),
        "path.logs=" + home.resolve("logs"),
        "http.port=" + httpPort,
        "transport.port=" + transportPort,
        // A shared machine's disk may be fuller than OpenSearch's watermarks like: indexes must not turn read-only.
        "cluster.routing.allocation.disk.threshold_enabled=false");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("node.log").toFile()).start();
    OpenSearchNodeProcess node = new OpenSearchNodeProcess(process, home, "http://127.0.0.1:" + httpPort);
    try {
      node.awaitYellow();
      return node;
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /** The node's REST address, such as {@code http://127.0.0.1:41234}. */
  String url() {
    return url;
  }

  /** CPU time the node has used so far, in ms. */
  double cpuMillis() throws IOException {
    return ProcessStats.cpuMillis(process.pid());
  }

  /** The node's peak resident memory (VmHWM) so far, in bytes. */
  long peakRssBytes() throws IOException {
    return ProcessStats.peakRssBytes(process.pid());
  }

  /** The size on disk of the primary shards of the index behind {@code alias}, from the index stats API. */
  long storeBytes(String alias) throws IOException {
    JsonNode stats = JSON.readTree(get("/" + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "/_stats/store"));
    JsonNode bytes = stats.at("/_all/primaries/store/size_in_bytes");
    if (!bytes.isNumber()) {
      throw new IOException("no store size for " + alias + " in " + stats);
    }
    return bytes.asLong();
  }

  /**
   * Waits until the index behind {@code alias} has no merge running: a reindex returns while the
   * node still merges the segments of the bulk requests, work the embedded indexer finishes before
   * its commit returns.
   */
  void awaitMerges(String alias) throws IOException {
    String path = "/" + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "/_stats/merge";
    long deadline = System.nanoTime() + MERGE_TIMEOUT.toNanos();
    while (JSON.readTree(get(path)).at("/_all/primaries/merges/current").asLong() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the OpenSearch node still merges " + alias + " after " + MERGE_TIMEOUT.toMinutes() + " minutes");
      }
      sleep(250);
    }
  }

  private void awaitYellow() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the OpenSearch node exited with " + process.exitValue() + "; its log: " + logTail());
      }
      try {
        get("/_cluster/health?wait_for_status=yellow&timeout=5s");
        return;
      } catch (IOException e) {
        last = e.getMessage();
      }
      sleep(500);
    }
    throw new IOException("the OpenSearch node did not start in " + START_TIMEOUT.toSeconds() + " s (" + last + "); its log: " + logTail());
  }

  private String get(String path) throws IOException {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(path + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(home.resolve("node.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Stops the node (SIGTERM, then SIGKILL after 30 s) and deletes its data. */
  @Override
  public void close() {
    stopAndDelete();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it stops the node anyway
    }
  }

  private synchronized void stopAndDelete() {
    if (closed) {
      return;
    }
    closed = true;
    http.close();
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Folders.deleteTree(home);
    } catch (IOException e) {
      System.err.println("benchmarks: could not delete the OpenSearch node's folder " + home + ": " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
