package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
import dev.newssearch.index.RebuildShape;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.search.QueryBudget;
import dev.newssearch.semantic.SemanticIndexing;
import dev.newssearch.server.ApiServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Measures ranking quality on the TIME test collection (423 articles, 83 natural-language topics,
 * binary relevance judgments) and prints one table: our engine through its REST API in the default
 * search-box mode (on an index built without and with embeddings), beside plain Lucene computed in
 * the same run.
 *
 * <ul>
 *   <li><b>news-search</b>: the articles are indexed by our {@link Indexer} into a temporary folder,
 *       our server is started on a free loopback port, and every topic is sent as it is written to
 *       {@code GET /api/search?q=TOPIC&size=100}; the ranked ids of the answer are scored. This is
 *       done twice: on an index built by a plain reindex, and on one built with embeddings
 *       ({@code reindex --semantic}), where the same requests are re-ranked by meaning.
 *   <li><b>plain Lucene</b>: the same articles in an in-memory index with {@link EnglishAnalyzer}
 *       and BM25 over title and body; each topic is the OR of its words over both fields.
 * </ul>
 *
 * <p>Figures: MAP over the top 100, nDCG@10 (binary gains, log2 discount), P@10 and Recall@100,
 * each the mean over all 83 topics (a topic with no hit scores 0). Our figures are also given for
 * the topics with odd and with even ids: with four relevant articles per topic on average, a change
 * that moves a handful of topics moves the mean by as much as a real improvement, and one that
 * holds on both halves is less likely to be such chance.
 */
public final class RankingEvaluation {

  /** Hits fetched per topic. */
  static final int DEPTH = 100;

  /**
   * The time each topic's search may take on our server. The figures measure ranking, not speed:
   * with the server's default budget a topic searched while the machine is busy could answer with
   * the hits of part of the index and lower the figures by chance. A topic that runs out of even
   * this budget fails the run instead of being scored.
   */
  static final QueryBudget QUERY_BUDGET = new QueryBudget(600_000);

  /** Mean figures of one system. */
  public record Figures(double map, double ndcg10, double p10, double recall100) {}

  /**
   * Figures over the topics with odd and with even ids.
   *
   * @param oddTopics how many topics have odd ids
   * @param evenTopics how many have even ids
   */
  public record Halves(Figures odd, int oddTopics, Figures even, int evenTopics) {}

  /**
   * The figures of the systems: ours on an index without and with embeddings, each also over each
   * half of the topics, and plain Lucene.
   */
  public record Result(Figures ours, Halves oursByHalf, Figures oursSemantic, Halves oursSemanticByHalf,
      Figures plainLucene, int topics, int judged) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path timeDir;

  /**
   * @param dataDir the shared data folder, which holds {@code time/}
   */
  public RankingEvaluation(Path dataDir) {
    this.timeDir = dataDir.resolve("time");
  }

