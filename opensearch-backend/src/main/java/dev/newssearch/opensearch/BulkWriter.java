package dev.newssearch.opensearch;

import dev.newssearch.article.Article;
import dev.newssearch.read.ReadProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Writes articles into one concrete index through the bulk API, in batches: the one write path of a
 * reindex and of an update. A batch the cluster cannot take now (unreachable, or rejecting work with
 * 429) is sent again after a growing pause; an operation the cluster refuses (a mapping error, an id
 * too long) is reported as a skipped article and never fails the run.
 *
 * <p>Filled by one reading thread. A batch sent while reading may fail for good; since the reading
 * callbacks cannot throw, that failure is kept and thrown by {@link #failure()}, and later
 * operations are dropped.
 */
final class BulkWriter {

  /** Operations per bulk request: a few megabytes of news text. */
  static final int BATCH_SIZE = 500;
  /** Attempts of one batch before the run fails; with the pauses below, about half a minute. */
  static final int MAX_ATTEMPTS = 6;
  /** The pause before the first retry; doubled before each next one. */
  static final long FIRST_BACKOFF_MILLIS = 500;

  private final OpenSearchClient client;
  private final String index;
  private final List<ReadProblem> problems;
  private final List<Operation> pending = new ArrayList<>(BATCH_SIZE);
  private IOException failure;

  /**
   * @param client the cluster
   * @param index the concrete index written (not an alias: an update must not follow a swap)
   * @param problems where refused operations are reported
   */
  BulkWriter(OpenSearchClient client, String index, List<ReadProblem> problems) {
    this.client = client;
    this.index = index;
    this.problems = problems;
  }

  /**
   * Queues the document of an enriched article, which replaces any of the same id.
   *
   * @param hash the content hash of the article as read
   * @param written run once the cluster has the document
   */
  void index(Article article, String hash, Runnable written) {
    queue(new Operation(article.id(), article.path(), OpenSearchSchema.document(article, hash), written));
  }

  /**
   * Queues the deletion of an article.
   *
   * @param path the file it was read from, for the report should the cluster refuse
   * @param deleted run once the cluster has deleted it (or found it gone already)
   */
  void delete(String id, String path, Runnable deleted) {
    queue(new Operation(id, path, null, deleted));
  }

  private void queue(Operation operation) {
    if (failure != null) {
      return;
    }
    pending.add(operation);
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

  /** Sends what is queued, then throws the failure of any batch. */
  void flush() throws IOException {
    failure();
    List<Operation> batch = List.copyOf(pending);
    pending.clear();
    for (int attempt = 1; !batch.isEmpty(); attempt++) {
      List<Operation> retry = send(batch, attempt);
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
   * @return the operations to send again: all of them when the request failed as a whole (the
   *     cluster unreachable or overloaded), else those the cluster turned away for now (429)
   */
  private List<Operation> send(List<Operation> batch, int attempt) throws IOException {
    List<BulkOperation> operations = new ArrayList<>(batch.size());
    for (Operation operation : batch) {
      operations.add(operation.document() == null
          ? BulkOperation.of(op -> op.delete(d -> d.index(index).id(operation.id())))
          : BulkOperation.of(op -> op.index(i -> i.index(index).id(operation.id()).document(operation.document()))));
    }
    BulkResponse response;
    try {
      response = client.bulk(b -> b.operations(operations));
    } catch (OpenSearchException e) {
      if (e.status() == 400) {
        return refusedRequest(batch, attempt, e);
      }
      return retryOrFail(batch, attempt, e);
    } catch (IOException e) {
      return retryOrFail(batch, attempt, e);
    }
    List<Operation> retry = new ArrayList<>();
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      Operation operation = batch.get(i);
      // A deletion of an article already gone answers 404 without an error: the wanted end state.
      if (item.error() == null) {
        operation.done().run();
      } else if (item.status() == 429) {
        retry.add(operation);
      } else {
        refused(operation, item.error().type() + ": " + item.error().reason());
      }
    }
    return retry;
  }

  /**
   * A bulk request refused as a whole (400): one of its documents fails the request's validation
   * (an id over 512 bytes, say). Halves are sent apart until the culprits stand alone and are
   * reported; the others go in.
   */
  private List<Operation> refusedRequest(List<Operation> batch, int attempt, OpenSearchException e) throws IOException {
    if (batch.size() == 1) {
      refused(batch.get(0), e.error() == null ? e.getMessage() : e.error().type() + ": " + e.error().reason());
      return List.of();
    }
    List<Operation> retry = new ArrayList<>(send(batch.subList(0, batch.size() / 2), attempt));
    retry.addAll(send(batch.subList(batch.size() / 2, batch.size()), attempt));
    return retry;
  }

  private static List<Operation> retryOrFail(List<Operation> batch, int attempt, Exception e) throws IOException {
    if (attempt >= MAX_ATTEMPTS) {
      throw e instanceof IOException io ? io : new IOException("OpenSearch refused a batch: " + e.getMessage(), e);
    }
    return batch;
  }

  private void refused(Operation operation, String reason) {
    problems.add(ReadProblem.skipped(operation.path(), null, "OpenSearch refused "
        + (operation.document() == null ? "to delete " : "") + "article '" + abbreviate(operation.id()) + "': " + reason));
  }

  /** An id as a report line shows it: a refused id may be far too long to print. */
  private static String abbreviate(String id) {
    return id.length() <= 80 ? id : id.substring(0, 77) + "…";
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(FIRST_BACKOFF_MILLIS << (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    }
  }

  /**
   * One write.
   *
   * @param path the file the article was read from
   * @param document the document to index, or {@code null} to delete the article
   * @param done run when the cluster has applied it
   */
  private record Operation(String id, String path, Map<String, Object> document, Runnable done) {}
}
