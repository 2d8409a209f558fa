package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What the benchmark reads from an OpenSearch node's index stats API: the size of an index, and when its merges end. */
final class OpenSearchIndexStats implements AutoCloseable {
  private static final Duration MERGE_TIMEOUT = Duration.ofMinutes(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param url the node's REST address, such as {@code http://127.0.0.1:41234} */
  OpenSearchIndexStats(String url) {
    this.url = url;
  }

  /** The size on disk of the primary shards of the index behind {@code alias}. */
  long storeBytes(String alias) throws IOException {
    JsonNode stats = JSON.readTree(get("/" + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "/_stats/store"));
    JsonNode bytes = stats.at("/_all/primaries/store/size_in_bytes");
    if (!bytes.isNumber()) {
      throw new IOException("no store size for " + alias + " in " + stats);
    }
    return bytes.asLong();
  }

  /**
   * Waits until the index behind {@code alias} has no merge running: a reindex returns while the
   * node still merges the segments of the bulk requests, work the embedded indexer finishes before
   * its commit returns.
   */
  void awaitMerges(String alias) throws IOException {
    String path = "/" + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "/_stats/merge";
    long deadline = System.nanoTime() + MERGE_TIMEOUT.toNanos();
    while (JSON.readTree(get(path)).at("/_all/primaries/merges/current").asLong() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the OpenSearch node still merges " + alias + " after " + MERGE_TIMEOUT.toMinutes() + " minutes");
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  private String get(String path) throws IOException {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(path + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
