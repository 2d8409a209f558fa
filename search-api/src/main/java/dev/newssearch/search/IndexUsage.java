package dev.newssearch.search;

/**
 * What the server has seen of its index since it started, for monitoring.
 *
 * @param sizeBytes size on disk of the live generation
 * @param generationSwitches how often a full reindex published a new generation that the server
 *     then switched to
 * @param commitsSeen how often an incremental update committed to the live generation and the
 *     server refreshed onto it
 */
public record IndexUsage(long sizeBytes, long generationSwitches, long commitsSeen) {

  /** Nothing known, for services without a local index. */
  public static final IndexUsage UNKNOWN = new IndexUsage(0, 0, 0);
}