  /** Prints the table for the data folder given as the first argument (default {@code ../shared/data}). */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Result result = new RankingEvaluation(data).run();
    print(result, System.out);
  }

  /** Runs both systems over every topic. */
  public Result run() throws IOException {
    Map<String, String> topics = topics();
    Map<String, Set<String>> qrels = qrels();
    List<Article> articles = articles();
    Map<String, List<String>> ours = oursThroughApi(topics, SemanticIndexing.OFF);
    Map<String, List<String>> oursSemantic = oursThroughApi(topics, SemanticIndexing.ON);
    Map<String, List<String>> plain = plainLucene(articles, topics);
    return new Result(score(ours, topics, qrels), halves(ours, topics, qrels),
        score(oursSemantic, topics, qrels), halves(oursSemantic, topics, qrels), score(plain, topics, qrels),
        topics.size(), qrels.values().stream().mapToInt(Set::size).sum());
  }

  static void print(Result r, PrintStream out) {
    out.printf(Locale.ROOT, "Ranking evaluation: TIME collection, %d topics, %d judged relevant pairs%n%n", r.topics(), r.judged());
    out.printf(Locale.ROOT, "%-52s %7s %8s %7s %11s%n", "system", "MAP", "nDCG@10", "P@10", "Recall@100");
    rows(out, "news-search (REST API, default mode)", r.ours(), r.oursByHalf());
    rows(out, "news-search, reindex --semantic (same requests)", r.oursSemantic(), r.oursSemanticByHalf());
    row(out, "plain Lucene (English, BM25, OR)", r.plainLucene());
  }

  private static void rows(PrintStream out, String name, Figures all, Halves halves) {
    row(out, name, all);
    row(out, "  topics with odd ids (" + halves.oddTopics() + ")", halves.odd());
    row(out, "  topics with even ids (" + halves.evenTopics() + ")", halves.even());
  }

  private static void row(PrintStream out, String name, Figures f) {
    out.printf(Locale.ROOT, "%-52s %7.3f %8.3f %7.3f %11.3f%n", name, f.map(), f.ndcg10(), f.p10(), f.recall100());
  }

  // ------------------------------------------------------------------ our engine, over HTTP

  /** Our ranked ids per topic, from an index built as {@code semantic} says. */
  private Map<String, List<String>> oursThroughApi(Map<String, String> topics, SemanticIndexing semantic) throws IOException {
    Path temp = Files.createTempDirectory("ranking-eval");
    try {
      Path input = Files.createDirectories(temp.resolve("input"));
      // Only the articles: the folder also holds the topics and judgments, which are not articles.
      Files.copy(timeDir.resolve("docs.jsonl.gz"), input.resolve("docs.jsonl.gz"));
      IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
      new Indexer(new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()),
          Runtime.getRuntime().availableProcessors(), RebuildShape.forThisProcess(true), semantic)
          .reindex(input, generations, Progress.NONE);
      try (LuceneSearchService service = new LuceneSearchService(new LiveIndex(generations, 60_000), QUERY_BUDGET);
          ApiServer server = new ApiServer(service).start("127.0.0.1", 0)) {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, List<String>> runs = new LinkedHashMap<>();
        for (Map.Entry<String, String> topic : topics.entrySet()) {
          runs.put(topic.getKey(), search(http, server.port(), topic.getValue()));
        }
        return runs;
      }
    } finally {
      Folders.deleteTree(temp);
    }
  }

  private static List<String> search(HttpClient http, int port, String query) throws IOException {
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?size=" + DEPTH + "&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("search answered " + response.statusCode() + ": " + response.body());
    }
    JsonNode page = JSON.readTree(response.body());
    if (page.path("timedOut").asBoolean()) {
      throw new IOException("the search for '" + query + "' ran out of its " + QUERY_BUDGET.millis()
          + " ms budget: its hits would cover part of the index only");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : page.path("hits")) {
      ids.add(hit.path("id").asText());
    }
    return ids;
  }

  // ------------------------------------------------------------------ plain Lucene, in process

  private static Map<String, List<String>> plainLucene(List<Article> articles, Map<String, String> topics)
      throws IOException {
    Analyzer analyzer = new EnglishAnalyzer();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Article a : articles) {
          Document doc = new Document();
          doc.add(new StringField("id", a.id(), Field.Store.YES));
          doc.add(new TextField("title", a.title(), Field.Store.NO));
          doc.add(new TextField("body", a.text(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder builder = new QueryBuilder(analyzer);
        Map<String, List<String>> runs = new LinkedHashMap<>();
        for (Map.Entry<String, String> topic : topics.entrySet()) {
          BooleanQuery.Builder query = new BooleanQuery.Builder();
          for (String field : List.of("title", "body")) {
            Query words = builder.createBooleanQuery(field, topic.getValue(), Occur.SHOULD);
            if (words != null) {
              query.add(words, Occur.SHOULD);
            }
          }
          List<String> ids = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(query.build(), DEPTH).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
          }
          runs.put(topic.getKey(), ids);
        }
        return runs;
      }
    }
  }

  // ------------------------------------------------------------------ scoring

  static Figures score(Map<String, List<String>> runs, Map<String, String> topics, Map<String, Set<String>> qrels) {
    double map = 0;
    double ndcg = 0;
    double p10 = 0;
    double recall = 0;
    for (String qid : topics.keySet()) {
      Set<String> relevant = qrels.getOrDefault(qid, Set.of());
      List<String> ranked = runs.getOrDefault(qid, List.of());
      if (relevant.isEmpty()) {
        continue;
      }
      map += averagePrecision(ranked, relevant);
      ndcg += ndcgAt(ranked, relevant, 10);
      p10 += found(ranked, relevant, 10) / 10.0;
      recall += (double) found(ranked, relevant, DEPTH) / relevant.size();
    }
    int n = topics.size();
    return new Figures(map / n, ndcg / n, p10 / n, recall / n);
  }

  /** The figures of a run over the topics with odd ids and over those with even ids (TIME's ids are numbers). */
  static Halves halves(Map<String, List<String>> runs, Map<String, String> topics, Map<String, Set<String>> qrels) {
    Map<String, String> odd = new LinkedHashMap<>();
    Map<String, String> even = new LinkedHashMap<>();
    topics.forEach((id, text) -> (Integer.parseInt(id) % 2 == 1 ? odd : even).put(id, text));
    return new Halves(score(runs, odd, qrels), odd.size(), score(runs, even, qrels), even.size());
  }

  static double averagePrecision(List<String> ranked, Set<String> relevant) {
    double sum = 0;
    int hits = 0;
    for (int i = 0; i < Math.min(ranked.size(), DEPTH); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  static double ndcgAt(List<String> ranked, Set<String> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(ranked.size(), k); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(relevant.size(), k); i++) {
      ideal += 1 / log2(i + 2);
    }
    return dcg / ideal;
  }

  private static int found(List<String> ranked, Set<String> relevant, int k) {
    int n = 0;
    for (int i = 0; i < Math.min(ranked.size(), k); i++) {
      if (relevant.contains(ranked.get(i))) {
        n++;
      }
    }
    return n;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  // ------------------------------------------------------------------ data

  private record Article(String id, String title, String text) {}

  private Map<String, String> topics() throws IOException {
    Map<String, String> topics = new LinkedHashMap<>();
    for (String line : Files.readAllLines(timeDir.resolve("topics.tsv"), StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        topics.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    }
    return topics;
  }

  /** {@code qid 0 docid 1} lines; the ids are the articles' own {@code id} fields (see the data's README). */
  private Map<String, Set<String>> qrels() throws IOException {
    Map<String, Set<String>> qrels = new LinkedHashMap<>();
    for (String line : Files.readAllLines(timeDir.resolve("qrels.txt"), StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 4 && !f[3].equals("0")) {
        qrels.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
      }
    }
    return qrels;
  }

  private List<Article> articles() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(timeDir.resolve("docs.jsonl.gz"))), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode a = JSON.readTree(line);
          articles.add(new Article(a.path("id").asText(), a.path("title").asText(""), a.path("text").asText("")));
        }
      }
    }
    return articles;
  }

}
