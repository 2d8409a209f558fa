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
 */
public record ArticleHit(
    String id, String title, String date, String source, List<String> speakers, String snippet, Float score) {}
