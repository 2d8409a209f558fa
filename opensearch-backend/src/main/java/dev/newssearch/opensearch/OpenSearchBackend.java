package dev.newssearch.opensearch;

import dev.newssearch.app.RemoteSearch;
import dev.newssearch.cli.BackendOptions;
import dev.newssearch.cli.IndexingOptions;
import dev.newssearch.cli.RemoteIndexer;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.search.SearchService;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The OpenSearch backend as the command line finds it ({@code --backend opensearch}): registered in
 * {@code META-INF/services} for {@link RemoteIndexer} ({@code reindex}, {@code update}) and {@link RemoteSearch}
 * ({@code serve}, {@code search}).
 */
public final class OpenSearchBackend implements RemoteIndexer, RemoteSearch {

  @Override
  public BackendOptions.Backend backend() {
    return BackendOptions.Backend.OPENSEARCH;
  }

  @Override
  public IndexReport reindex(String url, BackendOptions backend, IndexingOptions indexing, Path input, Progress progress)
      throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(url, backend.indexName())) {
      return new OpenSearchIndexer(connection, indexing.files(), indexing.enricher(), backend.shards(), backend.replicas())
          .reindex(input, progress);
    }
  }

  @Override
  public IndexReport update(String url, BackendOptions backend, IndexingOptions indexing, Path input, boolean dryRun, Progress progress)
      throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(url, backend.indexName())) {
      return new OpenSearchIndexer(connection, indexing.files(), indexing.enricher(), backend.shards(), backend.replicas())
          .update(input, dryRun, progress);
    }
  }

  @Override
  public SearchService open(String url, BackendOptions backend, SynonymMap synonyms, long timeoutMillis) {
    return new OpenSearchSearchService(OpenSearchConnection.open(url, backend.indexName()), synonyms, timeoutMillis);
  }
}
