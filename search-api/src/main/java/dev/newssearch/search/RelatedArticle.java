package dev.newssearch.search;

/**
 * An article like another one.
 *
 * @param id the article id
 * @param title its title
 * @param date its UTC day, or {@code null} when undated
 * @param source its outlet
 * @param score how alike (MoreLikeThis relevance)
 */
public record RelatedArticle(String id, String title, String date, String source, float score) {}
