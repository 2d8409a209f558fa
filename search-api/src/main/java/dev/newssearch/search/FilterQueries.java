package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.util.List;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns {@link SearchRequest.Filters} into Lucene filter clauses. The filter fields exist on both
 * articles and quotes, so the same clauses filter either.
 */
final class FilterQueries {
  private FilterQueries() {}

  /** Adds the filters to {@code query} as non-scoring clauses. */
  static void addTo(BooleanQuery.Builder query, SearchRequest.Filters filters) {
    addTo(query, filters, true);
  }

  /**
   * Adds the filters, optionally without the speaker filter (which quote-scoped article searches
   * apply inside the quote instead).
   */
  static void addTo(BooleanQuery.Builder query, SearchRequest.Filters filters, boolean withSpeakers) {
    if (withSpeakers && !filters.speakers().isEmpty()) {
      query.add(anyOf(ArticleSchema.SPEAKER, filters.speakers()), Occur.FILTER);
    }
    if (!filters.sources().isEmpty()) {
      query.add(anyOf(ArticleSchema.SOURCE, filters.sources()), Occur.FILTER);
    }
    Query dates = dates(filters);
    if (dates != null) {
      query.add(dates, Occur.FILTER);
    }
  }

  /** A filter matching any of the exact values. */
  static Query anyOf(String field, List<String> values) {
    return KeywordField.newSetQuery(field, values.stream().map(org.apache.lucene.util.BytesRef::new).toList());
  }

  private static Query dates(SearchRequest.Filters filters) {
    Query dated = new FieldExistsQuery(ArticleSchema.DATE);
    Query range =
        filters.hasDateRange()
            ? LongField.newRangeQuery(
                ArticleSchema.DATE,
                filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay(),
                filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay())
            : null;
    return switch (filters.undated()) {
      case ONLY -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(dated, Occur.MUST_NOT).build();
      case EXCLUDE -> range != null ? range : dated;
      case INCLUDE -> range == null
          ? null
          : new BooleanQuery.Builder()
              .add(range, Occur.SHOULD)
              .add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(dated, Occur.MUST_NOT).build(), Occur.SHOULD)
              .build();
    };
  }
}
