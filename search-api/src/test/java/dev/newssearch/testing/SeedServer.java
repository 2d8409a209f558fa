package dev.newssearch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.search.QueryBudget;
import dev.newssearch.semantic.SemanticIndexing;
import dev.newssearch.server.ApiServer;
import dev.newssearch.server.ServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real server on a free loopback port over a real index of a folder of articles (the seeds by
 * default), for tests that talk HTTP. Closing it stops the server and closes the index.
 */
public final class SeedServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexGenerations generations;
  private final LuceneSearchService service;
  private final ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private SeedServer(Path indexFolder, Path input, QueryBudget budget, ServerOptions options) throws IOException {
    generations = new IndexGenerations(indexFolder);
    if (input != null) {
      indexer().reindex(input, generations, Progress.NONE);
    }
    service = new LuceneSearchService(new LiveIndex(generations, 100), budget);
    server = new ApiServer(service, options).start("127.0.0.1", 0);
  }

  /** Indexes {@code input} into {@code temp} and serves it. */
  public static SeedServer start(Path temp, Path input) throws IOException {
    return new SeedServer(temp.resolve("index"), input, QueryBudget.DEFAULT, ServerOptions.DEFAULT);
  }

  /**
   * Indexes {@code input} (unless {@code null}: an empty index folder) into {@code temp} and serves
   * it with the given query budget and server options.
   */
  public static SeedServer start(Path temp, Path input, QueryBudget budget, ServerOptions options) throws IOException {
    return new SeedServer(temp.resolve("index"), input, budget, options);
  }

  /** Indexes the repository's seeds into {@code temp} and serves them. */
  public static SeedServer seeds(Path temp) throws IOException {
    return start(temp, RepoFiles.seeds());
  }

  /** The indexer the server's index was built with. */
  public static Indexer indexer() {
    return indexer(SemanticIndexing.KEEP);
  }

  /** The same indexer, its rebuilds embedding their articles as {@code semantic} says. */
  public static Indexer indexer(SemanticIndexing semantic) {
    return TestIndexers.indexer(semantic);
  }

  public IndexGenerations generations() {
    return generations;
  }

  /** The server's base address, such as {@code http://127.0.0.1:39123}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** GETs a path (with its query string) and returns the response. */
  public HttpResponse<String> get(String pathAndQuery) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a path and parses the JSON body. */
  public JsonNode json(String pathAndQuery) {
    try {
      return JSON.readTree(get(pathAndQuery).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** URL-encodes a parameter value. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
    service.close();
  }

  static {
    // Keep test output readable: the server logs every request at INFO.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  /** A temporary input folder holding the given files (name, content pairs). */
  public static Path folder(Path parent, String... nameAndContent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve("input"));
    for (int i = 0; i < nameAndContent.length; i += 2) {
      Path file = dir.resolve(nameAndContent[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, nameAndContent[i + 1]);
    }
    return dir;
  }
}
