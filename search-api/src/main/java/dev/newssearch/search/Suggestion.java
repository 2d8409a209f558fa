package dev.newssearch.search;

/**
 * A completion for the search box.
 *
 * @param text what to show and search for
 * @param kind {@link #TITLE} (an article's title), {@link #SPEAKER} (a canonical speaker name, best
 *     used as a filter) or {@link #TERM} (a word of the index completing the last word typed)
 */
public record Suggestion(String text, String kind) {
  /** The kind of an article title. */
  public static final String TITLE = "title";
  /** The kind of a speaker name. */
  public static final String SPEAKER = "speaker";
  /** The kind of a word of the index. */
  public static final String TERM = "term";
}
