package dev.newssearch.bench;

import java.util.Locale;

/** The kinds of query in the benchmark's query set, each a row of the table. */
public enum QueryType {
  /** One word among the most frequent of the corpus. */
  TERM_HIGH("/api/search"),
  /** One word of middling document frequency. */
  TERM_MEDIUM("/api/search"),
  /** One rare word. */
  TERM_LOW("/api/search"),
  /** Two or three words that must all match. */
  AND("/api/search"),
  /** Two words, either of which may match. */
  OR("/api/search"),
  /** A quoted two-word phrase. */
  PHRASE("/api/search"),
  /** A word, filtered to the articles of one speaker. */
  SPEAKER("/api/search"),
  /** A word, filtered to one month. */
  DATE("/api/search"),
  /** Who said what: quote-level search. */
  QUOTE("/api/quotes"),
  /** Completions for the first letters typed into the search box. */
  SUGGEST("/api/suggest");

  private final String endpoint;

  QueryType(String endpoint) {
    this.endpoint = endpoint;
  }

  /** The REST endpoint that answers this kind of query. */
  public String endpoint() {
    return endpoint;
  }

  /** The name used in the query file, the table and the JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type of a label. */
  public static QueryType of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
