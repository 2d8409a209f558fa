package dev.newssearch.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A connection to an OpenSearch cluster through the official Java client, and the alias under which
 * the live index is found. Thread-safe; closing it closes the HTTP connections.
 */
public final class OpenSearchConnection implements AutoCloseable {

  /** The alias searched and swapped when none is given. */
  public static final String DEFAULT_ALIAS = "news-search";

  private final OpenSearchTransport transport;
  private final OpenSearchClient client;
  private final String alias;

  private OpenSearchConnection(OpenSearchTransport transport, String alias) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
    this.alias = alias;
  }

  /**
   * Connects to the cluster at {@code url} (such as {@code http://127.0.0.1:9200}); the address may
   * list several nodes separated by commas, which the client then uses in turn.
   *
   * @throws IllegalArgumentException when the address is not an http(s) address
   */
  public static OpenSearchConnection open(String url, String alias) {
    String[] addresses = url.split(",");
    HttpHost[] hosts = new HttpHost[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      hosts[i] = host(addresses[i].strip());
    }
    OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper()).build();
    return new OpenSearchConnection(transport, alias);
  }

  private static HttpHost host(String address) {
    try {
      URI uri = new URI(address);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("not an http(s) address of an OpenSearch node: '" + address + "'");
      }
      return new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an address: '" + address + "' (" + e.getMessage() + ")");
    }
  }

  /** The client. */
  public OpenSearchClient client() {
    return client;
  }

  /** The alias that names the live index. */
  public String alias() {
    return alias;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
