package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NewsAnalyzer;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.Query;

/**
 * The queries of a search as the embedded service builds them (same syntaxes, analysis, synonyms,
 * limits and errors), for a backend that runs them on another engine, such as OpenSearch, after
 * translating them; the relevance feedback of long box queries reads its best articles through the
 * backend ({@link RelevanceFeedback.Articles}).
 */
public final class SearchQueries {

  private final BoxQueryParser boxParser;
  private final ArticleQueryBuilder articleQueries;
  private final AdvancedQueryParser advancedParser;

  /** @param synonyms the query synonyms ({@link Synonyms#load}) */
  public SearchQueries(SynonymMap synonyms) {
    Analyzer queryAnalyzer = NewsAnalyzer.forQueries(synonyms);
    this.boxParser = new BoxQueryParser(queryAnalyzer);
    this.articleQueries = new ArticleQueryBuilder(boxParser, queryAnalyzer, new NewsAnalyzer());
    this.advancedParser = new AdvancedQueryParser(queryAnalyzer);
  }

  /**
   * The scoring part of an article search over title, body and quotes (scope {@code ALL}), checked
   * against the query limits.
   *
   * @param feedbackArticles where a long box query reads its best articles (the query given
   *     to it is one this class built, to run on the backend)
   * @throws InvalidRequestException for an advanced query that does not parse or is too large
   */
  public Query articleText(SearchRequest request, RelevanceFeedback.Articles feedbackArticles) {
    Query query = request.syntax() == SearchRequest.QuerySyntax.ADVANCED && !request.query().isBlank()
        ? advancedParser.parse(request.query(), LuceneSearchService.ARTICLE_FIELDS)
        : articleQueries.build(request.query(), LuceneSearchService.ARTICLE_FIELDS, feedbackArticles);
    QueryLimits.check(request, query);
    return query;
  }

  /** Box-syntax words over one field (such as the quote text or the body), checked against the limits. */
  public Query boxQuery(String text, String field) {
    QueryLimits.checkBoxQuery(text);
    return boxParser.parse(text, Map.of(field, 1f));
  }

  /** The words of a quote-scoped search, over {@link ArticleSchema#QUOTE_TEXT}. */
  public Query quoteText(String text) {
    return boxQuery(text, ArticleSchema.QUOTE_TEXT);
  }

  /**
   * The order hits come in: as asked, except that a search with no query words has no relevance to
   * rank by, so it lists the newest articles first, as a news archive's front page does.
   */
  public static SearchRequest.SortOrder effectiveSort(SearchRequest request) {
    boolean noWords = request.query().isBlank() && request.scope() == SearchRequest.Scope.ALL;
    return noWords && request.sort() == SearchRequest.SortOrder.RELEVANCE ? SearchRequest.SortOrder.DATE_DESC : request.sort();
  }

  /** The timeline of counts per epoch day, with the interval the embedded service would choose. */
  public static Facets.DateHistogram histogram(Map<Long, Long> perDay) {
    return DateHistograms.of(perDay);
  }

  /** The sentence or paragraph around a quote, as quote hits show it. */
  public static String sentenceAround(String body, int start, int end) {
    return Sentences.around(body, start, end);
  }

  /** Whether a speaker's name answers a speaker lookup for {@code prefix}, as the embedded backend decides. */
  public static boolean speakerMatches(String name, String prefix) {
    String needle = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
    return needle.isEmpty() || LuceneSearchService.matchesPrefix(name, needle);
  }

  /** Text escaped for HTML, as snippets are. */
  public static String escape(String text) {
    return LuceneSearchService.escape(text);
  }
}
