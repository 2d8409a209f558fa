package dev.newssearch.opensearchnode.launcher;

import java.io.File;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch node in a JVM of its own (its Lucene is not ours), started from the {@code classes/} and
 * {@code lib/} folders of the {@code opensearch-node} module's build: nothing is downloaded but from Maven Central.
 * It listens on free loopback ports. Closing it, or the end of this JVM (a crash, Ctrl-C, a killed test run),
 * stops the process, so that no node outlives its caller.
 *
 * <pre>{@code
 * try (OpenSearchNodeProcess node = OpenSearchNodeProcess.start(
 *     OpenSearchNodeProcess.Options.of(Path.of("opensearch-node/target"), "bench").heapMb(1024))) {
 *   URI health = URI.create(node.url() + "/_cluster/health");
 * }
 * }</pre>
 */
public final class OpenSearchNodeProcess implements AutoCloseable {
  private static final String MAIN_CLASS = "dev.newssearch.opensearchnode.OpenSearchNode";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final String name;
  private final String url;
  private final Path home;
  private final boolean temporaryHome;
  private final Duration startTimeout;
  private final Process process;
  private final Thread stopOnExit;
  private boolean closed;

  private OpenSearchNodeProcess(Options options, int httpPort, Path home, Process process) {
    this.name = options.name;
    this.url = "http://127.0.0.1:" + httpPort;
    this.home = home;
    this.temporaryHome = options.home == null;
    this.startTimeout = options.startTimeout;
    this.process = process;
    // A JVM that ends without closing us must not leave a node running, nor a temporary folder behind.
    this.stopOnExit = new Thread(this::killAndClean, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts a node and, unless {@link Options#health(String)} was given {@code null}, waits until its cluster's
   * health says so.
   *
   * @throws IOException when the process cannot be started, or the node exits or is not healthy within the start
   *     timeout (the message holds the tail of its log); the process is stopped then
   */
  public static OpenSearchNodeProcess start(Options options) throws IOException {
    OpenSearchNodeProcess node = launch(options, freePort(), freePort());
    try {
      if (options.health != null) {
        node.awaitHealth(options.health);
      }
      return node;
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /**
   * Starts the nodes of one cluster that discover each other on loopback, and waits until all have joined. The
   * {@code template}'s name is the cluster's; its nodes are named {@code NAME-0}, {@code NAME-1}, …, each with the
   * template's other options (a given home folder gets one sub-folder per node). The first node is the one cluster
   * manager (and holds data); the others hold data only, so that any of them can die without the cluster losing its
   * manager: a cluster of two manager-eligible nodes has no majority left when one dies.
   *
   * @throws IOException as {@link #start(Options)}; the nodes started so far are stopped then
   */
  public static List<OpenSearchNodeProcess> cluster(Options template, int nodes) throws IOException {
    if (nodes < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node, not " + nodes);
    }
    List<Integer> http = new ArrayList<>();
    List<Integer> transport = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      http.add(freePort());
      transport.add(freePort());
    }
    String seeds = String.join(",", transport.stream().map(port -> "127.0.0.1:" + port).toList());
    String manager = template.name + "-0";
    List<OpenSearchNodeProcess> started = new ArrayList<>();
    try {
      for (int i = 0; i < nodes; i++) {
        Options node = template.copy(template.name + "-" + i)
            .setting("cluster.name", template.name)
            .setting("node.roles", i == 0 ? "cluster_manager,data,ingest" : "data,ingest")
            .setting("discovery.seed_hosts", seeds)
            .setting("cluster.initial_cluster_manager_nodes", manager);
        if (template.home != null) {
          node.home(template.home.resolve(node.name));
        }
        started.add(launch(node, http.get(i), transport.get(i)));
      }
      for (OpenSearchNodeProcess node : started) {
        node.awaitHealth("nodes:" + nodes);
      }
      return started;
    } catch (IOException | RuntimeException e) {
      started.forEach(OpenSearchNodeProcess::close);
      throw e;
    }
  }

  private static OpenSearchNodeProcess launch(Options options, int httpPort, int transportPort) throws IOException {
    Path nodeDir = options.nodeDir.toAbsolutePath().normalize();
    Path lib = nodeDir.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IOException("no OpenSearch jars in " + lib + ": build the opensearch-node module first");
    }
    Path home = options.home == null
        ? Files.createTempDirectory("news-search-opensearch-" + options.name)
        : Files.createDirectories(options.home).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Both bounds alike, as OpenSearch recommends: the heap never resizes under load.
        "-Xms" + options.heapMb + "m", "-Xmx" + options.heapMb + "m", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(options.jvmOptions);
    command.addAll(List.of("-cp", nodeDir.resolve("classes") + File.pathSeparator + lib + File.separator + "*", MAIN_CLASS));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("node.name", options.name);
    settings.put("path.home", home.toString());
    settings.put("path.data", home.resolve("data").toString());
    settings.put("path.logs", home.resolve("logs").toString());
    settings.put("http.port", Integer.toString(httpPort));
    settings.put("transport.port", Integer.toString(transportPort));
    // Tests and benchmarks fill shared disks as they may: the node must not turn indexes read-only.
    settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
    if (!options.settings.containsKey("discovery.seed_hosts")) {
      settings.put("discovery.type", "single-node");
    }
    settings.putAll(options.settings);
    settings.forEach((key, value) -> command.add(key + "=" + value));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("node.log").toFile()).start();
    } catch (IOException e) {
      if (options.home == null) {
        deleteTree(home);
      }
      throw e;
    }
    return new OpenSearchNodeProcess(options, httpPort, home, process);
  }

  /** The node's REST address, such as {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  /** The node's name ({@code node.name}). */
  public String name() {
    return name;
  }

  /** The node's folder ({@code path.home}), holding {@code data/}, {@code logs/} and {@code node.log}. */
  public Path home() {
    return home;
  }

  /** The process id of the node's JVM, for reading its CPU time or memory from the operating system. */
  public long pid() {
    return process.pid();
  }

  /**
   * Waits, at most the start timeout, until {@code _cluster/health} says so: a status ({@code yellow},
   * {@code green}) or a number of nodes ({@code nodes:2}).
   *
   * @throws IOException when the node exits or the condition is not met in time (the message holds its log's tail)
   */
  public void awaitHealth(String condition) throws IOException {
    String query = condition.startsWith("nodes:")
        ? "wait_for_nodes=" + condition.substring("nodes:".length())
        : "wait_for_status=" + condition;
    URI health = URI.create(url + "/_cluster/health?timeout=5s&" + query);
    long deadline = System.nanoTime() + startTimeout.toNanos();
    String last = "no answer";
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IOException("OpenSearch node " + name + " exited with " + process.exitValue() + "; its log: " + logTail());
        }
        try {
          HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
          // Any other answer (408 when the health API's own timeout passes first) means "not yet".
          if (response.statusCode() == 200) {
            return;
          }
          last = response.statusCode() + " " + response.body();
        } catch (IOException e) {
          last = e.toString();
        }
        Thread.sleep(500);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for OpenSearch node " + name, e);
    }
    throw new IOException("OpenSearch node " + name + " not ready (" + condition + ") in " + startTimeout.toSeconds() + " s: " + last
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

  /** Stops the node abruptly (SIGKILL), as a machine failure would; {@link #close()} still cleans up after it. */
  public void kill() {
    process.destroyForcibly();
    waitFor(process);
  }

  /**
   * Stops the node (SIGTERM, then SIGKILL after 30 s) and deletes its data: the whole folder when it was a
   * temporary one, the {@code data/} folder of a given home (its logs stay, for a failed test to be read).
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    process.destroy();
    if (!waitFor(process)) {
      process.destroyForcibly();
      waitFor(process);
    }
    clean();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it stops the node anyway
    }
  }

  /** The shutdown hook: no time for a graceful stop, the data is thrown away anyway. */
  private void killAndClean() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    process.destroyForcibly();
    waitFor(process);
    clean();
  }

