package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.NearDuplicateSignature;
import dev.newssearch.index.Progress;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.server.ApiServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * How many copies and near-duplicates the search groups in a corpus, with examples to check by eye.
 * The folder's article files are indexed by our {@link Indexer}, our server is started on a free
 * loopback port, and every article is walked through {@code GET /api/search} (no query words, so
 * newest first; 100 per page, by cursor) with grouping on, as a user would see them.
 *
 * <p>It prints the articles, the hits they fold into, the groups by size, the largest groups, and
 * every n-th group with the estimated similarity of each member to the group's first article.
 *
 * <pre>java -cp benchmarks.jar dev.newssearch.bench.NearDuplicateSurvey ../shared/data/reuters21578 [EXAMPLES]</pre>
 */
public final class NearDuplicateSurvey {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 100;

  private final HttpClient http = HttpClient.newHttpClient();
  private int port;

  private NearDuplicateSurvey() {}

  /** Indexes the folder in the first argument and prints the survey. */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/reuters21578");
    int examples = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    new NearDuplicateSurvey().run(input, examples, System.out);
  }

  private void run(Path input, int examples, PrintStream out) throws IOException {
    Path temp = Files.createTempDirectory("near-duplicates");
    try {
      IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
      long started = System.nanoTime();
      new Indexer(new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()),
          Runtime.getRuntime().availableProcessors()).reindex(input, generations, Progress.NONE);
      out.printf(Locale.ROOT, "indexed %s in %.1f s%n", input.getFileName(), (System.nanoTime() - started) / 1e9);
      try (LuceneSearchService service = new LuceneSearchService(new LiveIndex(generations, 60_000));
          ApiServer server = new ApiServer(service).start("127.0.0.1", 0)) {
        port = server.port();
        survey(examples, out);
      }
    } finally {
      Folders.deleteTree(temp);
    }
  }

  private void survey(int examples, PrintStream out) throws IOException {
    List<JsonNode> groups = new ArrayList<>();
    long articles = 0;
    long hits = 0;
    long timedOut = 0;
    long walkStarted = System.nanoTime();
    String cursor = null;
    JsonNode page;
    do {
      String path = "/api/search?size=" + PAGE + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      page = get(path);
      // A page cut short by the server's time budget (a busy machine) is asked again, not counted.
      for (int retry = 0; retry < 5 && page.get("timedOut").asBoolean(); retry++) {
        timedOut++;
        page = get(path);
      }
      if (page.get("timedOut").asBoolean()) {
        throw new IOException(path + " ran out of its time budget five times");
      }
      articles = page.get("total").asLong();
      for (JsonNode hit : page.get("hits")) {
        hits++;
        if (hit.get("similar").size() > 0) {
          groups.add(hit);
        }
      }
      cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    double seconds = (System.nanoTime() - walkStarted) / 1e9;
    java.util.Set<String> once = new java.util.HashSet<>();
    long twice = 0;
    for (JsonNode group : groups) {
      twice += once.add(group.get("id").asText()) ? 0 : 1;
      for (JsonNode other : group.get("similar")) {
        twice += once.add(other.get("id").asText()) ? 0 : 1;
      }
    }
    long shown = hits + once.size() - groups.size();
    out.printf(Locale.ROOT, "every article shown once, as a hit or under one: %s (%,d listed twice, %,d missing)%n",
        twice == 0 && shown == articles, twice, articles - shown);
    long folded = groups.stream().mapToLong(g -> g.get("similar").size()).sum();
    out.printf(Locale.ROOT, "%,d articles shown as %,d hits: %,d groups of copies or near-duplicates fold %,d articles"
        + " (%.1f%%); walked in %.1f s (%d pages, %d asked again after a timeout)%n", articles, hits, groups.size(), folded,
        100.0 * folded / articles, seconds, (hits + PAGE - 1) / PAGE, timedOut);
    out.printf(Locale.ROOT, "the same walk with group=false: %.1f s%n", ungroupedWalkSeconds());
    TreeMap<Integer, Integer> bySize = new TreeMap<>();
    groups.forEach(g -> bySize.merge(g.get("similar").size() + 1, 1, Integer::sum));
    out.println("groups by size (articles: groups): " + bySize);

    out.println("\nlargest groups:");
    groups.stream().sorted(Comparator.comparingInt((JsonNode g) -> -g.get("similar").size())).limit(3).forEach(g -> out.printf(
        Locale.ROOT, "  %d articles: %s (%s)%n", g.get("similar").size() + 1, g.get("title").asText(), g.get("date").asText()));

    out.println("\nexamples (every " + Math.max(1, groups.size() / Math.max(1, examples)) + "th group; similarity to the first):");
    for (int i = 0; i < groups.size() && examples > 0; i += Math.max(1, groups.size() / examples)) {
      JsonNode group = groups.get(i);
      String lead = body(group.get("id").asText());
      out.printf(Locale.ROOT, "  [%s] %s | %s%n", group.get("id").asText(), group.get("title").asText(), shorten(lead));
      for (JsonNode other : group.get("similar")) {
        String text = body(other.get("id").asText());
        double similarity = signature(lead).similarity(signature(text));
        out.printf(Locale.ROOT, "    %.2f [%s] %s | %s%n", similarity, other.get("id").asText(), other.get("title").asText(),
            shorten(text));
      }
    }
  }

  /** Time to walk every article page by page without grouping, for comparison. */
  private double ungroupedWalkSeconds() throws IOException {
    long started = System.nanoTime();
    String cursor = null;
    do {
      JsonNode page = get("/api/search?group=false&size=" + PAGE
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return (System.nanoTime() - started) / 1e9;
  }

  private static NearDuplicateSignature signature(String text) {
    return NearDuplicateSignature.of(text).orElseThrow();
  }

  /** The text the signature was computed from: the body, or the title when there is none. */
  private String body(String id) throws IOException {
    JsonNode article = get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    String body = article.get("body").asText();
    return NearDuplicateSignature.of(body).isPresent() ? body : article.get("title").asText();
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…";
  }

  private JsonNode get(String pathAndQuery) throws IOException {
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

}
