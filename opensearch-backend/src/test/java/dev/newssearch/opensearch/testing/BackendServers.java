package dev.newssearch.opensearch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
import dev.newssearch.opensearch.OpenSearchConnection;
import dev.newssearch.opensearch.OpenSearchIndexer;
import dev.newssearch.opensearch.OpenSearchSearchService;
import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.search.QueryBudget;
import dev.newssearch.search.SearchService;
import dev.newssearch.search.Synonyms;
import dev.newssearch.server.ApiServer;
import dev.newssearch.server.ServerOptions;
import dev.newssearch.testing.RepoFiles;
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
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The same corpus served by both backends over real HTTP: the embedded Lucene index in a temporary
 * folder, and an OpenSearch index on a real node in its own process. A test class starts one of these
 * once; closing it stops the servers and the node.
 */
public final class BackendServers implements AutoCloseable {

  /** Which search service answers. */
  public enum Backend {
    LUCENE,
    OPENSEARCH
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenSearchNodeProcess node;
  private final Map<Backend, ApiServer> servers = new EnumMap<>(Backend.class);
  private final Map<Backend, SearchService> services = new EnumMap<>(Backend.class);
  private final Map<Backend, IndexReport> reports = new EnumMap<>(Backend.class);
  private final HttpClient http = HttpClient.newHttpClient();

  private BackendServers(OpenSearchNodeProcess node) {
    this.node = node;
  }

  /**
   * Indexes {@code input} with both backends (on a fresh single-node cluster) and serves each.
   *
   * @param temp a folder for the embedded index
   */
  public static BackendServers start(Path temp, Path input) throws IOException {
    BackendServers servers = new BackendServers(TestNodes.single("parity"));
    try {
      IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
      servers.reports.put(Backend.LUCENE, indexer().reindex(input, generations, Progress.NONE));
      servers.serve(Backend.LUCENE, new LuceneSearchService(new LiveIndex(generations, 100), QueryBudget.DEFAULT));
      OpenSearchConnection connection = OpenSearchConnection.open(servers.node.url(), OpenSearchConnection.DEFAULT_ALIAS);
      servers.reports.put(Backend.OPENSEARCH, openSearchIndexer(connection).reindex(input, Progress.NONE));
      servers.serve(Backend.OPENSEARCH, new OpenSearchSearchService(connection, Synonyms.builtIn(), QueryBudget.DEFAULT.millis()));
      return servers;
    } catch (IOException | RuntimeException e) {
      servers.close();
      throw e;
    }
  }

  /** The embedded indexer, configured as the tests of the search API configure it. */
  public static Indexer indexer() {
    return new Indexer(new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 2);
  }

  /** An OpenSearch indexer with the same reading and enrichment, into one shard without replicas. */
  public static OpenSearchIndexer openSearchIndexer(OpenSearchConnection connection) {
    return new OpenSearchIndexer(connection, new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 1, 0);
  }

  /**
   * The seeds (at the top, so their ids are their file names) and the indexer's test corpus (every
   * format and every kind of bad file, under {@code corpus/}) copied into one input folder under
   * {@code temp}.
   */
  public static Path fixtureCorpus(Path temp) throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    copyTree(RepoFiles.seeds(), input);
    copyTree(RepoFiles.root().resolve("indexer/src/test/resources/corpus"), input.resolve("corpus"));
    return input;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private void serve(Backend backend, SearchService service) {
    services.put(backend, service);
    servers.put(backend, new ApiServer(service, ServerOptions.DEFAULT).start("127.0.0.1", 0));
  }

  /** The report of the backend's reindex of the corpus. */
  public IndexReport report(Backend backend) {
    return reports.get(backend);
  }

  /** The node the OpenSearch backend talks to. */
  public OpenSearchNodeProcess node() {
    return node;
  }

  /** GETs a path (with its query string) from the backend's server. */
  public HttpResponse<String> get(Backend backend, String pathAndQuery) {
    try {
      URI uri = URI.create("http://127.0.0.1:" + servers.get(backend).port() + pathAndQuery);
      return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a path from the backend's server and parses the JSON body. */
  public JsonNode json(Backend backend, String pathAndQuery) {
    try {
      return JSON.readTree(get(backend, pathAndQuery).body());
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
    servers.values().forEach(ApiServer::close);
    services.values().forEach(SearchService::close);
    node.close();
  }

  static {
    // Keep test output readable: the server logs every request at INFO.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }
}
