package dev.newssearch.search;

import java.util.List;

/**
 * One page of quote hits.
 *
 * @param total how many quotes match
 * @param page the 1-based page
 * @param size the page size
 * @param tookMs time spent in the search service
 * @param hits the quotes of this page
 * @param speakers the speakers of all matching quotes, with counts
 * @param timedOut whether the query ran out of its time budget and answers with what it found in time
 */
public record QuotePage(
    long total, int page, int size, long tookMs, List<QuoteHit> hits, List<Facets.FacetValue> speakers, boolean timedOut) {

  /**
   * A matching quote.
   *
   * @param speaker canonical name
   * @param speakerKind {@code person} or {@code organisation}
   * @param type {@code direct}, {@code mixed} or {@code indirect}
   * @param text the quote, HTML-escaped, with matches in {@code <mark>}
   * @param sentence the sentence or paragraph around the quote, plain text
   * @param start offset of the quote in the article body
   * @param end offset of the quote's end in the article body
   * @param articleId the article it is in
   * @param title the article's title
   * @param date the article's day, or {@code null}
   * @param source the article's outlet
   * @param score relevance
   */
  public record QuoteHit(
      String speaker, String speakerKind, String type, String text, String sentence, int start, int end,
      String articleId, String title, String date, String source, Float score) {}
}
