package dev.newssearch.search;

import java.util.List;

/**
 * One matching article.
 *
 * @param id the article id
 * @param title the title, plain text
 * @param date the UTC day (ISO), or {@code null} when undated
 * @param source the outlet, or {@code null}
 * @param speakers everyone quoted in the article
 * @param snippet the best passages of the body, HTML-escaped, with matches in {@code <mark>}
 * @param score the relevance score, or {@code null} when sorted by date
 * @param similar the copies and near-duplicates of this article that also match, folded under it
 *     (empty when there are none or grouping is off), in the order they would have ranked
 */
public record ArticleHit(
    String id, String title, String date, String source, List<String> speakers, String snippet, Float score,
    List<SimilarArticle> similar) {

  public ArticleHit {
    similar = similar == null ? List.of() : List.copyOf(similar);
  }

  /** A hit with no near-duplicates folded under it. */
  public ArticleHit(String id, String title, String date, String source, List<String> speakers, String snippet, Float score) {
    this(id, title, date, source, speakers, snippet, score, List.of());
  }

  /**
   * A copy or near-duplicate folded under a hit.
   *
   * @param id the article id
   * @param title the title, plain text
   * @param date the UTC day (ISO), or {@code null} when undated
   * @param source the outlet, or {@code null}
   */
  public record SimilarArticle(String id, String title, String date, String source) {}
}
