package dev.newssearch.search;

import java.util.List;

/**
 * One page of quote hits.
 *
 * @param total how many quotes match, copies included
 * @param distinct how many of them say different things (or have another speaker): the hits a search
 *     pages through, each standing for its copies
 * @param page the 1-based page
 * @param size the page size
 * @param tookMs time spent in the search service
 * @param hits the quotes of this page
 * @param speakers the speakers of all matching quotes, with counts
 * @param timedOut whether the query ran out of its time budget and answers with what it found in time
 */
public record QuotePage(
    long total, long distinct, int page, int size, long tookMs, List<QuoteHit> hits, List<Facets.FacetValue> speakers,
    boolean timedOut) {

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
   * @param copies how many matching quotes say these words with this speaker: 1, or more where copies
   *     of a story repeat it ({@link dev.newssearch.index.ArticleSchema#quoteKey}); this hit is the best ranked of them
   */
  public record QuoteHit(
      String speaker, String speakerKind, String type, String text, String sentence, int start, int end,
      String articleId, String title, String date, String source, Float score, int copies) {

    /** This hit standing for {@code copies} quotes. */
    public QuoteHit withCopies(int copies) {
      return new QuoteHit(speaker, speakerKind, type, text, sentence, start, end, articleId, title, date, source, score, copies);
    }
  }
}
