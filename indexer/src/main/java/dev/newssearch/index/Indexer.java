package dev.newssearch.index;

import dev.newssearch.article.Article;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ArticleSink;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.read.SourceFile;
import dev.newssearch.semantic.ArticleEmbedding;
import dev.newssearch.semantic.SemanticIndexing;
import dev.newssearch.semantic.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles into the index: a full {@link #reindex} into a new generation, or an incremental
 * {@link #update} of the live one.
 *
 * <p>Files are read and enriched on all cores and written through one {@link IndexWriter}, which is
 * thread-safe. Nothing is committed until every file has been handled, and a run that fails rolls
 * back: the live generation is never touched by a failed rebuild. A rebuild's segments are laid out
 * as its {@link RebuildShape} says (by default merged into one before its commit).
 */
public final class Indexer {

  private final ArticleFiles files;
  private final Enricher enricher;
  private final int threads;
  private final RebuildShape rebuildShape;
  private final SemanticIndexing semantic;

  /**
   * An indexer whose rebuilds have the default shape: the buffer for this process's heap, merged
   * into one segment.
   *
   * @param files how input files are found and read
   * @param enricher how articles are enriched
   * @param threads how many files are read and enriched at once
   */
  public Indexer(ArticleFiles files, Enricher enricher, int threads) {
    this(files, enricher, threads, RebuildShape.forThisProcess(true));
  }

  /**
   * @param files how input files are found and read
   * @param enricher how articles are enriched
   * @param threads how many files are read and enriched at once
   * @param rebuildShape the RAM buffer of a full rebuild and whether it ends merged into one segment
   */
  public Indexer(ArticleFiles files, Enricher enricher, int threads, RebuildShape rebuildShape) {
    this(files, enricher, threads, rebuildShape, SemanticIndexing.KEEP);
  }

  /**
   * @param files how input files are found and read
   * @param enricher how articles are enriched
   * @param threads how many files are read and enriched at once
   * @param rebuildShape the RAM buffer of a full rebuild and whether it ends merged into one segment
   * @param semantic whether a full rebuild embeds its articles (an update follows the index it updates)
   */
  public Indexer(ArticleFiles files, Enricher enricher, int threads, RebuildShape rebuildShape, SemanticIndexing semantic) {
    this.files = files;
    this.enricher = enricher;
    this.threads = Math.max(1, threads);
    this.rebuildShape = rebuildShape;
    this.semantic = semantic;
  }

  /** The index writer settings every run uses; a full rebuild then sets its own RAM buffer. */
  public static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer());
    config.setOpenMode(mode);
    config.setCodec(new IndexingCodec(new IndexCodec()));
    config.setRAMBufferSizeMB(64);
    // Compound files save file handles for small indexes but copy every new segment once more; our
    // generations are few and large, so a reindex writes each segment's files as they are.
    config.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    config.setMergePolicy(merges);
    // A run commits once, at its end; a crash or an error must leave the last commit as it was.
    config.setCommitOnClose(false);
    return config;
  }

  /**
   * Rebuilds the index from {@code input} into a new generation and makes it live.
   *
   * @param input the folder of article files
   * @param generations the index folder
   * @param progress receives progress
   * @return what was done
   * @throws IOException when the input cannot be listed or the index cannot be written; the live
   *     generation is then unchanged
   */
  public IndexReport reindex(Path input, IndexGenerations generations, Progress progress) throws IOException {
    long started = System.nanoTime();
    try (IndexGenerations.WriterLock lock = generations.lockForWriting()) {
      List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
      List<SourceFile> sources = files.list(input, problems);
      progress.started("reindex", sources.size());
      // Numbered after every folder present, a dead run's included, so no name is ever used twice.
      TextEmbedder embedder = semantic.embeds(liveCommitData(generations)) ? embedder() : null;
      String generation = generations.create();
      generations.deleteUnused(generation); // leftovers of runs that died
      Counts counts = new Counts();
      try (Directory dir = FSDirectory.open(generations.folder(generation));
          IndexWriter writer = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(rebuildShape.ramBufferMB()))) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        BlockAdder adder = rebuildShape.mergeToOneSegment() ? oneAtATime(writer) : writer::addDocuments;
        try {
          runAll(sources, problems, progress, article -> {
            String first = seen.putIfAbsent(article.id(), article.path());
            if (first != null) {
              problems.add(ReadProblem.skipped(article.path(), null, "duplicate article id '" + article.id() + "', first read from " + first));
              return;
            }
            adder.add(block(enricher.enrich(article), hash(article), problems, embedder));
            counts.added.incrementAndGet();
          });
          progress.committing();
          if (embedder != null) {
            writer.setLiveCommitData(SemanticIndexing.commitData().entrySet());
          }
          flushInParallel(writer);
          if (rebuildShape.mergeToOneSegment()) {
            // Before the run's one commit, so the generation is published merged: the segments the
            // merge replaces are never committed, and their files go as soon as it is done.
            writer.forceMerge(1);
          }
          writer.commit();
        } catch (IOException | RuntimeException e) {
          writer.rollback();
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        generations.deleteUnused(null);
        throw e;
      }
      generations.publish(generation);
      generations.deleteUnused(generation);
      IndexReport report = counts.report("reindex", generation, sources.size(), problems, started, false);
      progress.finished(report);
      return report;
    }
  }

  /**
   * Applies the changes in {@code input} to the live generation: adds new articles, replaces those
   * whose content hash changed, and deletes those whose file is gone or no longer holds them (a
   * record removed from a JSON Lines file or a feed), as a full reindex would. Articles of a file
   * (or folder) that could not be read, wholly or in part, this time are kept.
   *
   * @param input the folder of article files
   * @param generations the index folder; must have a live generation
   * @param dryRun count what would change without writing
   * @param progress receives progress
   * @return what was (or would be) done
   */
  public IndexReport update(Path input, IndexGenerations generations, boolean dryRun, Progress progress) throws IOException {
    long started = System.nanoTime();
    try (IndexGenerations.WriterLock lock = generations.lockForWriting()) {
      String generation = generations.live().orElseThrow(() -> new IOException("no index at " + generations.root() + " yet: run reindex first"));
      List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
      List<SourceFile> sources = files.list(input, problems);
      progress.started("update", sources.size());
      Counts counts = new Counts();
      try (Directory dir = FSDirectory.open(generations.folder(generation));
          IndexWriter writer = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.APPEND))) {
        Map<String, Stored> existing = storedArticles(writer);
        TextEmbedder embedder = embedded(writer) ? embedder() : null;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try {
          runAll(sources, problems, progress, article -> {
            if (!seen.add(article.id())) {
              problems.add(ReadProblem.skipped(article.path(), null, "duplicate article id '" + article.id() + "'"));
              return;
            }
            String hash = hash(article);
            Stored before = existing.get(article.id());
            if (before != null && before.hash().equals(hash)) {
              counts.unchanged.incrementAndGet();
              return;
            }
            (before == null ? counts.added : counts.replaced).incrementAndGet();
            if (!dryRun) {
              writer.updateDocuments(ArticleSchema.idTerm(article.id()), block(enricher.enrich(article), hash, problems, embedder));
            }
          });
          UnreadPaths unread = UnreadPaths.of(problems);
          for (Map.Entry<String, Stored> entry : existing.entrySet()) {
            if (!seen.contains(entry.getKey()) && !unread.covers(entry.getValue().path())) {
              counts.deleted.incrementAndGet();
              if (!dryRun) {
                writer.deleteDocuments(ArticleSchema.idTerm(entry.getKey()));
              }
            }
          }
          if (dryRun) {
            writer.rollback();
          } else {
            progress.committing();
            flushInParallel(writer);
            writer.commit();
          }
        } catch (IOException | RuntimeException e) {
          writer.rollback();
          throw e;
        }
      }
      IndexReport report = counts.report("update", generation, sources.size(), problems, started, dryRun);
      progress.finished(report);
      return report;
    }
  }

  /**
   * Reads every file and hands each article to {@code handler}. Files are read on {@link #threads}
   * threads and their articles are handled on as many more, through a bounded queue: a single large
   * JSON Lines file is then enriched on all cores too, and a full queue makes the reading thread
   * wait rather than buffer the whole file. Only the handling threads write to the index: each
   * thread that adds documents gets its own in-memory segment, so reading threads that also
   * indexed (as they did when they handled articles themselves) doubled the segments, each with a
   * dictionary of its own and too few articles for Lucene's dense encoding of their norms.
   */
  private void runAll(List<SourceFile> sources, List<ReadProblem> problems, Progress progress, ArticleHandler handler)
      throws IOException {
    ExecutorService readers = Executors.newFixedThreadPool(threads, daemon("reader"));
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("enricher"));
    Semaphore queueSlots = new Semaphore(threads * 256);
    AtomicReference<IOException> failure = new AtomicReference<>();
    Phaser pending = new Phaser(1);
    try {
      List<Future<?>> reads = new ArrayList<>(sources.size());
      for (SourceFile source : sources) {
        reads.add(readers.submit(() -> {
          files.read(source, new ArticleSink() {
            @Override
            public void article(Article article) {
              if (failure.get() != null || !awaitSlot(queueSlots)) {
                return;
              }
              pending.register();
              workers.execute(() -> {
                try {
                  handle(article, handler, problems, failure);
                  progress.articleDone();
                } finally {
                  queueSlots.release();
                  pending.arriveAndDeregister();
                }
              });
            }

            @Override
            public void problem(ReadProblem problem) {
              problems.add(problem);
            }
          });
          progress.fileDone();
        }));
      }
      for (Future<?> read : reads) {
        read.get();
      }
      pending.arriveAndAwaitAdvance();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("reading failed: " + e.getCause(), e.getCause());
    } finally {
      readers.shutdownNow();
      workers.shutdownNow();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /**
   * Writes the indexing threads' in-memory segments to disk on as many threads. A commit writes
   * them one after another on its own thread, while the other cores wait; with a RAM buffer that
   * holds a whole run of a few thousand articles that was a quarter of the run.
   */
  private void flushInParallel(IndexWriter writer) throws IOException {
    ExecutorService flushers = Executors.newFixedThreadPool(threads, daemon("flusher"));
    try {
      List<Future<?>> flushes = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        flushes.add(flushers.submit(() -> {
          // Each call takes a segment no other thread is writing, until none is left.
          boolean flushedOne = true;
          while (flushedOne) {
            flushedOne = writer.flushNextBuffer();
          }
          return null;
        }));
      }
      for (Future<?> flush : flushes) {
        flush.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("flush failed: " + e.getCause(), e.getCause());
    } finally {
      flushers.shutdownNow();
    }
  }

  /**
   * The documents of an enriched article, its quotes cut to the {@link QuoteLimit}; an article that
   * loses quotes is indexed with a warning in the report. With an embedder, the article is embedded
   * here, on the indexing thread that enriched it.
   */
  private static List<Document> block(Article enriched, String hash, List<ReadProblem> problems, TextEmbedder embedder) {
    QuoteLimit.Bounded bounded = QuoteLimit.apply(enriched);
    if (bounded.dropped() > 0) {
      problems.add(ReadProblem.warning(enriched.path(), null, bounded.warning()));
    }
    Article kept = bounded.kept();
    ArticleEmbedding embedding = embedder == null ? null : ArticleEmbedding.of(embedder, kept.title(), kept.body());
    return ArticleSchema.toBlock(kept, hash, embedding);
  }

  /** The embedding model, loaded now so that a model that cannot load fails the run before it starts. */
  private static TextEmbedder embedder() throws IOException {
    try {
      return TextEmbedder.shared();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The commit data of the live generation, empty when there is none. */
  private static Map<String, String> liveCommitData(IndexGenerations generations) throws IOException {
    Optional<String> live = generations.live();
    if (live.isEmpty()) {
      return Map.of();
    }
    try (Directory dir = FSDirectory.open(generations.folder(live.get()))) {
      return SegmentInfos.readLatestCommit(dir).getUserData();
    }
  }

  /** Whether the index the writer updates is embedded, by its commit data (which an update keeps). */
  private static boolean embedded(IndexWriter writer) throws IOException {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    try {
      return SemanticIndexing.isEmbedded(data);
    } catch (IllegalStateException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Adds blocks to {@code writer} one at a time, whichever thread enriched them. Lucene gives each
   * thread that adds documents at the same moment an in-memory segment of its own, so a rebuild
   * that is to end in one segment wrote one per thread and then merged them, decoding and writing
   * every posting a second time (a sixth of a 100,000-article rebuild's CPU). Added one at a time,
   * the blocks all go to the same in-memory segment, which is written once; reading and enriching
   * still run on every thread. Only a buffer that fills up before the end writes more segments.
   */
  private static BlockAdder oneAtATime(IndexWriter writer) {
    Lock lock = new ReentrantLock();
    return documents -> {
      lock.lock();
      try {
        writer.addDocuments(documents);
      } finally {
        lock.unlock();
      }
    };
  }

  /** Waits for room in the queue; false when the run is being stopped (the reader was interrupted). */
  private static boolean awaitSlot(Semaphore queueSlots) {
    try {
      queueSlots.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void handle(Article article, ArticleHandler handler, List<ReadProblem> problems, AtomicReference<IOException> failure) {
    try {
      handler.handle(article);
    } catch (IOException e) {
      // The index cannot be written (disk full, say): stop the run, which then rolls back.
      failure.compareAndSet(null, e);
    } catch (RuntimeException e) {
      // One article that trips an enricher bug must not sink the run; it is reported instead.
      problems.add(ReadProblem.skipped(article.path(), null, "could not enrich article '" + article.id() + "': " + e));
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Id, hash and path of every article in the index the writer writes. */
  private static Map<String, Stored> storedArticles(IndexWriter writer) throws IOException {
    Map<String, Stored> stored = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight weight = searcher.createWeight(searcher.rewrite(ArticleSchema.articles()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      Set<String> fields = Set.of(ArticleSchema.ID, ArticleSchema.HASH, ArticleSchema.PATH);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        StoredFields storedFields = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document document = storedFields.document(doc, fields);
          stored.put(document.get(ArticleSchema.ID), new Stored(document.get(ArticleSchema.HASH), document.get(ArticleSchema.PATH)));
        }
      }
    }
    return stored;
  }

  /** SHA-256 of everything read from the file for an article. */
  public static String hash(Article article) {
    MessageDigest digest = SHA_256.get();
    for (Object part : new Object[] {article.id(), article.title(), article.date(), article.timestamp(), article.source(),
        article.url(), article.author(), article.body()}) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** One digest per indexing thread: looking the algorithm up for every article was a visible cost. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  });

  private record Stored(String hash, String path) {}

  /** Adds an article's block of documents to the index. */
  @FunctionalInterface
  private interface BlockAdder {
    void add(List<Document> block) throws IOException;
  }

  @FunctionalInterface
  private interface ArticleHandler {
    void handle(Article article) throws IOException;
  }

  /** Counters shared by the indexing threads. */
  private static final class Counts {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger replaced = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger deleted = new AtomicInteger();

    IndexReport report(String mode, String generation, int fileCount, List<ReadProblem> problems, long started, boolean dryRun) {
      List<ReadProblem> sorted = new ArrayList<>(problems);
      sorted.sort((a, b) -> a.path().compareTo(b.path()));
      int articles = added.get() + replaced.get() + unchanged.get();
      return new IndexReport(mode, generation, fileCount, articles, added.get(), replaced.get(), unchanged.get(),
          deleted.get(), List.copyOf(sorted), (System.nanoTime() - started) / 1_000_000, dryRun);
    }
  }
}
