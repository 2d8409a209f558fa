package dev.newssearch.opensearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch 3 node in a JVM of its own (its Lucene is not ours), started from the jars the
 * {@code opensearch-node} module copies into its {@code target/lib}: nothing is downloaded but from
 * Maven Central. It listens on free loopback ports and keeps its data under {@code target/}; closing
 * it, or the end of the test JVM, stops the process.
 */
public final class OpenSearchNodeProcess implements AutoCloseable {
  /** The heap of a node: enough for test corpora, small enough for a two-core CI machine. */
  private static final String HEAP = "-Xmx512m";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final String name;
  private final int httpPort;
  private final int transportPort;
  private final Path home;
  private final Process process;
  private final Thread killOnExit;

  private OpenSearchNodeProcess(String name, int httpPort, int transportPort, Path home, Process process) {
    this.name = name;
    this.httpPort = httpPort;
    this.transportPort = transportPort;
    this.home = home;
    this.process = process;
    // A test JVM that ends without closing us (a crash, a kill of surefire) must not leave a node running.
    this.killOnExit = new Thread(process::destroyForcibly, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Starts a single-node cluster and waits until its REST API answers. */
  public static OpenSearchNodeProcess single(String name) throws IOException {
    int transport = freePort();
    return start(name, freePort(), transport, List.of("discovery.type=single-node"));
  }

  /**
   * Starts the nodes of one cluster that discover each other on loopback, and waits until all have
   * joined. The first node is the one cluster manager (and holds data); the others hold data only,
   * so that any of them can die without the cluster losing its manager: a cluster of two
   * manager-eligible nodes has no majority left when one dies (production clusters have three).
   */
  public static List<OpenSearchNodeProcess> cluster(String clusterName, int nodes) throws IOException {
    List<Integer> http = new ArrayList<>();
    List<Integer> transport = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      http.add(freePort());
      transport.add(freePort());
      names.add(clusterName + "-" + i);
    }
    String seeds = String.join(",", transport.stream().map(port -> "127.0.0.1:" + port).toList());
    List<OpenSearchNodeProcess> started = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      started.add(launch(names.get(i), http.get(i), transport.get(i), List.of(
          "cluster.name=" + clusterName,
          "node.roles=" + (i == 0 ? "cluster_manager,data,ingest" : "data,ingest"),
          "discovery.seed_hosts=" + seeds,
          "cluster.initial_cluster_manager_nodes=" + names.get(0))));
    }
    for (OpenSearchNodeProcess node : started) {
      node.awaitHealth("nodes:" + nodes);
    }
    return started;
  }

  private static OpenSearchNodeProcess start(String name, int httpPort, int transportPort, List<String> settings) throws IOException {
    OpenSearchNodeProcess node = launch(name, httpPort, transportPort, settings);
    node.awaitHealth("yellow");
    return node;
  }

  private static OpenSearchNodeProcess launch(String name, int httpPort, int transportPort, List<String> settings) throws IOException {
    Path nodeDir = Path.of(System.getProperty("opensearch.node.dir", "../opensearch-node/target")).toAbsolutePath().normalize();
    Path lib = nodeDir.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException("no OpenSearch jars in " + lib + ": build the opensearch-node module first");
    }
    Path home = Files.createDirectories(Path.of("target", "opensearch", name + "-" + httpPort)).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-Xms256m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
        "-cp", nodeDir.resolve("classes") + java.io.File.pathSeparator + lib + "/*",
        "dev.newssearch.opensearchnode.OpenSearchNode",
        "node.name=" + name,
        "path.home=" + home,
        "path.data=" + home.resolve("data"),
        "path.logs=" + home.resolve("logs"),
        "http.port=" + httpPort,
        "transport.port=" + transportPort,
        // Tests fill disks of CI machines as they may: the node must not turn indexes read-only.
        "cluster.routing.allocation.disk.threshold_enabled=false"));
    command.addAll(settings);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("node.log").toFile())
        .start();
    return new OpenSearchNodeProcess(name, httpPort, transportPort, home, process);
  }

  /** The node's REST address, such as {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** The node's name. */
  public String name() {
    return name;
  }

  /** The node's transport port. */
  public int transportPort() {
    return transportPort;
  }

  /** Waits until {@code _cluster/health?wait_for_<condition>} says so (such as {@code yellow} or {@code nodes:2}). */
  public void awaitHealth(String condition) {
    String query = condition.startsWith("nodes:")
        ? "wait_for_nodes=" + condition.substring("nodes:".length())
        : "wait_for_status=" + condition;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("OpenSearch node " + name + " exited with " + process.exitValue() + "; its log: " + logTail());
      }
      try {
        HttpResponse<String> response = http.send(
            HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?timeout=5s&" + query)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("OpenSearch node " + name + " not ready (" + condition + ") in " + START_TIMEOUT + ": " + last
        + "; its log: " + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(home.resolve("node.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Stops the node abruptly (SIGKILL), as a machine failure would. */
  public void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** Stops the node and deletes its data, so that repeated runs do not fill {@code target/}. */
  @Override
  public void close() {
    process.destroy();
    if (!waitFor()) {
      process.destroyForcibly();
      waitFor();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: the process is being stopped anyway
    }
    deleteQuietly(home.resolve("data"));
  }

  private static void deleteQuietly(Path folder) {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // Only space is lost: the folder is under target/, which a clean build removes.
    }
  }

  private boolean waitFor() {
    try {
      return process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
