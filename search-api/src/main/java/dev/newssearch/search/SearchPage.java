package dev.newssearch.search;

import java.util.List;

/**
 * One page of article hits.
 *
 * @param total how many articles match
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param tookMs time spent in the search service
 * @param hits the hits of this page
 * @param facets counts over all matching articles
 * @param timedOut whether the query ran out of its time budget: hits, total and facets then cover
 *     only the part of the index searched in time
 * @param nextCursor the cursor of the next page when this page is full, else {@code null}
 * @param fuzzy whether the hits match words close to the query's rather than the query as typed
 *     (typo tolerance: {@link TypoTolerance})
 * @param didYouMean the query as it was probably meant, when the hits are {@code fuzzy}; else {@code null}
 */
public record SearchPage(
    long total, int page, int size, long tookMs, List<ArticleHit> hits, Facets facets, boolean timedOut, String nextCursor,
    boolean fuzzy, String didYouMean) {

  /** A page of the query as typed. */
  public SearchPage(
      long total, int page, int size, long tookMs, List<ArticleHit> hits, Facets facets, boolean timedOut, String nextCursor) {
    this(total, page, size, tookMs, hits, facets, timedOut, nextCursor, false, null);
  }

  /** A complete page with no cursor. */
  public SearchPage(long total, int page, int size, long tookMs, List<ArticleHit> hits, Facets facets) {
    this(total, page, size, tookMs, hits, facets, false, null);
  }

  /** This page as the answer of a loosened query that probably meant {@code didYouMean}. */
  public SearchPage asFuzzy(String didYouMean) {
    return new SearchPage(total, page, size, tookMs, hits, facets, timedOut, nextCursor, true, didYouMean);
  }
}
