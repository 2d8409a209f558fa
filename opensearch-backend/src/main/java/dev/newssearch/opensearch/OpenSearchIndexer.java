package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.article.Article;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
import dev.newssearch.index.UnreadPaths;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ArticleSink;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.read.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.update_aliases.Action;

/**
 * Writes the OpenSearch index from a folder of article files: a full {@link #reindex} into a new
 * index, or an incremental {@link #update} of the live one. Reading and enrichment are ours, as for
 * the embedded index; the enriched articles go in through the bulk API ({@link BulkWriter}: batches,
 * retries with back-off, refused documents reported as skipped articles).
 *
 * <p>A reindex writes a new index, and only when every batch is in does one atomic alias update make
 * it live, so searches never see a half-built index; the indexes the alias named before are then
 * deleted. An update writes into the index the alias names, as the embedded update writes into the
 * live generation.
 */
public final class OpenSearchIndexer {

  /** Stored articles read per page when an update compares them with the input. */
  static final int STORED_PAGE = 10_000;

  private static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

  private final OpenSearchConnection connection;
  private final ArticleFiles files;
  private final Enricher enricher;
  private final int shards;
  private final int replicas;

  /**
   * @param connection the cluster and the alias of the live index
   * @param files how input files are found and read
   * @param enricher how articles are enriched
   * @param shards primary shards of an index a reindex creates
   * @param replicas copies of each shard
   */
  public OpenSearchIndexer(OpenSearchConnection connection, ArticleFiles files, Enricher enricher, int shards, int replicas) {
    this.connection = connection;
    this.files = files;
    this.enricher = enricher;
    this.shards = shards;
    this.replicas = replicas;
  }

  /**
   * Indexes every article of {@code input} into a new index and makes it live under the alias.
   *
   * @return what was done; {@code generation} is the new index's name
   * @throws IOException when the input cannot be listed or the cluster fails; the alias then still
   *     names the index it named before, and the new one is deleted
   */
  public IndexReport reindex(Path input, Progress progress) throws IOException {
    long started = System.nanoTime();
    List<ReadProblem> problems = new ArrayList<>();
    List<SourceFile> sources = files.list(input, problems);
    progress.started("reindex", sources.size());
    OpenSearchClient client = connection.client();
    String index = connection.alias() + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(INDEX_SUFFIX);
    createIndex(index);
    BulkWriter writer = new BulkWriter(client, index, problems);
    Counts counts = new Counts();
    Map<String, String> seen = new HashMap<>();
    try {
      readAll(sources, problems, progress, writer, article -> {
        counts.read++;
        String first = seen.putIfAbsent(article.id(), article.path());
        if (first != null) {
          problems.add(ReadProblem.skipped(article.path(), null, "duplicate article id '" + article.id() + "', first read from " + first));
          return;
        }
        Article enriched = enrich(article, problems);
        if (enriched != null) {
          // The hash of the article as read, as the embedded index stores it: an update compares it before enriching.
          writer.index(enriched, Indexer.hash(article), () -> {
            counts.added++;
            progress.articleDone();
          });
        }
      });
      writer.flush();
      progress.committing();
      client.indices().refresh(r -> r.index(index));
      List<String> previous = swapAlias(index);
      if (!previous.isEmpty()) {
        client.indices().delete(d -> d.index(previous));
      }
    } catch (OpenSearchException e) {
      deleteQuietly(index);
      throw new IOException("OpenSearch refused: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(index);
      throw e;
    }
    IndexReport report = new IndexReport("reindex", index, sources.size(), counts.read, counts.added, 0, 0, 0,
        List.copyOf(problems), (System.nanoTime() - started) / 1_000_000, false);
    progress.finished(report);
    return report;
  }

  /**
   * Applies the changes in {@code input} to the index the alias names, by the embedded update's
   * rules: adds new articles, replaces those whose content hash changed, and deletes those whose file
   * is gone or no longer holds them; articles of a file (or folder) that could not be read, wholly or
   * in part, this time are kept (see {@link UnreadPaths}). The index is refreshed at the end, so
   * searches see every change once this returns.
   *
   * <p>Unlike a reindex, an update changes the live index as it goes: a run that fails part way has
   * applied the batches sent before the failure. Running it again completes the rest.
   *
   * @param dryRun count what would change without writing
   * @return what was (or would be) done; {@code generation} is the index written
   * @throws IOException when the alias names no index, the input cannot be listed or the cluster fails
   */
  public IndexReport update(Path input, boolean dryRun, Progress progress) throws IOException {
    long started = System.nanoTime();
    OpenSearchClient client = connection.client();
    try {
      String index = liveIndex();
      List<ReadProblem> problems = new ArrayList<>();
      List<SourceFile> sources = files.list(input, problems);
      progress.started("update", sources.size());
      Map<String, Stored> existing = storedArticles(index);
      BulkWriter writer = new BulkWriter(client, index, problems);
      Counts counts = new Counts();
      Set<String> seen = new HashSet<>();
      readAll(sources, problems, progress, writer, article -> {
        if (!seen.add(article.id())) {
          problems.add(ReadProblem.skipped(article.path(), null, "duplicate article id '" + article.id() + "'"));
          return;
        }
        String hash = Indexer.hash(article);
        Stored before = existing.get(article.id());
        if (before != null && before.hash().equals(hash)) {
          counts.unchanged++;
          progress.articleDone();
          return;
        }
        if (dryRun) {
          counts.changed(before == null);
          progress.articleDone();
          return;
        }
        Article enriched = enrich(article, problems);
        if (enriched != null) {
          writer.index(enriched, hash, () -> {
            counts.changed(before == null);
            progress.articleDone();
          });
        }
      });
      UnreadPaths unread = UnreadPaths.of(problems);
      for (Map.Entry<String, Stored> entry : existing.entrySet()) {
        if (!seen.contains(entry.getKey()) && !unread.covers(entry.getValue().path())) {
          if (dryRun) {
            counts.deleted++;
          } else {
            writer.delete(entry.getKey(), entry.getValue().path(), () -> counts.deleted++);
          }
        }
      }
      if (!dryRun) {
        writer.flush();
        progress.committing();
        client.indices().refresh(r -> r.index(index));
      }
      List<ReadProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing(ReadProblem::path));
      IndexReport report = new IndexReport("update", index, sources.size(), counts.added + counts.replaced + counts.unchanged,
          counts.added, counts.replaced, counts.unchanged, counts.deleted, List.copyOf(sorted),
          (System.nanoTime() - started) / 1_000_000, dryRun);
      progress.finished(report);
      return report;
    } catch (OpenSearchException e) {
      throw new IOException("OpenSearch refused: " + e.getMessage(), e);
    }
  }

