package dev.newssearch.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * An article search.
 *
 * @param query the user's query; blank for "everything that passes the filters"
 * @param syntax how {@code query} is read
 * @param scope where the query words must occur: anywhere, or in the quotes of the filtered speakers
 * @param filters which articles qualify
 * @param sort the order of hits
 * @param page 1-based page number
 * @param size hits per page
 * @param cursor where the previous page ended ({@link Cursor#encode()}), or {@code null} to start at
 *     {@code page}
 * @param group whether copies and near-duplicates of a hit are folded under it ({@link ArticleHit#similar()})
 *     rather than listed as hits of their own
 * @param recency the half-life of the recency boost ({@link RecencyBoost}), or {@code null} for none
 * @param semantic whether the best hits are re-ranked by meaning ({@link SemanticReranking}) when the
 *     index carries embeddings
 */
public record SearchRequest(
    String query, QuerySyntax syntax, Scope scope, Filters filters, SortOrder sort, int page, int size, String cursor,
    boolean group, Duration recency, boolean semantic) {

  /** A request that pages by number, without a cursor, grouped, without recency boost. */
  public SearchRequest(String query, QuerySyntax syntax, Scope scope, Filters filters, SortOrder sort, int page, int size) {
    this(query, syntax, scope, filters, sort, page, size, null);
  }

  /** A grouped request without recency boost. */
  public SearchRequest(
      String query, QuerySyntax syntax, Scope scope, Filters filters, SortOrder sort, int page, int size, String cursor) {
    this(query, syntax, scope, filters, sort, page, size, cursor, true, null);
  }

  /** A request re-ranked by meaning where the index allows. */
  public SearchRequest(
      String query, QuerySyntax syntax, Scope scope, Filters filters, SortOrder sort, int page, int size, String cursor,
      boolean group, Duration recency) {
    this(query, syntax, scope, filters, sort, page, size, cursor, group, recency, true);
  }

  public SearchRequest {
    query = query == null ? "" : query;
    syntax = syntax == null ? QuerySyntax.BOX : syntax;
    scope = scope == null ? Scope.ALL : scope;
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A first page of ten, by relevance, without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, QuerySyntax.BOX, Scope.ALL, Filters.NONE, SortOrder.RELEVANCE, 1, 10);
  }

  /** How the query string is read. */
  public enum QuerySyntax {
    /** The forgiving search-box syntax: never an error. */
    BOX,
    /** Lucene-style syntax with fields, ranges, proximity and grouping; errors are reported. */
    ADVANCED
  }

  /** Where the query words must occur. */
  public enum Scope {
    /** Title, body or quotes. */
    ALL,
    /** Inside one quote, by one of the filtered speakers when speakers are given. */
    QUOTES
  }

  /** Hit order. */
  public enum SortOrder {
    RELEVANCE,
    DATE_DESC,
    DATE_ASC
  }

  /**
   * Which articles qualify. Lists are OR-ed within a filter and filters AND-ed together.
   *
   * @param speakers canonical speaker names; empty for any
   * @param sources outlets; empty for any
   * @param from first UTC day, inclusive, or {@code null}
   * @param to last UTC day, inclusive, or {@code null}
   * @param undated what happens to undated articles; {@code null} for the default: excluded when a
   *     date range is given (nobody knows whether they fall in it), included otherwise
   */
  public record Filters(List<String> speakers, List<String> sources, LocalDate from, LocalDate to, Undated undated) {
    /** No filter at all. */
    public static final Filters NONE = new Filters(List.of(), List.of(), null, null, null);

    public Filters {
      speakers = speakers == null ? List.of() : List.copyOf(speakers);
      sources = sources == null ? List.of() : List.copyOf(sources);
      if (undated == null) {
        undated = from != null || to != null ? Undated.EXCLUDE : Undated.INCLUDE;
      }
    }

    /** Whether a date range is set. */
    public boolean hasDateRange() {
      return from != null || to != null;
    }
  }

  /** What happens to undated articles. */
  public enum Undated {
    INCLUDE,
    EXCLUDE,
    ONLY
  }
}
