package dev.newssearch.opensearch;

import dev.newssearch.article.Article;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.update_aliases.Action;

/**
 * Rebuilds the OpenSearch index from a folder of article files. Reading and enrichment are ours, as
 * for the embedded index; the enriched articles go in through the bulk API into a new index, and
 * only when every batch is in does one atomic alias update make it live, so searches never see a
 * half-built index. The indexes the alias named before are then deleted.
 *
 * <p>A batch the cluster cannot take now (unreachable, or rejecting work with 429) is sent again
 * after a growing pause; a document the cluster refuses (a mapping error, an id too long) is
 * reported as a skipped article, never fails the run.
 */
public final class OpenSearchIndexer {

  /** Articles per bulk request: a few megabytes of news text. */
  static final int BATCH_SIZE = 500;
  /** Attempts of one batch before the run fails; with the pauses below, about half a minute. */
  static final int MAX_ATTEMPTS = 6;
  /** The pause before the first retry; doubled before each next one. */
  static final long FIRST_BACKOFF_MILLIS = 500;

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
   * @param shards primary shards of the new index
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
    Batches batches = new Batches(index, problems, progress);
    try {
      for (SourceFile source : sources) {
        files.read(source, new ArticleSink() {
          @Override
          public void article(Article article) {
            batches.add(article);
          }

          @Override
          public void problem(ReadProblem problem) {
            problems.add(problem);
          }
        });
        batches.failure();
        progress.fileDone();
      }
      batches.flush();
      batches.failure();
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
    IndexReport report = new IndexReport("reindex", index, sources.size(), batches.read, batches.added, 0, 0, 0,
        List.copyOf(problems), (System.nanoTime() - started) / 1_000_000, false);
    progress.finished(report);
    return report;
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

  /** An id as a report line shows it: a refused id may be far too long to print. */
  private static String abbreviate(String id) {
    return id.length() <= 80 ? id : id.substring(0, 77) + "…";
  }

  private void deleteQuietly(String index) {
    try {
      connection.client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
    } catch (IOException | RuntimeException e) {
      // The run failed already; that error is the one to report. The index is unused and named as ours.
    }
  }

  /** The articles read so far, sent in batches; one reading thread fills it. */
  private final class Batches {
    private final String index;
    private final List<ReadProblem> problems;
    private final Progress progress;
    private final Map<String, String> seen = new HashMap<>();
    private final List<Article> pending = new ArrayList<>(BATCH_SIZE);
    private IOException failure;
    int read;
    int added;

    Batches(String index, List<ReadProblem> problems, Progress progress) {
      this.index = index;
      this.problems = problems;
      this.progress = progress;
    }

    void add(Article article) {
      if (failure != null) {
        return;
      }
      read++;
      String first = seen.putIfAbsent(article.id(), article.path());
      if (first != null) {
        problems.add(ReadProblem.skipped(article.path(), null, "duplicate article id '" + article.id() + "', first read from " + first));
        return;
      }
      try {
        pending.add(enricher.enrich(article));
      } catch (RuntimeException e) {
        // One article that trips an enricher bug must not sink the run; it is reported instead.
        problems.add(ReadProblem.skipped(article.path(), null, "could not enrich article '" + article.id() + "': " + e));
        return;
      }
      if (pending.size() >= BATCH_SIZE) {
        try {
          flush();
        } catch (IOException e) {
          failure = e;
        }
      }
    }

    /** Throws the failure of a batch sent while reading, if any. */
    void failure() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    void flush() throws IOException {
      List<Article> batch = List.copyOf(pending);
      pending.clear();
      for (int attempt = 1; !batch.isEmpty(); attempt++) {
        List<Article> retry = send(batch, attempt);
        if (!retry.isEmpty() && attempt >= MAX_ATTEMPTS) {
          throw new IOException("OpenSearch kept rejecting " + retry.size() + " articles after " + MAX_ATTEMPTS + " attempts");
        }
        if (!retry.isEmpty()) {
          pause(attempt);
        }
        batch = retry;
      }
    }

    /**
     * Sends one bulk request.
     *
     * @return the articles to send again: all of them when the request failed as a whole (the cluster
     *     unreachable or overloaded), else those the cluster turned away for now (429)
     */
    private List<Article> send(List<Article> batch, int attempt) throws IOException {
      List<BulkOperation> operations = new ArrayList<>(batch.size());
      for (Article article : batch) {
        Map<String, Object> document = OpenSearchSchema.document(article, Indexer.hash(article));
        operations.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(article.id()).document(document))));
      }
      BulkResponse response;
      try {
        response = connection.client().bulk(b -> b.operations(operations));
      } catch (OpenSearchException e) {
        if (e.status() == 400) {
          return refusedRequest(batch, attempt, e);
        }
        return retryOrFail(batch, attempt, e);
      } catch (IOException e) {
        return retryOrFail(batch, attempt, e);
      }
      List<Article> retry = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        Article article = batch.get(i);
        if (item.error() == null) {
          added++;
          progress.articleDone();
        } else if (item.status() == 429) {
          retry.add(article);
        } else {
          refused(article, item.error().type() + ": " + item.error().reason());
        }
      }
      return retry;
    }

    /**
     * A bulk request refused as a whole (400): one of its documents fails the request's validation
     * (an id over 512 bytes, say). Halves are sent apart until the culprits stand alone and are
     * reported; the others go in.
     */
    private List<Article> refusedRequest(List<Article> batch, int attempt, OpenSearchException e) throws IOException {
      if (batch.size() == 1) {
        refused(batch.get(0), e.error() == null ? e.getMessage() : e.error().type() + ": " + e.error().reason());
        return List.of();
      }
      List<Article> retry = new ArrayList<>(send(batch.subList(0, batch.size() / 2), attempt));
      retry.addAll(send(batch.subList(batch.size() / 2, batch.size()), attempt));
      return retry;
    }

    private List<Article> retryOrFail(List<Article> batch, int attempt, Exception e) throws IOException {
      if (attempt >= MAX_ATTEMPTS) {
        throw e instanceof IOException io ? io : new IOException("OpenSearch refused a batch: " + e.getMessage(), e);
      }
      return batch;
    }

    private void refused(Article article, String reason) {
      problems.add(ReadProblem.skipped(article.path(), null, "OpenSearch refused article '" + abbreviate(article.id()) + "': " + reason));
    }

    private void pause(int attempt) throws IOException {
      try {
        Thread.sleep(FIRST_BACKOFF_MILLIS << (attempt - 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("indexing interrupted", e);
      }
    }
  }
}
