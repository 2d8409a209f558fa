package dev.newssearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.admin.AdminToken;
import dev.newssearch.admin.IndexJobs;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Progress;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.testing.SeedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * A real server on a free loopback port with the admin endpoints enabled: it indexes {@code input}
 * first, and its jobs read {@code input} again. Closing it stops the server, the index and the
 * jobs' executor.
 */
final class AdminTestServer implements AutoCloseable {
  static final String TOKEN = "s3cret-admin-token-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexGenerations generations;
  private final LuceneSearchService service;
  private final ApiServer server;
  private final ExecutorService executor;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * @param indexFolder where the index goes
   * @param input the folder indexed now and by every job
   * @param executor runs the jobs
   * @param token the configured admin token, or {@code null} for none
   */
  AdminTestServer(Path indexFolder, Path input, ExecutorService executor, String token) throws IOException {
    this.generations = new IndexGenerations(indexFolder);
    this.executor = executor;
    SeedServer.indexer().reindex(input, generations, Progress.NONE);
    LiveIndex live = new LiveIndex(generations, 100);
    this.service = new LuceneSearchService(live);
    IndexJobs jobs = new IndexJobs(SeedServer.indexer(), generations, input, executor, live::refresh);
    Optional<AdminToken> adminToken = AdminToken.of(token);
    this.server = new ApiServer(service, AdminHandlers.of(jobs, adminToken)).start("127.0.0.1", 0);
  }

  IndexGenerations generations() {
    return generations;
  }

  /** GETs a path with the token as a bearer credential, or without credentials when it is {@code null}. */
  HttpResponse<String> get(String path, String token) {
    return getWithAuthorization(path, bearer(token));
  }

  /** GETs a path with this {@code Authorization} header, or none when it is {@code null}. */
  HttpResponse<String> getWithAuthorization(String path, String authorization) {
    return send(request(path, authorization).GET());
  }

  /** POSTs to a path with the token as a bearer credential, or without credentials when it is {@code null}. */
  HttpResponse<String> post(String path, String token) {
    return send(request(path, bearer(token)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static String bearer(String token) {
    return token == null ? null : "Bearer " + token;
  }

  /** GETs a path without a token and parses the JSON answer. */
  JsonNode json(String path) {
    return parse(get(path, null));
  }

  static JsonNode parse(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls the status until the job that started at {@code startedAt} has finished, and returns its result. */
  JsonNode awaitResult(String startedAt) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = parse(get("/api/admin/status", TOKEN));
      JsonNode last = status.path("last");
      if (last.path("startedAt").asText().equals(startedAt)) {
        return last;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the job started at " + startedAt + " did not finish within 60 s");
  }

  private HttpRequest.Builder request(String path, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(10));
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    executor.shutdownNow();
    service.close();
  }
}
