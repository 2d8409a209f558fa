package dev.newssearch.server;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.search.IndexStatus;
import dev.newssearch.search.IndexUsage;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's metrics in the Prometheus text exposition format (version 0.0.4): a latency
 * histogram of requests by endpoint and status, and gauges of the index. Written by hand rather than
 * with a metrics library because it is one histogram and a few gauges; the format is plain text and
 * stable.
 */
final class RequestMetrics {

  /** Upper bounds of the latency buckets, in seconds. */
  private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<Key, Histogram> requests = new ConcurrentHashMap<>();

  /**
   * Counts one answered request.
   *
   * @param endpoint the route pattern (never the raw path, so that ids do not explode the series)
   * @param status the HTTP status answered
   * @param nanos time taken
   */
  void record(String endpoint, int status, long nanos) {
    requests.computeIfAbsent(new Key(endpoint, status), k -> new Histogram()).add(nanos);
  }

  /** Every metric, as the text a Prometheus server scrapes. */
  String render(IndexStatus status, IndexUsage usage) {
    StringBuilder out = new StringBuilder(4096);
    header(out, "newssearch_http_request_duration_seconds", "histogram",
        "Time to answer HTTP requests, by endpoint and status; _count is the number of requests.");
    requests.entrySet().stream().sorted(Map.Entry.comparingByKey(Key.ORDER)).forEach(e -> e.getValue().render(out, e.getKey()));
    gauge(out, "newssearch_index_ready", "Whether an index is open and searchable (1) or not (0).", status.ready() ? 1 : 0);
    gauge(out, "newssearch_index_generation", "Number of the live index generation (gen-000007 is 7).",
        status.generation() == null ? 0 : IndexGenerations.number(status.generation()));
    gauge(out, "newssearch_index_articles", "Articles in the live index.", status.articles());
    gauge(out, "newssearch_index_quotes", "Quotes in the live index.", status.quotes());
    gauge(out, "newssearch_index_size_bytes", "Size on disk of the live index generation.", usage.sizeBytes());
    counter(out, "newssearch_index_reindexes_total",
        "Full reindex runs whose new generation this server switched to since it started.", usage.generationSwitches());
    counter(out, "newssearch_index_updates_total",
        "Incremental update commits this server refreshed onto since it started.", usage.commitsSeen());
    return out.toString();
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, long value) {
    header(out, name, "gauge", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    header(out, name, "counter", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  /** The labels of one series. */
  private record Key(String endpoint, int status) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::endpoint).thenComparingInt(Key::status);

    String labels() {
      // Endpoints are our own route patterns, so they need no escaping beyond quotes and backslashes.
      return "endpoint=\"" + endpoint.replace("\\", "\\\\").replace("\"", "\\\"") + "\",status=\"" + status + "\"";
    }
  }

  /** One latency histogram: a count per bucket, the total count and the sum. */
  private static final class Histogram {
    /** Requests per bucket, not cumulative; the last slot is for requests slower than every bound. */
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void add(long nanos) {
      double seconds = nanos / 1e9;
      int slot = 0;
      while (slot < BUCKETS.length && seconds > BUCKETS[slot]) {
        slot++;
      }
      counts[slot].increment();
      sumNanos.add(nanos);
    }

    void render(StringBuilder out, Key key) {
      String name = "newssearch_http_request_duration_seconds";
      String labels = key.labels();
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += counts[i].sum();
        out.append(name).append("_bucket{").append(labels).append(",le=\"").append(BUCKETS[i]).append("\"} ")
            .append(cumulative).append('\n');
      }
      long total = cumulative + counts[BUCKETS.length].sum();
      out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(total).append('\n');
      out.append(name).append("_sum{").append(labels).append("} ")
          .append(String.format(Locale.ROOT, "%.6f", sumNanos.sum() / 1e9)).append('\n');
      out.append(name).append("_count{").append(labels).append("} ").append(total).append('\n');
    }
  }
}
