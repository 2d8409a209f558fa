package dev.newssearch.read;

/**
 * The fields a reader found for one article, as written in the file and before any normalisation.
 * Any field may be {@code null}.
 *
 * @param id the article's own id
 * @param title its title
 * @param date its date, in whatever format the file uses
 * @param source the publishing outlet
 * @param url the original address
 * @param author the byline
 * @param body the text, paragraphs separated by blank lines (or one per line where the format says so)
 */
public record RawArticle(
    String id, String title, String date, String source, String url, String author, String body) {}
