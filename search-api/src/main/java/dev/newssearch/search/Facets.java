package dev.newssearch.search;

import java.util.List;

/**
 * Counts over all articles that match a search.
 *
 * @param speakers the most frequent speakers
 * @param sources the most frequent outlets
 * @param dates a histogram of matching dated articles
 * @param undated how many matching articles are undated
 */
public record Facets(List<FacetValue> speakers, List<FacetValue> sources, DateHistogram dates, long undated) {

  /** A value and how many matching articles have it. */
  public record FacetValue(String value, long count) {}

  /**
   * Matching articles per period.
   *
   * @param interval {@code day}, {@code month} or {@code year}, chosen from the span of the matches
   * @param buckets periods in time order, each keyed by its first day
   */
  public record DateHistogram(String interval, List<Bucket> buckets) {
    /** An empty histogram. */
    public static final DateHistogram EMPTY = new DateHistogram("day", List.of());
  }

  /**
   * One period.
   *
   * @param key the period as written: {@code 2025-09-02}, {@code 2025-09} or {@code 2025}
   * @param from its first day
   * @param to its last day
   * @param count matching articles in it
   */
  public record Bucket(String key, String from, String to, long count) {}
}
