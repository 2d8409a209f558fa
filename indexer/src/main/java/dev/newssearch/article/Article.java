package dev.newssearch.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from a file, before or after enrichment.
 *
 * @param id stable identifier: the file's own {@code id} field, else its path relative to the input
 *     folder
 * @param title the article's title, derived from the first sentence when the file has none
 * @param date the UTC publication day, or {@code null} when the article is undated (never guessed)
 * @param timestamp the exact publication instant when the file gave one, else {@code null}
 * @param source the publishing outlet, or {@code null}
 * @param url the original address, or {@code null}
 * @param author the byline, or {@code null}
 * @param body the article text, paragraphs separated by a blank line; quote offsets index into it
 * @param path the file the article came from, relative to the input folder
 * @param quotes who said what in the body; empty until the article is enriched
 */
public record Article(
    String id,
    String title,
    LocalDate date,
    Instant timestamp,
    String source,
    String url,
    String author,
    String body,
    String path,
    List<Quote> quotes) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    title = title == null ? "" : title;
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
  }

  /** Whether the article has a known publication day. */
  public boolean dated() {
    return date != null;
  }

  /** The canonical names of everyone quoted in the article, in order of first quote. */
  public List<String> speakers() {
    return quotes.stream().map(Quote::speaker).distinct().toList();
  }

  /** A copy of this article carrying the given quotes. */
  public Article withQuotes(List<Quote> newQuotes) {
    return new Article(id, title, date, timestamp, source, url, author, body, path, newQuotes);
  }

  /** A copy of this article with another body (the quotes are dropped: their offsets no longer hold). */
  public Article withBody(String newBody) {
    return new Article(id, title, date, timestamp, source, url, author, newBody, path, List.of());
  }
}
