package dev.newssearch.cli;

import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Indexing into an index another engine keeps (the {@code opensearch-backend} module provides one
 * for OpenSearch). Found through {@link ServiceLoader}, so that the indexer needs none of that
 * engine's client on its class path.
 */
public interface RemoteIndexer {

  /** The engine this indexer writes to. */
  BackendOptions.Backend backend();

  /**
   * Rebuilds the remote index from {@code input} and makes it live.
   *
   * @param url the cluster's address
   * @param backend the cluster's options (alias, shards, replicas)
   * @param indexing how files are read and enriched
   * @throws IOException when the input cannot be listed or the cluster fails; the live index is then unchanged
   */
  IndexReport reindex(String url, BackendOptions backend, IndexingOptions indexing, Path input, Progress progress) throws IOException;

  /**
   * Applies the changes in {@code input} to the live remote index, as the embedded {@code update}
   * does: adds new articles, replaces changed ones, deletes those whose file is gone.
   *
   * @param url the cluster's address
   * @param backend the cluster's options (the alias of the live index)
   * @param indexing how files are read and enriched
   * @param dryRun count what would change without writing
   * @throws IOException when there is no live index yet, the input cannot be listed or the cluster fails
   */
  IndexReport update(String url, BackendOptions backend, IndexingOptions indexing, Path input, boolean dryRun, Progress progress)
      throws IOException;

  /**
   * The indexer for {@code backend}.
   *
   * @throws IllegalStateException when this build does not include it
   */
  static RemoteIndexer of(BackendOptions.Backend backend) {
    for (RemoteIndexer indexer : ServiceLoader.load(RemoteIndexer.class)) {
      if (indexer.backend() == backend) {
        return indexer;
      }
    }
    throw new IllegalStateException("this build of news-search has no " + backend + " backend");
  }
}
