package dev.newssearch.admin;

import dev.newssearch.cli.BackendOptions;
import dev.newssearch.cli.IndexingOptions;
import dev.newssearch.cli.RemoteIndexer;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The two runs an admin job starts, on the index the server searches, wherever it lives: the
 * embedded index folder ({@link #local}) or a cluster ({@link #remote}). {@link IndexJobs} knows
 * only this, never an engine.
 */
public interface IndexRuns {

  /** Rebuilds the index from {@code input} and makes it live; on failure the live index is unchanged. */
  IndexReport reindex(Path input, Progress progress) throws IOException;

  /** Applies the changes in {@code input} to the live index: adds, replaces and deletes articles. */
  IndexReport update(Path input, Progress progress) throws IOException;

  /**
   * Runs on the embedded index.
   *
   * @param indexer how articles are read and written
   * @param generations the index folder the server searches
   */
  static IndexRuns local(Indexer indexer, IndexGenerations generations) {
    return new IndexRuns() {
      @Override
      public IndexReport reindex(Path input, Progress progress) throws IOException {
        return indexer.reindex(input, generations, progress);
      }

      @Override
      public IndexReport update(Path input, Progress progress) throws IOException {
        return indexer.update(input, generations, false, progress);
      }
    };
  }

  /**
   * Runs on a cluster, through the indexer of its engine.
   *
   * @param indexer the engine's indexer
   * @param url the cluster's address
   * @param backend the cluster's options (alias, shards and replicas of a new index)
   * @param indexing how files are read and enriched
   */
  static IndexRuns remote(RemoteIndexer indexer, String url, BackendOptions backend, IndexingOptions indexing) {
    return new IndexRuns() {
      @Override
      public IndexReport reindex(Path input, Progress progress) throws IOException {
        return indexer.reindex(url, backend, indexing, input, progress);
      }

      @Override
      public IndexReport update(Path input, Progress progress) throws IOException {
        return indexer.update(url, backend, indexing, input, false, progress);
      }
    };
  }
}
