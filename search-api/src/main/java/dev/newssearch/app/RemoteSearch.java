package dev.newssearch.app;

import dev.newssearch.cli.BackendOptions;
import dev.newssearch.search.SearchService;
import java.util.ServiceLoader;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The search service over an index another engine keeps (the {@code opensearch-backend} module
 * provides one for OpenSearch). Found through {@link ServiceLoader}, so that the search API needs
 * none of that engine's client on its class path.
 */
public interface RemoteSearch {

  /** The engine this service searches. */
  BackendOptions.Backend backend();

  /**
   * Opens the service.
   *
   * @param url the cluster's address
   * @param backend the cluster's options (the alias of the live index)
   * @param synonyms the query synonyms
   * @param timeoutMillis time a search may spend collecting hits
   */
  SearchService open(String url, BackendOptions backend, SynonymMap synonyms, long timeoutMillis);

  /**
   * The service for {@code backend}.
   *
   * @throws IllegalStateException when this build does not include it
   */
  static RemoteSearch of(BackendOptions.Backend backend) {
    for (RemoteSearch search : ServiceLoader.load(RemoteSearch.class)) {
      if (search.backend() == backend) {
        return search;
      }
    }
    throw new IllegalStateException("this build of news-search has no " + backend + " backend");
  }
}
