package dev.newssearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our server as a user starts it: {@code ./news-search serve} in its own process on an existing
 * index (an embedded one, or the alias on an OpenSearch node), on a free loopback port, with
 * optional extra JVM options (a heap limit). Knows when it answered its first query, how much CPU
 * it has used and how much memory it has used at most.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("search at http://[^:]+:(\\d+)/");
  /**
   * Long, because a shared machine is slow: at 100,000 articles under a load of 15 on two cores, a
   * server on OpenSearch took more than a minute to listen while the node was still merging.
   */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Process process;
  private final HttpClient http;
  private final String base;
  private final double startupMillis;
  private final double startupCpuMillis;

  private ServerProcess(Process process, HttpClient http, String base, double startupMillis, double startupCpuMillis) {
    this.process = process;
    this.http = http;
    this.base = base;
    this.startupMillis = startupMillis;
    this.startupCpuMillis = startupCpuMillis;
  }

  /**
   * Starts the server on an embedded index and waits until it has answered {@code firstQuery}.
   *
   * @param launcher the {@code news-search} launcher script
   * @param index the index folder
   * @param javaOptions extra JVM options, appended after the launcher's own
   * @throws IOException when the server does not start or does not answer
   */
  public static ServerProcess start(Path launcher, Path index, String javaOptions, BenchQuery firstQuery) throws IOException {
    return start(launcher, List.of("--index", index.toString()), javaOptions, firstQuery);
  }

  /**
   * Starts the server and waits until it has answered {@code firstQuery}.
   *
   * @param launcher the {@code news-search} launcher script
   * @param backend the options that say where the index is ({@code --index DIR}, or {@code --backend
   *     opensearch --opensearch-url URL})
   * @param javaOptions extra JVM options, appended after the launcher's own
   * @throws IOException when the server does not start or does not answer
   */
  public static ServerProcess start(Path launcher, List<String> backend, String javaOptions, BenchQuery firstQuery) throws IOException {
    Path noSeeds = Files.createTempDirectory("no-seeds");
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "serve"));
    command.addAll(backend);
    command.addAll(List.of("--port", "0", "--host", "127.0.0.1", "--seeds", noSeeds.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NEWS_SEARCH_JAVA_OPTS", javaOptions);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    long started = System.nanoTime();
    Process process = builder.start();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    List<String> output = new ArrayList<>();
    Thread.ofPlatform().daemon().start(() -> {
      // Reads (and so drains) the server's output for as long as it runs.
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          } else if (!port.isDone()) {
            output.add(line);
          }
        }
      } catch (IOException e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new IOException("the server stopped before listening: " + output));
    });
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    try {
      int listening = port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      ServerProcess server = new ServerProcess(process, http, "http://127.0.0.1:" + listening, 0, 0);
      if (server.get(firstQuery.apiPath()).statusCode() != 200) {
        throw new IOException("the server did not answer its first query");
      }
      return new ServerProcess(process, http, server.base, (System.nanoTime() - started) / 1e6, server.cpuMillis());
    } catch (Exception e) {
      process.destroyForcibly();
      throw e instanceof IOException io ? io : new IOException("the server did not start: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(noSeeds);
    }
  }

  /** Milliseconds from starting the process to the first answered query. */
  public double startupMillis() {
    return startupMillis;
  }

  /** CPU time the process had used when it answered its first query: steadier than wall time on a busy machine. */
  public double startupCpuMillis() {
    return startupCpuMillis;
  }

  /** CPU time (user + system) the process has used so far, in ms; 0 where /proc is not available. */
  public double cpuMillis() throws IOException {
    return ProcessStats.cpuMillis(process.pid());
  }

  /** CPU time the process's JIT compiler threads have used so far, in ms; 0 where /proc is not available. */
  public double compilerCpuMillis() throws IOException {
    return ProcessStats.compilerCpuMillis(process.pid());
  }

  /** Whether a path answers anything but 404 (an endpoint this version may not have). */
  public boolean has(String path) throws IOException, InterruptedException {
    return get(path).statusCode() != 404;
  }

  /** Runs a query over HTTP, reading the whole response; {@code true} when it was a 200. */
  public boolean query(BenchQuery query) throws IOException, InterruptedException {
    return get(query.apiPath()).statusCode() == 200;
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The process's peak resident memory (VmHWM), in bytes; 0 where /proc is not available. */
  public long peakRssBytes() throws IOException {
    return ProcessStats.peakRssBytes(process.pid());
  }

  /** Whether the process still runs. */
  public boolean alive() {
    return process.isAlive();
  }

  /** Stops the server the way a user does (SIGTERM), forcibly if it takes too long. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    http.close();
  }
}
