package dev.newssearch.search;

import java.util.List;

/**
 * A whole article with who said what in it.
 *
 * @param id the article id
 * @param title its title
 * @param date the UTC day, or {@code null} when undated
 * @param timestamp the exact instant when known
 * @param source the outlet
 * @param url the original address
 * @param author the byline
 * @param body the text; quote offsets index into it
 * @param speakers everyone quoted
 * @param quotes the quotes, in body order
 */
public record ArticleDetail(
    String id, String title, String date, String timestamp, String source, String url, String author, String body,
    List<String> speakers, List<QuoteView> quotes) {

  /**
   * A quote of the article.
   *
   * @param speaker canonical name
   * @param speakerKind {@code person} or {@code organisation}
   * @param type {@code direct}, {@code mixed} or {@code indirect}
   * @param text the words
   * @param start offset in the body
   * @param end offset in the body
   * @param mention where the speaker is named, or {@code null}
   */
  public record QuoteView(
      String speaker, String speakerKind, String type, String text, int start, int end, Mention mention) {}

  /** A span of the body naming a speaker. */
  public record Mention(int start, int end, String text) {}
}
