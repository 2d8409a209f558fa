package dev.newssearch.search;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link SuggestionIndex} for the live view of the index: each view that opens (a new
 * generation or a new commit) gets one, built on a background thread, so suggestions always come
 * from what is searched and requests never wait for a build.
 *
 * <p>Until the build for a view is done, a request on it gets the index of the previous view of the
 * same generation (after an incremental update, at most one update behind), or else none: never
 * another generation's titles and words, and never a wait, since a build of a large archive takes
 * seconds and a suggestion is asked for at every keystroke. Views that are replaced before their
 * build starts are skipped.
 *
 * <p>The first build waits until suggestions are first asked for ({@link #forView}: a suggestion
 * request, or a search that looks for typos) or {@link #FIRST_BUILD_DELAY_MILLIS} have passed,
 * whichever comes first: at start the build would otherwise compete for the cores with opening the
 * server and answering its first query (at 100,000 articles it takes more CPU than both together).
 */
final class SuggestionIndexes implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SuggestionIndexes.class);
  /** Longest wait of the first build for suggestions to be asked for: past a server's start. */
  static final long FIRST_BUILD_DELAY_MILLIS = 3_000;
  /** Longest wait of a close for a build under way to give up. */
  static final long CLOSE_WAIT_MILLIS = 2_000;

  private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "suggestion-builder");
    thread.setDaemon(true);
    return thread;
  });
  /** The view whose build is the one to run; older views still queued are skipped. */
  private final AtomicReference<IndexReader.CacheKey> latest = new AtomicReference<>();
  /** The last index built; the previous one goes when no request holds it any more. */
  private volatile SuggestionIndex ready;
  private volatile boolean closed;
  /** Opened by the first request for suggestions (or a close): the first build need wait no longer. */
  private final CountDownLatch asked = new CountDownLatch(1);
  /** When the first build starts even if nobody asked; set when the first view opens. */
  private volatile long firstBuildAt;

  /** Starts building the suggestions of a view that has just opened ({@link LiveIndex#addOpenListener}). */
  void opened(IndexSnapshot snapshot) {
    IndexReader reader = snapshot.getIndexReader();
    if (!reader.tryIncRef()) {
      return; // already closed: a newer view replaced it
    }
    IndexReader.CacheKey view = reader.getReaderCacheHelper().getKey();
    if (firstBuildAt == 0) {
      firstBuildAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FIRST_BUILD_DELAY_MILLIS);
    }
    latest.set(view);
    try {
      builder.execute(() -> build(snapshot, view));
    } catch (RejectedExecutionException closed) {
      decRef(reader);
    }
  }

  private void build(IndexSnapshot snapshot, IndexReader.CacheKey view) {
    IndexReader reader = snapshot.getIndexReader();
    try {
      if (ready == null) {
        asked.await(Math.max(0, firstBuildAt - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
      if (closed || latest.get() != view) {
        return; // closed, or a newer view opened meanwhile: build that one instead
      }
      long started = System.nanoTime();
      SuggestionIndex index = SuggestionIndex.build(snapshot, () -> closed);
      ready = index;
      LOG.debug("suggestions of {} built in {} ms ({} words)", snapshot.generation(),
          (System.nanoTime() - started) / 1_000_000, index.words().size());
    } catch (InterruptedException | CancellationException e) {
      // closed: nothing more to build
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not build the suggestions of {}: {}", snapshot.generation(), e.toString());
    } finally {
      decRef(reader);
    }
  }

  /** The suggestions for a view, when they are ready (see the class comment). */
  Optional<SuggestionIndex> forView(IndexSnapshot snapshot) {
    asked.countDown();
    SuggestionIndex current = ready;
    boolean usable = current != null && (current.view() == snapshot.getIndexReader().getReaderCacheHelper().getKey()
        || current.generation().equals(snapshot.generation()));
    return usable ? Optional.of(current) : Optional.empty();
  }

  private static void decRef(IndexReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      LOG.warn("could not release a view: {}", e.toString());
    }
  }

  /**
   * Stops building: builds still queued run only to release their view, and one under way gives up
   * at its next check, waited for up to {@link #CLOSE_WAIT_MILLIS}. A build left running past a
   * JVM's exit has crashed it (JDK 25) while it wrote its class-data archive, leaving a truncated one.
   */
  @Override
  public void close() {
    closed = true;
    asked.countDown();
    builder.shutdown();
    try {
      builder.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
