package dev.newssearch.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the index lives: the embedded Lucene folder (the default) or an OpenSearch cluster. */
public final class BackendOptions {

  /** The engines an index can live in. */
  public enum Backend {
    /** The embedded Lucene index in a local folder ({@code --index}). */
    LUCENE,
    /** An index on an OpenSearch cluster ({@code --opensearch-url}), found through an alias. */
    OPENSEARCH
  }

  // A field default, not picocli's defaultValue: that one would be parsed as an enum name, which only
  // the news-search command line reads ignoring case.
  @Option(names = "--backend", paramLabel = "NAME",
      description = "lucene (the embedded index in --index) or opensearch (a cluster at --opensearch-url); default: lucene.")
  Backend backend = Backend.LUCENE;

  @Option(names = "--opensearch-url", paramLabel = "URL",
      description = "The cluster's address, such as http://127.0.0.1:9200; several nodes separated by commas.")
  String openSearchUrl;

  @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = "news-search",
      description = "The alias that names the live index on the cluster (default: ${DEFAULT-VALUE}).")
  String openSearchIndex;

  @Option(names = "--opensearch-shards", paramLabel = "N", defaultValue = "1",
      description = "Primary shards of an index a reindex creates (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--opensearch-replicas", paramLabel = "N", defaultValue = "1",
      description = "Copies of each shard of an index a reindex creates (default: ${DEFAULT-VALUE}).")
  int replicas;

  /** The engine chosen. */
  public Backend backend() {
    return backend;
  }

  /** Whether the index lives on a cluster rather than in a local folder. */
  public boolean remote() {
    return backend == Backend.OPENSEARCH;
  }

  /**
   * The cluster's address.
   *
   * @throws ParameterException when {@code --opensearch-url} is missing or not http(s) addresses
   */
  public String url(CommandSpec spec) {
    if (openSearchUrl == null || openSearchUrl.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--backend " + backend.name().toLowerCase(Locale.ROOT) + " needs --opensearch-url (such as http://127.0.0.1:9200)");
    }
    for (String address : openSearchUrl.split(",")) {
      URI uri;
      try {
        uri = new URI(address.strip());
      } catch (URISyntaxException e) {
        uri = null;
      }
      if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new ParameterException(spec.commandLine(), "--opensearch-url: '" + address.strip() + "' is not an http(s) address");
      }
    }
    return openSearchUrl.strip();
  }

  /** The alias of the live index. */
  public String indexName() {
    return openSearchIndex;
  }

  /** Primary shards of a new index. */
  public int shards() {
    return shards;
  }

  /** Replicas of each shard of a new index. */
  public int replicas() {
    return replicas;
  }
}
