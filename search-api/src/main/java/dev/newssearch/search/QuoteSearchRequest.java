package dev.newssearch.search;

/**
 * A search over quotes: who said what about {@code query}.
 *
 * @param query words the quote must contain (box syntax); blank for all quotes
 * @param filters speaker, source and date filters
 * @param page 1-based page
 * @param size quotes per page
 */
public record QuoteSearchRequest(String query, SearchRequest.Filters filters, int page, int size) {
  public QuoteSearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? SearchRequest.Filters.NONE : filters;
  }
}
