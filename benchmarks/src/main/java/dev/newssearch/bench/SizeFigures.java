package dev.newssearch.bench;

import java.util.List;

/**
 * Everything measured at one corpus size: what the table prints and the JSON holds.
 *
 * @param articles articles in the corpus
 * @param corpusBytes size of the JSON Lines input
 * @param ours our full reindex
 * @param lucene plain Lucene indexing the same files
 * @param queries query load at each concurrency, ours beside plain Lucene
 * @param suggestAvailable whether the server has the suggestion endpoint
 * @param startupMillis median time from starting {@code news-search serve} to its first answered query
 * @param startupCpuMillis the CPU time the server had used by then (same start as the median)
 * @param peakRssBytes the server's peak resident memory over the query runs
 * @param minHeapMb the smallest {@code -Xmx} that served the query set without errors, or {@code null}
 * @param opensearch the same product on a single OpenSearch node, or {@code null} when not asked for
 */
public record SizeFigures(
    int articles,
    long corpusBytes,
    Indexing ours,
    Indexing lucene,
    List<QueryComparison> queries,
    boolean suggestAvailable,
    double startupMillis,
    double startupCpuMillis,
    long peakRssBytes,
    Integer minHeapMb,
    OpenSearch opensearch) {

  /**
   * One indexing run.
   *
   * @param seconds wall time, reading to commit
   * @param cpuSeconds CPU time of the benchmark process over the run (less noisy on a shared machine)
   * @param articlesPerSecond articles over wall time
   * @param mbPerSecond input megabytes (10^6) over wall time
   * @param indexBytes the index's size on disk
   */
  public record Indexing(double seconds, double cpuSeconds, double articlesPerSecond, double mbPerSecond, long indexBytes) {
    static Indexing of(int articles, long inputBytes, double seconds, double cpuSeconds, long indexBytes) {
      return new Indexing(seconds, cpuSeconds, articles / seconds, inputBytes / 1e6 / seconds, indexBytes);
    }
  }

  /**
   * One concurrency level.
   *
   * @param concurrency client threads
   * @param ours our server over HTTP, full responses
   * @param lucene plain Lucene in-process, top 10 with stored fields
   * @param qpsRatio ours / plain Lucene queries per second, over the query types both run
   * @param suggest our suggestion endpoint alone, or {@code null} when the server has none
   * @param cpuMsPerQuery CPU time our server process used per answered query (steadier than wall time on a busy machine)
   * @param nodeCpuMsPerQuery CPU time the OpenSearch node used per answered query; 0 on the embedded backend
   * @param luceneCpuMsPerQuery CPU time plain Lucene's process used per answered query
   */
  public record QueryComparison(int concurrency, QueryLoad.Result ours, QueryLoad.Result lucene, double qpsRatio,
      QueryLoad.Result suggest, double cpuMsPerQuery, double nodeCpuMsPerQuery, double luceneCpuMsPerQuery) {}

  /**
   * The same corpus, query set and concurrencies with the index on a single OpenSearch node: our
   * {@code reindex --backend opensearch} into it, and our server ({@code serve --backend opensearch})
   * answering over HTTP.
   *
   * @param nodeHeapMb the node's heap
   * @param indexing our reindex into the node: wall time of the command, CPU of the command and the node
   *     together, the primary shard's size on disk
   * @param nodeIndexingCpuSeconds the node's share of {@code indexing.cpuSeconds}
   * @param queries query load at each concurrency, beside plain Lucene (the same plain Lucene runs as the
   *     embedded backend's)
   * @param suggestAvailable whether the server answered the suggestion endpoint
   * @param startupMillis median time from starting {@code news-search serve --backend opensearch} (the node
   *     already up) to its first answered query
   * @param startupCpuMillis the CPU time the server had used by then
   * @param peakRssBytes the server's peak resident memory over the query runs
   * @param nodePeakRssBytes the node's peak resident memory over the whole run (indexing and queries)
   */
  public record OpenSearch(int nodeHeapMb, Indexing indexing, double nodeIndexingCpuSeconds, List<QueryComparison> queries,
      boolean suggestAvailable, double startupMillis, double startupCpuMillis, long peakRssBytes, long nodePeakRssBytes) {}

  /** Our indexing speed over plain Lucene's. */
  public double indexingRatio() {
    return ours.articlesPerSecond() / lucene.articlesPerSecond();
  }
}
