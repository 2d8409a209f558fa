package dev.newssearch.search;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link SuggestionIndex} for the live view of the index: each view that opens (a new
 * generation or a new commit) gets one, built on a background thread, so suggestions always come
 * from what is searched and queries never wait for a build for long.
 *
 * <p>Until the build for a view is done, a request on it gets the index of the previous view of the
 * same generation (after an incremental update, at most one update behind), or else waits up to
 * {@link #WAIT_MILLIS} for the build and otherwise has no suggestions: never another generation's
 * titles and words. Views that are replaced before their build starts are skipped.
 */
final class SuggestionIndexes implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SuggestionIndexes.class);

  /** How long a request on a new generation waits for its suggestions at most. */
  static final long WAIT_MILLIS = 200;

  private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "suggestion-builder");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicReference<Build> latest = new AtomicReference<>();
  /** The last index built; the previous one goes when no request holds it any more. */
  private volatile SuggestionIndex ready;

  private record Build(IndexReader.CacheKey view, CompletableFuture<SuggestionIndex> result) {}

  /** Starts building the suggestions of a view that has just opened ({@link LiveIndex#addOpenListener}). */
  void opened(IndexSnapshot snapshot) {
    IndexReader reader = snapshot.getIndexReader();
    if (!reader.tryIncRef()) {
      return; // already closed: a newer view replaced it
    }
    Build build = new Build(reader.getReaderCacheHelper().getKey(), new CompletableFuture<>());
    latest.set(build);
    try {
      builder.execute(() -> build(snapshot, build));
    } catch (RejectedExecutionException closed) {
      build.result().complete(null);
      decRef(reader);
    }
  }

  private void build(IndexSnapshot snapshot, Build build) {
    IndexReader reader = snapshot.getIndexReader();
    try {
      if (latest.get() != build) {
        build.result().complete(null); // a newer view opened meanwhile: build that one instead
        return;
      }
      long started = System.nanoTime();
      SuggestionIndex index = SuggestionIndex.build(snapshot);
      ready = index;
      build.result().complete(index);
      LOG.debug("suggestions of {} built in {} ms ({} words)", snapshot.generation(),
          (System.nanoTime() - started) / 1_000_000, index.words().size());
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not build the suggestions of {}: {}", snapshot.generation(), e.toString());
      build.result().complete(null);
    } finally {
      decRef(reader);
    }
  }

  /** The suggestions for a view, when they are ready (see the class comment). */
  Optional<SuggestionIndex> forView(IndexSnapshot snapshot) {
    IndexReader.CacheKey view = snapshot.getIndexReader().getReaderCacheHelper().getKey();
    SuggestionIndex current = ready;
    if (current != null && (current.view() == view || current.generation().equals(snapshot.generation()))) {
      return Optional.of(current);
    }
    Build build = latest.get();
    if (build == null || build.view() != view) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(build.result().get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static void decRef(IndexReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      LOG.warn("could not release a view: {}", e.toString());
    }
  }

  @Override
  public void close() {
    builder.shutdownNow();
  }
}