  /** Reads every file, handing each article to {@code handler}, and stops at the first batch that failed for good. */
  private void readAll(List<SourceFile> sources, List<ReadProblem> problems, Progress progress, BulkWriter writer,
      Consumer<Article> handler) throws IOException {
    for (SourceFile source : sources) {
      files.read(source, new ArticleSink() {
        @Override
        public void article(Article article) {
          handler.accept(article);
        }

        @Override
        public void problem(ReadProblem problem) {
          problems.add(problem);
        }
      });
      writer.failure();
      progress.fileDone();
    }
  }

  /** The enriched article, or {@code null} when an enricher failed on it, which is then reported. */
  private Article enrich(Article article, List<ReadProblem> problems) {
    try {
      return enricher.enrich(article);
    } catch (RuntimeException e) {
      // One article that trips an enricher bug must not sink the run; it is reported instead.
      problems.add(ReadProblem.skipped(article.path(), null, "could not enrich article '" + article.id() + "': " + e));
      return null;
    }
  }

  /**
   * The one index the alias names.
   *
   * @throws IOException when it names none (no reindex yet) or several
   */
  private String liveIndex() throws IOException {
    String alias = connection.alias();
    OpenSearchClient client = connection.client();
    if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
      throw new IOException("no index behind the alias '" + alias + "' on the cluster yet: run reindex first");
    }
    Set<String> indexes = client.indices().getAlias(g -> g.name(alias)).result().keySet();
    if (indexes.size() != 1) {
      throw new IOException("the alias '" + alias + "' names " + indexes.size() + " indexes " + new TreeSet<>(indexes)
          + "; an update writes into one: run reindex, which points the alias at one new index");
    }
    return indexes.iterator().next();
  }

  /**
   * Id, content hash and path of every article in {@code index}, read in pages sorted by id
   * ({@code search_after}), with only those two fields of each source.
   */
  private Map<String, Stored> storedArticles(String index) throws IOException {
    Map<String, Stored> stored = new HashMap<>();
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      SearchResponse<JsonNode> response = connection.client().search(s -> {
        s.index(index).size(STORED_PAGE).trackTotalHits(t -> t.enabled(false))
            .sort(o -> o.field(f -> f.field(ArticleSchema.ID).order(SortOrder.Asc)))
            .source(src -> src.filter(f -> f.includes(ArticleSchema.HASH, ArticleSchema.PATH)));
        if (from != null) {
          s.searchAfter(from);
        }
        return s;
      }, JsonNode.class);
      List<Hit<JsonNode>> hits = response.hits().hits();
      for (Hit<JsonNode> hit : hits) {
        stored.put(hit.id(), new Stored(hit.source().path(ArticleSchema.HASH).asText(""), hit.source().path(ArticleSchema.PATH).asText("")));
      }
      if (hits.size() < STORED_PAGE) {
        return stored;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private void createIndex(String index) throws IOException {
    try (Response response = connection.client().generic().execute(Requests.builder()
        .method("PUT").endpoint("/" + index).json(OpenSearchSchema.indexBody(shards, replicas)).build())) {
      if (response.getStatus() != 200) {
        throw new IOException("could not create index " + index + ": " + response.getStatus() + " "
            + response.getBody().map(body -> body.bodyAsString()).orElse(""));
      }
    }
  }

  /**
   * Points the alias at {@code index} alone, in one atomic update.
   *
   * @return the indexes it named before
   */
  private List<String> swapAlias(String index) throws IOException {
    String alias = connection.alias();
    OpenSearchClient client = connection.client();
    List<String> previous = new ArrayList<>();
    if (client.indices().existsAlias(e -> e.name(alias)).value()) {
      previous.addAll(client.indices().getAlias(g -> g.name(alias)).result().keySet());
    }
    List<Action> actions = new ArrayList<>();
    for (String old : previous) {
      actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
    }
    actions.add(Action.of(a -> a.add(add -> add.index(index).alias(alias))));
    client.indices().updateAliases(u -> u.actions(actions));
    return previous;
  }

  private void deleteQuietly(String index) {
    try {
      connection.client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
    } catch (IOException | RuntimeException e) {
      // The run failed already; that error is the one to report. The index is unused and named as ours.
    }
  }

  /** What the index holds of an article. */
  private record Stored(String hash, String path) {}

  /** What a run did; one reading thread counts. */
  private static final class Counts {
    int read;
    int added;
    int replaced;
    int unchanged;
    int deleted;

    void changed(boolean isNew) {
      if (isNew) {
        added++;
      } else {
        replaced++;
      }
    }
  }
}