  private void clean() {
    try {
      deleteTree(temporaryHome ? home : home.resolve("data"));
    } catch (IOException e) {
      System.err.println("could not delete the OpenSearch node's folder " + home + ": " + e.getMessage());
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static boolean waitFor(Process process) {
    try {
      return process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How to start a node: every option but the build folder and the name has a default fit for a test on a small
   * machine. Options are mutable and meant to be built and passed in one expression.
   */
  public static final class Options {
    private final Path nodeDir;
    private final String name;
    private int heapMb = 512;
    private Path home;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Duration startTimeout = Duration.ofSeconds(120);
    private String health = "yellow";

    private Options(Path nodeDir, String name) {
      this.nodeDir = Objects.requireNonNull(nodeDir, "nodeDir");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Options for a node named {@code name} from a build folder of the {@code opensearch-node} module.
     *
     * @param nodeDir the {@code opensearch-node/target} folder, holding {@code classes/} and {@code lib/}
     */
    public static Options of(Path nodeDir, String name) {
      return new Options(nodeDir, name);
    }

    private Options copy(String otherName) {
      Options copy = new Options(nodeDir, otherName);
      copy.heapMb = heapMb;
      copy.home = home;
      copy.jvmOptions.addAll(jvmOptions);
      copy.settings.putAll(settings);
      copy.startTimeout = startTimeout;
      copy.health = health;
      return copy;
    }

    /** The node's heap in MB, both {@code -Xms} and {@code -Xmx} (default 512). */
    public Options heapMb(int heapMb) {
      if (heapMb < 64) {
        throw new IllegalArgumentException("an OpenSearch node needs more than " + heapMb + " MB of heap");
      }
      this.heapMb = heapMb;
      return this;
    }

    /**
     * The node's {@code path.home}, kept after the node stops but for its {@code data/}. Without it (the default)
     * the node runs in a new temporary folder, deleted when it stops.
     */
    public Options home(Path home) {
      this.home = home;
      return this;
    }

    /** More options for the node's JVM, such as {@code -XX:+UseSerialGC}. */
    public Options jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /**
     * A node setting ({@code cluster.name}, {@code node.roles}, …), given to the node as {@code key=value}; it
     * overrides this class's own. Without {@code discovery.seed_hosts} the node is a single-node cluster.
     */
    public Options setting(String key, String value) {
      settings.put(key, value);
      return this;
    }

    /** How long {@link #start} and {@link OpenSearchNodeProcess#awaitHealth} wait for the node (default 120 s). */
    public Options startTimeout(Duration startTimeout) {
      this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
      return this;
    }

    /**
     * The health {@link #start} waits for, as {@link OpenSearchNodeProcess#awaitHealth} takes it (default
     * {@code yellow}); {@code null} returns as soon as the process runs.
     */
    public Options health(String health) {
      this.health = health;
      return this;
    }
  }
}
