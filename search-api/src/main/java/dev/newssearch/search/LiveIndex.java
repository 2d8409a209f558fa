package dev.newssearch.search;

import dev.newssearch.index.IndexGenerations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a searcher open on the live generation of an index folder and follows it: new commits to
 * the generation (incremental updates) are picked up by refreshing, and a switch of {@code CURRENT}
 * to a new generation (full reindex) by opening the new one and retiring the old. Queries acquire a
 * snapshot and release it; a query in flight during a switch finishes on the snapshot it started
 * with, because the old readers close only when their last user releases them.
 */
public final class LiveIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  private final IndexGenerations generations;
  private final ScheduledExecutorService refresher;
  private volatile Opened opened;
  private final AtomicLong switches = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final List<Consumer<IndexSnapshot>> openListeners = new CopyOnWriteArrayList<>();

  /**
   * Opens the live generation, if any, and checks for changes every {@code refreshMillis}.
   *
   * @param generations the index folder
   * @param refreshMillis how often to look for a new commit or generation
   */
  public LiveIndex(IndexGenerations generations, long refreshMillis) {
    this.generations = generations;
    refreshQuietly();
    this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "index-refresher");
      thread.setDaemon(true);
      return thread;
    });
    refresher.scheduleWithFixedDelay(this::refreshQuietly, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Acquires the current snapshot; release it with {@link #release}.
   *
   * @throws IndexUnavailableException when no index has been published
   */
  public IndexSnapshot acquire() {
    for (int attempt = 0; attempt < 100; attempt++) {
      Opened current = opened;
      if (current == null) {
        throw new IndexUnavailableException("no index has been built yet at " + generations.root(), null);
      }
      try {
        return (IndexSnapshot) current.manager.acquire();
      } catch (AlreadyClosedException e) {
        Thread.onSpinWait(); // a switch retired this generation between the read and the acquire
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot open the index: " + e.getMessage(), e);
      }
    }
    throw new IndexUnavailableException("the index is switching generations; try again", null);
  }

  /**
   * Tells {@code listener} of every snapshot opened from now on (a new generation or a new commit),
   * before queries see it, and at once of the current one. It runs on the refreshing thread and must
   * return quickly: slow work (building suggesters) belongs on another thread, which must
   * {@code tryIncRef} the snapshot's reader to keep it open while it works.
   */
  public void addOpenListener(Consumer<IndexSnapshot> listener) {
    openListeners.add(listener);
    if (opened != null) {
      IndexSnapshot current;
      try {
        current = acquire();
      } catch (IndexUnavailableException e) {
        return; // closed meanwhile: nothing to tell
      }
      try {
        listener.accept(current);
      } finally {
        release(current);
      }
    }
  }

  /** Releases a snapshot taken with {@link #acquire}. */
  public void release(IndexSnapshot snapshot) {
    try {
      snapshot.getIndexReader().decRef();
    } catch (IOException e) {
      LOG.warn("could not release a searcher: {}", e.toString());
    }
  }

  /** The name of the generation being searched, if one is open. */
  public Optional<String> generation() {
    Opened current = opened;
    return current == null ? Optional.empty() : Optional.of(current.generation);
  }

  /** Looks for a new generation or commit now, instead of waiting for the next scheduled check. */
  public synchronized void refresh() throws IOException {
    Optional<String> live = generations.live();
    Opened current = opened;
    if (live.isEmpty()) {
      return;
    }
    if (current != null && current.generation.equals(live.get())) {
      current.manager.maybeRefresh();
      return;
    }
    Directory dir = FSDirectory.open(generations.folder(live.get()));
    String generation = live.get();
    SearcherManager manager;
    try {
      manager = new SearcherManager(dir, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSnapshot snapshot = new IndexSnapshot(reader, generation);
          openListeners.forEach(listener -> listener.accept(snapshot));
          return snapshot;
        }
      });
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    manager.addListener(new ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {}

      @Override
      public void afterRefresh(boolean didRefresh) {
        if (didRefresh) {
          commits.incrementAndGet();
        }
      }
    });
    opened = new Opened(generation, manager);
    if (current != null) {
      switches.incrementAndGet();
      current.close();
      LOG.info("switched to generation {}", generation); // the first open is no news; a switch is
    }
  }

  /** Size of the live generation on disk and how often the index changed under this server. */
  public IndexUsage usage() {
    Opened current = opened;
    long bytes = 0;
    if (current != null) {
      try (Stream<Path> files = Files.list(generations.folder(current.generation))) {
        bytes = files.mapToLong(LiveIndex::sizeOf).sum();
      } catch (IOException e) {
        LOG.debug("cannot list {}: {}", current.generation, e.toString());
      }
    }
    return new IndexUsage(bytes, switches.get(), commits.get());
  }

  /** A file's size, or 0 when a merge deleted it while we looked. */
  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("index refresh failed, still serving the previous view: {}", e.toString());
    }
  }

  @Override
  public synchronized void close() {
    refresher.shutdownNow();
    Opened current = opened;
    opened = null;
    if (current != null) {
      current.close();
    }
  }

  /** An open generation. */
  private record Opened(String generation, SearcherManager manager) {
    void close() {
      try {
        // Readers still acquired by queries stay open until their last release. The Directory is
        // left to the garbage collector: closing it is a no-op for file-system directories.
        manager.close();
      } catch (IOException e) {
        LOG.warn("could not close generation {}: {}", generation, e.toString());
      }
    }
  }
}
