package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.article.SpeakerNames;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NewsAnalyzer;
import dev.newssearch.search.ArticleDetail;
import dev.newssearch.search.ArticleHit;
import dev.newssearch.search.Facets;
import dev.newssearch.search.IndexStatus;
import dev.newssearch.search.IndexUnavailableException;
import dev.newssearch.search.NearDuplicateGrouping;
import dev.newssearch.search.QuotePage;
import dev.newssearch.search.QuoteSearchRequest;
import dev.newssearch.search.RelatedArticle;
import dev.newssearch.search.RelevanceFeedback;
import dev.newssearch.search.SearchPage;
import dev.newssearch.search.SearchQueries;
import dev.newssearch.search.SearchRequest;
import dev.newssearch.search.SearchService;
import dev.newssearch.search.SpeakerCount;
import dev.newssearch.search.Suggestion;
import dev.newssearch.search.SuggestionShares;
import dev.newssearch.search.TypoTolerance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.aggregations.TermsAggregation;
import org.opensearch.client.opensearch._types.query_dsl.ChildScoreMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.msearch.MultiSearchResponseItem;
import org.opensearch.client.opensearch.core.msearch.RequestItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.InnerHitsResult;

/**
 * The {@link SearchService} over an OpenSearch index, found through its alias. Queries are built by
 * the embedded backend's own parsers ({@link SearchQueries}) and translated to the query DSL
 * ({@link LuceneQueryTranslator}); filters, facets, the timeline, highlighting, quote search and
 * paging are mapped to their OpenSearch counterparts, and the answers are the same records.
 */
public final class OpenSearchSearchService implements SearchService {

  /** Facet values returned per facet, as the embedded backend. */
  private static final int FACET_SIZE = 10;
  /** Articles a quote search reads per quote its page needs, so that copies folded away leave it full. */
  private static final int QUOTE_READ_AHEAD = 4;
  /** Articles a quote search reads at most (OpenSearch's default result window). */
  private static final int MAX_QUOTE_READ = 10_000;
  /** Distinct quotes counted exactly up to about this many; an estimate within a few per cent beyond. */
  private static final int DISTINCT_PRECISION = 40_000;
  /** Passages per snippet, as the embedded backend. */
  private static final int PASSAGES = 2;
  /** Speakers read to answer a prefix lookup: all of any archive's speakers a reader could browse. */
  private static final int ALL_SPEAKERS = 65_536;
  /** Terms MoreLikeThis keeps from an article, as the embedded backend. */
  private static final int RELATED_QUERY_TERMS = 25;
  private static final String MARK = "<mark>";
  private static final String UNMARK = "</mark>";

  private final OpenSearchConnection connection;
  private final SearchQueries queries;
  private final long timeoutMillis;
  private final LuceneQueryTranslator articleFields = new LuceneQueryTranslator(field -> field);
  private final LuceneQueryTranslator quoteFields = new LuceneQueryTranslator(OpenSearchSchema::quoteField);
  private final OpenSearchRecencyBoost recency;
  private final Analyzer indexAnalyzer = new NewsAnalyzer();
  private final TypoTolerance typos = new TypoTolerance(indexAnalyzer);

  /**
   * @param connection the cluster and the alias of the live index; closed with this service
   * @param synonyms the query synonyms, applied by our own query analysis
   * @param timeoutMillis time each search may spend collecting hits on each shard; past it the
   *     cluster answers with what it found, flagged {@code timedOut}
   */
  public OpenSearchSearchService(OpenSearchConnection connection, SynonymMap synonyms, long timeoutMillis) {
    this.connection = connection;
    this.queries = new SearchQueries(synonyms);
    this.timeoutMillis = timeoutMillis;
    this.recency = new OpenSearchRecencyBoost(connection.client());
  }

  /**
   * The search, retried with typos allowed when it finds little ({@link TypoTolerance}, the rules
   * of the embedded backend, over the words of {@link OpenSearchVocabulary}).
   */
  @Override
  public SearchPage search(SearchRequest request) {
    long started = System.nanoTime();
    try {
      // Inside the try: a long query reads its feedback articles while its query is built.
      SearchPage found = search(request, started);
      return typos.retry(request, found,
          () -> Optional.of(new OpenSearchVocabulary(connection.client(), connection.alias(), indexAnalyzer)),
          loosened -> search(loosened, started));
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (UncheckedIOException e) {
      throw unreachable(e.getCause());
    }
  }

  private SearchPage search(SearchRequest request, long started) {
    SearchRequest.SortOrder sort = SearchQueries.effectiveSort(request);
    OpenSearchCursor cursor = request.cursor() == null ? null : OpenSearchCursor.decode(request.cursor(), sort);
    if (cursor != null && !cursor.index().startsWith(connection.alias() + "-")) {
      throw cursor.stale();
    }
    String index = cursor == null ? connection.alias() : cursor.index();
    boolean quoteScope = request.scope() == SearchRequest.Scope.QUOTES;
    Query text = quoteScope ? quoteScoped(request)
        : articleFields.translate(queries.articleText(request, feedbackSource(index)));
    Query highlight = quoteScope ? articleFields.translate(queries.boxQuery(request.query(), ArticleSchema.BODY)) : text;
    List<Query> filters = filters(request.filters(), !quoteScope);
    Query filtered = Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    try {
      Query query = request.recency() == null ? filtered : recency.apply(filtered, index, request.recency());
      return request.group()
          ? grouped(request, query, highlight, sort, cursor, index, started)
          : ungrouped(request, query, highlight, sort, cursor, index, started);
    } catch (OpenSearchException e) {
      if (cursor != null && e.status() == 404) {
        throw cursor.stale();
      }
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  /** A page where every matching article is a hit of its own: one request. */
  private SearchPage ungrouped(SearchRequest request, Query query, Query highlight, SearchRequest.SortOrder sort,
      OpenSearchCursor cursor, String index, long started) throws IOException {
    SearchResponse<JsonNode> response = read(index, query, sort, cursor, (request.page() - 1) * request.size(), request.size(), true,
        highlight, List.of(ArticleSchema.ID, OpenSearchSchema.DISPLAY_TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE, ArticleSchema.SPEAKER));
    List<Hit<JsonNode>> page = response.hits().hits();
    List<ArticleHit> hits = new ArrayList<>(page.size());
    for (Hit<JsonNode> hit : page) {
      hits.add(articleHit(hit, snippet(hit), sort, List.of()));
    }
    return answer(request, response, hits, page.size() == request.size() && !page.isEmpty() ? page.get(page.size() - 1) : null,
        sort, started);
  }

  /**
   * A page of near-duplicate groups ({@link OpenSearchNearDuplicates}): the ranking is read from the
   * top (or the cursor) down to the page, as the embedded backend reads it, the groups found by the
   * shared rule, then the snippets of the page's hits highlighted in one more request.
   */
  private SearchPage grouped(SearchRequest request, Query query, Query highlight, SearchRequest.SortOrder sort,
      OpenSearchCursor cursor, String index, long started) throws IOException {
    int wanted = request.page() * request.size();
    SearchResponse<JsonNode> response = read(index, query, sort, cursor, 0, wanted, true, null, OpenSearchNearDuplicates.FIELDS);
    OpenSearchNearDuplicates groups = new OpenSearchNearDuplicates(connection.client(), index, query, sortOf(sort),
        count -> read(index, query, sort, cursor, 0, count, false, null, OpenSearchNearDuplicates.FIELDS).hits().hits());
    List<NearDuplicateGrouping.Group<String>> page =
        groups.page(response.hits().hits(), cursor == null, wanted, (request.page() - 1) * request.size(), request.size());
    Map<String, String> snippets = snippets(index, page.stream().map(NearDuplicateGrouping.Group::hit).toList(), highlight);
    List<ArticleHit> hits = new ArrayList<>(page.size());
    for (NearDuplicateGrouping.Group<String> group : page) {
      List<ArticleHit.SimilarArticle> similar = new ArrayList<>(group.similar().size());
      for (String id : group.similar()) {
        JsonNode source = groups.source(id);
        similar.add(new ArticleHit.SimilarArticle(id, text(source, OpenSearchSchema.DISPLAY_TITLE), text(source, ArticleSchema.DATE),
            text(source, ArticleSchema.SOURCE)));
      }
      hits.add(articleHit(groups.hit(group.hit()), snippets.getOrDefault(group.hit(), ""), sort, similar));
    }
    Hit<JsonNode> last = page.size() == request.size() && !page.isEmpty() ? groups.hit(page.get(page.size() - 1).hit()) : null;
    return answer(request, response, hits, last, sort, started);
  }

  /**
   * One read of the ranking: {@code size} hits from {@code from} (or after the cursor), with the
   * facets when asked and the body snippets when a highlight query is given.
   */
  private SearchResponse<JsonNode> read(String index, Query query, SearchRequest.SortOrder sort, OpenSearchCursor cursor, int from,
      int size, boolean facets, Query highlight, List<String> sourceFields) throws IOException {
    return connection.client().search(s -> {
      s.index(index).query(query).size(size).trackTotalHits(t -> t.enabled(facets)).sort(sortOf(sort))
          .source(src -> src.filter(f -> f.includes(sourceFields)));
      if (highlight != null) {
        s.highlight(h -> highlighting(h, highlight));
      }
      if (facets) {
        s.aggregations("speakers", a -> a.terms(t -> namedSpeakers(t.field(ArticleSchema.SPEAKER).size(FACET_SIZE))))
            .aggregations("sources", a -> a.terms(t -> t.field(ArticleSchema.SOURCE).size(FACET_SIZE)))
            .aggregations("days", a -> a.dateHistogram(d -> d.field(ArticleSchema.DATE).calendarInterval(CalendarInterval.Day).minDocCount(1)))
            .aggregations("undated", a -> a.missing(m -> m.field(ArticleSchema.DATE)));
      }
      if (sort != SearchRequest.SortOrder.RELEVANCE) {
        s.trackScores(false);
      }
      if (cursor != null) {
        s.searchAfter(cursor.after());
      } else {
        s.from(from);
      }
      s.timeout(timeoutMillis + "ms");
      return s;
    }, JsonNode.class);
  }

  private static Highlight.Builder highlighting(Highlight.Builder h, Query highlight) {
    return h.type(t -> t.builtin(BuiltinHighlighterType.Unified))
        .encoder(HighlighterEncoder.Html)
        .preTags(MARK).postTags(UNMARK)
        .fields(ArticleSchema.BODY, f -> f.numberOfFragments(PASSAGES).noMatchSize(150).highlightQuery(highlight));
  }

  /** The body snippets of some articles, by id, in one request. */
  private Map<String, String> snippets(String index, List<String> ids, Query highlight) throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    SearchResponse<JsonNode> response = connection.client().search(s -> s.index(index).size(ids.size())
        .query(q -> q.ids(i -> i.values(ids))).source(src -> src.fetch(false)).highlight(h -> highlighting(h, highlight)),
        JsonNode.class);
    Map<String, String> snippets = new HashMap<>();
    response.hits().hits().forEach(hit -> snippets.put(hit.id(), snippet(hit)));
    return snippets;
  }

  private static String snippet(Hit<JsonNode> hit) {
    return String.join(" … ", hit.highlight().getOrDefault(ArticleSchema.BODY, List.of())).strip();
  }

  private static ArticleHit articleHit(Hit<JsonNode> hit, String snippet, SearchRequest.SortOrder sort,
      List<ArticleHit.SimilarArticle> similar) {
    JsonNode source = hit.source();
    return new ArticleHit(hit.id(), text(source, OpenSearchSchema.DISPLAY_TITLE), text(source, ArticleSchema.DATE),
        text(source, ArticleSchema.SOURCE), strings(source.path(ArticleSchema.SPEAKER)), snippet,
        sort == SearchRequest.SortOrder.RELEVANCE && hit.score() != null ? hit.score().floatValue() : null, similar);
  }

  /** The page with the total and facets of the first read, and the cursor after its last hit when it is full. */
  private static SearchPage answer(SearchRequest request, SearchResponse<JsonNode> response, List<ArticleHit> hits,
      Hit<JsonNode> last, SearchRequest.SortOrder sort, long started) {
    String next = last == null ? null : new OpenSearchCursor(last.index(), sort, last.sort()).encode();
    Map<String, Aggregate> aggs = response.aggregations();
    Map<Long, Long> perDay = new HashMap<>();
    aggs.get("days").dateHistogram().buckets().array()
        .forEach(bucket -> perDay.put(Instant.ofEpochMilli(bucket.key()).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay(), bucket.docCount()));
    Facets facets = new Facets(terms(aggs.get("speakers")), terms(aggs.get("sources")), SearchQueries.histogram(perDay),
        aggs.get("undated").missing().docCount());
    return new SearchPage(response.hits().total().value(), request.page(), request.size(), millisSince(started), hits, facets,
        response.timedOut(), next);
  }

  /** Where the shared relevance feedback ({@link RelevanceFeedback}) of a long box query reads the index. */
  private RelevanceFeedback.Articles feedbackSource(String index) {
    return new RelevanceFeedback.Articles() {
      @Override
      public List<RelevanceFeedback.Scored> best(org.apache.lucene.search.Query words, int count) throws IOException {
        return feedbackArticles(index, words, count);
      }

      @Override
      public Map<String, Double> bodyShares(List<String> words) throws IOException {
        return articleShares(index, words);
      }
    };
  }

  /** The share of all articles whose body holds each word, counted in one request. */
  private Map<String, Double> articleShares(String index, List<String> words) throws IOException {
    Map<String, Query> filters = new HashMap<>();
    for (String word : words) {
      filters.put(word, Query.of(q -> q.term(t -> t.field(ArticleSchema.BODY).value(v -> v.stringValue(word)))));
    }
    SearchResponse<JsonNode> response = connection.client().search(s -> s.index(index).size(0).trackTotalHits(t -> t.enabled(true))
        .aggregations("words", a -> a.filters(f -> f.filters(b -> b.keyed(filters)))), JsonNode.class);
    double articles = Math.max(1, response.hits().total().value());
    Map<String, FiltersBucket> buckets = response.aggregations().get("words").filters().buckets().keyed();
    Map<String, Double> shares = new HashMap<>();
    for (String word : words) {
      FiltersBucket bucket = buckets.get(word);
      shares.put(word, bucket == null ? 0 : bucket.docCount() / articles);
    }
    return shares;
  }

  /**
   * The best articles of a long box query's words, with their bodies, from which the shared
   * relevance feedback ({@link RelevanceFeedback}) widens the query: one request.
   */
  private List<RelevanceFeedback.Scored> feedbackArticles(String index, org.apache.lucene.search.Query words, int count)
      throws IOException {
    Query query = articleFields.translate(words);
    List<RelevanceFeedback.Scored> best = new ArrayList<>();
    for (Hit<JsonNode> hit : connection.client().search(s -> s.index(index).query(query).size(count)
        .sort(sortOf(SearchRequest.SortOrder.RELEVANCE)).source(src -> src.filter(f -> f.includes(ArticleSchema.BODY))),
        JsonNode.class).hits().hits()) {
      best.add(new RelevanceFeedback.Scored(hit.score() == null ? 0f : hit.score().floatValue(), text(hit.source(), ArticleSchema.BODY)));
    }
    return best;
  }

  /** A quote document holding the words, spoken by one of the speakers (any speaker when none). */
  private Query quoteMatching(String text, List<String> speakers) {
    Query words = quoteFields.translate(queries.quoteText(text));
    return Query.of(q -> q.bool(b -> {
      b.must(words);
      if (!speakers.isEmpty()) {
        b.filter(anyOf(OpenSearchSchema.quoteField(ArticleSchema.SPEAKER), speakers));
      }
      return b;
    }));
  }

  /** A quote-scoped article search: the words in one quote, by one of the filtered speakers. */
  private Query quoteScoped(SearchRequest request) {
    Query inQuote = quoteMatching(request.query(), request.filters().speakers());
    return Query.of(q -> q.nested(n -> n.path(OpenSearchSchema.QUOTE).query(inQuote).scoreMode(ChildScoreMode.Max)));
  }

  /** The filters as non-scoring clauses; the date filter as the embedded backend reads {@code undated}. */
  private static List<Query> filters(SearchRequest.Filters filters, boolean withSpeakers) {
    List<Query> clauses = new ArrayList<>();
    if (withSpeakers && !filters.speakers().isEmpty()) {
      clauses.add(anyOf(ArticleSchema.SPEAKER, filters.speakers()));
    }
    if (!filters.sources().isEmpty()) {
      clauses.add(anyOf(ArticleSchema.SOURCE, filters.sources()));
    }
    Query dated = Query.of(q -> q.exists(e -> e.field(ArticleSchema.DATE)));
    Query undated = Query.of(q -> q.bool(b -> b.mustNot(dated)));
    Query range = filters.hasDateRange()
        ? Query.of(q -> q.range(r -> {
            r.field(ArticleSchema.DATE).format("strict_date");
            if (filters.from() != null) {
              r.gte(org.opensearch.client.json.JsonData.of(filters.from().toString()));
            }
            if (filters.to() != null) {
              r.lte(org.opensearch.client.json.JsonData.of(filters.to().toString()));
            }
            return r;
          }))
        : null;
    switch (filters.undated()) {
      case ONLY -> clauses.add(undated);
      case EXCLUDE -> clauses.add(range != null ? range : dated);
      case INCLUDE -> {
        if (range != null) {
          clauses.add(Query.of(q -> q.bool(b -> b.should(range, undated).minimumShouldMatch("1"))));
        }
      }
    }
    return clauses;
  }

  private static Query anyOf(String field, List<String> values) {
    List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
  }

  /** The sort of each order; the id breaks ties, so that {@code search_after} pages never skip or repeat. */
  private static List<SortOptions> sortOf(SearchRequest.SortOrder order) {
    SortOptions byId = SortOptions.of(s -> s.field(f -> f.field(ArticleSchema.ID).order(SortOrder.Asc)));
    SortOptions byScore = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
    if (order == SearchRequest.SortOrder.RELEVANCE) {
      return List.of(byScore, byId);
    }
    boolean newestFirst = order == SearchRequest.SortOrder.DATE_DESC;
    // Undated articles go last in either direction.
    SortOptions byDate = SortOptions.of(s -> s.field(f -> f.field(ArticleSchema.DATE)
        .order(newestFirst ? SortOrder.Desc : SortOrder.Asc).missing(FieldValue.of("_last"))));
    return List.of(byDate, byScore, byId);
  }

  private static List<Facets.FacetValue> terms(Aggregate aggregate) {
    List<Facets.FacetValue> values = new ArrayList<>();
    for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
      values.add(new Facets.FacetValue(bucket.key(), bucket.docCount()));
    }
    return values;
  }

  @Override
  public Optional<ArticleDetail> article(String id) {
    JsonNode source;
    try {
      var response = connection.client().get(g -> g.index(connection.alias()).id(id), JsonNode.class);
      if (!response.found()) {
        return Optional.empty();
      }
      source = response.source();
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
    List<ArticleDetail.QuoteView> quotes = new ArrayList<>();
    for (JsonNode quote : source.path(OpenSearchSchema.QUOTE)) {
      quotes.add(quoteView(quote));
    }
    quotes.sort(Comparator.comparingInt(ArticleDetail.QuoteView::start));
    return Optional.of(new ArticleDetail(id, text(source, OpenSearchSchema.DISPLAY_TITLE), text(source, ArticleSchema.DATE),
        text(source, ArticleSchema.TIMESTAMP), text(source, ArticleSchema.SOURCE), text(source, ArticleSchema.URL),
        text(source, ArticleSchema.AUTHOR), text(source, ArticleSchema.BODY), strings(source.path(ArticleSchema.SPEAKER)), quotes));
  }

  private static ArticleDetail.QuoteView quoteView(JsonNode quote) {
    ArticleDetail.Mention mention = quote.hasNonNull(ArticleSchema.MENTION_TEXT)
        ? new ArticleDetail.Mention(quote.path(ArticleSchema.MENTION_START).asInt(), quote.path(ArticleSchema.MENTION_END).asInt(),
            quote.path(ArticleSchema.MENTION_TEXT).asText())
        : null;
    return new ArticleDetail.QuoteView(text(quote, ArticleSchema.SPEAKER), text(quote, ArticleSchema.SPEAKER_KIND),
        text(quote, ArticleSchema.QUOTE_TYPE), text(quote, ArticleSchema.QUOTE_TEXT),
        quote.path(ArticleSchema.QUOTE_START).asInt(), quote.path(ArticleSchema.QUOTE_END).asInt(), mention);
  }

  @Override
  public Optional<List<RelatedArticle>> related(String id, int limit) {
    try {
      String index = connection.alias();
      if (!connection.client().exists(e -> e.index(index).id(id)).value()) {
        return Optional.empty();
      }
      SearchResponse<JsonNode> response = connection.client().search(s -> s.index(index).size(limit)
          .query(q -> q.moreLikeThis(m -> m.fields(ArticleSchema.TITLE, ArticleSchema.BODY)
              .like(l -> l.document(d -> d.index(index).id(id)))
              .minTermFreq(1).minDocFreq(2).maxQueryTerms(RELATED_QUERY_TERMS)
              // Lucene's MoreLikeThis query needs any one of its terms; OpenSearch's default asks for 30%.
              .minimumShouldMatch("1")))
          .source(src -> src.filter(f -> f.includes(OpenSearchSchema.DISPLAY_TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE))),
          JsonNode.class);
      List<RelatedArticle> related = new ArrayList<>();
      for (Hit<JsonNode> hit : response.hits().hits()) {
        JsonNode source = hit.source();
        related.add(new RelatedArticle(hit.id(), text(source, OpenSearchSchema.DISPLAY_TITLE), text(source, ArticleSchema.DATE),
            text(source, ArticleSchema.SOURCE), hit.score() == null ? 0f : hit.score().floatValue()));
      }
      return Optional.of(related);
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  @Override
  public QuotePage quotes(QuoteSearchRequest request) {
    long started = System.nanoTime();
    Query inQuote = quoteMatching(request.query(), request.filters().speakers());
    // The quotes of the top N articles, ranked by their best quote, hold the top N quotes: a quote
    // ranks no higher than the best quote of its own article. Copies of a quote fold into one hit
    // (as the embedded index groups them), so more than a page's worth are read to fill the page.
    int wanted = request.page() * request.size();
    int read = Math.min(wanted * QUOTE_READ_AHEAD, MAX_QUOTE_READ);
    Query query = Query.of(q -> q.bool(b -> b
        .must(m -> m.nested(n -> n.path(OpenSearchSchema.QUOTE).query(inQuote).scoreMode(ChildScoreMode.Max)
            .innerHits(i -> i.size(wanted).highlight(h -> h.type(t -> t.builtin(org.opensearch.client.opensearch.core.search.BuiltinHighlighterType.Unified))
                .encoder(org.opensearch.client.opensearch.core.search.HighlighterEncoder.Html).preTags(MARK).postTags(UNMARK)
                .fields(OpenSearchSchema.quoteField(ArticleSchema.QUOTE_TEXT), f -> f.numberOfFragments(0))))))
        .filter(filters(new SearchRequest.Filters(List.of(), request.filters().sources(), request.filters().from(),
            request.filters().to(), request.filters().undated()), false))));
    SearchResponse<JsonNode> response;
    try {
      response = connection.client().search(s -> {
        s.index(connection.alias()).query(query).size(read).trackTotalHits(t -> t.enabled(true))
            .source(src -> src.filter(f -> f.includes(OpenSearchSchema.DISPLAY_TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE,
                ArticleSchema.BODY)))
            .aggregations("quotes", a -> a.nested(n -> n.path(OpenSearchSchema.QUOTE))
                .aggregations("matching", m -> m.filter(inQuote)
                    .aggregations("speakers", t -> t.terms(tt -> namedSpeakers(tt.field(OpenSearchSchema.quoteField(ArticleSchema.SPEAKER)).size(FACET_SIZE))))
                .aggregations("distinct", d -> d.cardinality(c -> c.field(OpenSearchSchema.quoteField(ArticleSchema.QUOTE_KEY))
                    .precisionThreshold(DISTINCT_PRECISION)))));
        s.timeout(timeoutMillis + "ms");
        return s;
      }, JsonNode.class);
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
    List<QuotePage.QuoteHit> all = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Hit<JsonNode> article : response.hits().hits()) {
      JsonNode source = article.source();
      InnerHitsResult inner = article.innerHits().get(OpenSearchSchema.QUOTE);
      for (Hit<org.opensearch.client.json.JsonData> quoteHit : inner.hits().hits()) {
        JsonNode quote = quoteHit.source().to(JsonNode.class);
        ArticleDetail.QuoteView view = quoteView(quote);
        List<String> marked = quoteHit.highlight().getOrDefault(OpenSearchSchema.quoteField(ArticleSchema.QUOTE_TEXT), List.of());
        keys.add(ArticleSchema.quoteKey(view.speaker(), view.text()));
        all.add(new QuotePage.QuoteHit(view.speaker(), view.speakerKind(), view.type(),
            marked.isEmpty() ? SearchQueries.escape(view.text()) : marked.get(0),
            SearchQueries.sentenceAround(text(source, ArticleSchema.BODY), view.start(), view.end()), view.start(), view.end(),
            article.id(), text(source, OpenSearchSchema.DISPLAY_TITLE), text(source, ArticleSchema.DATE),
            text(source, ArticleSchema.SOURCE), quoteHit.score() == null ? null : quoteHit.score().floatValue(), 1));
      }
    }
    List<QuotePage.QuoteHit> distinct = foldCopies(all, keys);
    int from = Math.min(distinct.size(), (request.page() - 1) * request.size());
    List<QuotePage.QuoteHit> page = List.copyOf(distinct.subList(from, Math.min(distinct.size(), from + request.size())));
    Aggregate matching = response.aggregations().get("quotes").nested().aggregations().get("matching");
    long total = matching.filter().docCount();
    long keyCount = matching.filter().aggregations().get("distinct").cardinality().value();
    // An index written before quotes had keys counts none: its pages then go by every quote.
    long distinctCount = keyCount == 0 ? total : Math.min(total, keyCount);
    return new QuotePage(total, distinctCount, request.page(), request.size(), millisSince(started), page,
        terms(matching.filter().aggregations().get("speakers")), response.timedOut());
  }

  /**
   * The quotes read, best first, each the first of its copies with how many of them were read:
   * copies count only as far as the search read, where the embedded index counts every one.
   */
  private static List<QuotePage.QuoteHit> foldCopies(List<QuotePage.QuoteHit> quotes, List<String> keys) {
    // Best first; of equal scores the article whose id sorts first, as the embedded index picks.
    List<Integer> order = IntStream.range(0, quotes.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> quotes.get(i).score() == null ? 0f : quotes.get(i).score()).reversed()
            .thenComparing(i -> quotes.get(i).articleId()).thenComparingInt(i -> quotes.get(i).start()))
        .toList();
    Map<String, QuotePage.QuoteHit> firsts = new LinkedHashMap<>();
    Map<String, Integer> copies = new HashMap<>();
    for (int i : order) {
      firsts.putIfAbsent(keys.get(i), quotes.get(i));
      copies.merge(keys.get(i), 1, Integer::sum);
    }
    return firsts.entrySet().stream().map(first -> first.getValue().withCopies(copies.get(first.getKey()))).toList();
  }


  @Override
  public List<SpeakerCount> speakers(String prefix, int limit) {
    SearchResponse<JsonNode> response;
    try {
      response = connection.client().search(s -> s.index(connection.alias()).size(0).aggregations(speakerCounts(prefix)), JsonNode.class);
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
    return speakers(response, prefix, limit);
  }

  /**
   * The aggregations counting each speaker's articles and quotes; only the speakers matching the
   * prefix ({@link SpeakerPrefixPattern}) when it allows.
   */
  private static Map<String, Aggregation> speakerCounts(String prefix) {
    Optional<String> matching = SpeakerPrefixPattern.of(prefix);
    return Map.of(
        "articles", Aggregation.of(a -> a.terms(t -> speakersOf(t, ArticleSchema.SPEAKER, matching))),
        "quotes", Aggregation.of(a -> a.nested(n -> n.path(OpenSearchSchema.QUOTE))
            .aggregations("speakers", t -> t.terms(tt -> speakersOf(tt, OpenSearchSchema.quoteField(ArticleSchema.SPEAKER), matching)))));
  }

  /** Every named speaker of a field, or only those the pattern accepts: the others are not even bucketed. */
  private static TermsAggregation.Builder speakersOf(TermsAggregation.Builder terms, String field, Optional<String> matching) {
    terms.field(field).size(ALL_SPEAKERS);
    matching.ifPresent(pattern -> terms.include(i -> i.regexp(pattern)));
    return namedSpeakers(terms);
  }

  /** Leaves descriptions ("analysts") out of a terms aggregation of speakers, as {@link SpeakerNames} says. */
  private static TermsAggregation.Builder namedSpeakers(TermsAggregation.Builder terms) {
    return terms.exclude(e -> e.regexp(SpeakerNames.DESCRIPTION_PATTERN));
  }

  /** The speakers matching the prefix in an answer to {@link #speakerCounts}, most quoted first. */
  private static List<SpeakerCount> speakers(SearchResponse<JsonNode> response, String prefix, int limit) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Facets.FacetValue value : terms(response.aggregations().get("articles"))) {
      counts.computeIfAbsent(value.value(), k -> new long[2])[0] = value.count();
    }
    for (Facets.FacetValue value : terms(response.aggregations().get("quotes").nested().aggregations().get("speakers"))) {
      counts.computeIfAbsent(value.value(), k -> new long[2])[1] = value.count();
    }
    return counts.entrySet().stream()
        .filter(e -> SearchQueries.speakerMatches(e.getKey(), prefix))
        .map(e -> new SpeakerCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingLong(SpeakerCount::quotes).reversed().thenComparing(SpeakerCount::name))
        .limit(limit)
        .toList();
  }

  /** Shortest prefix that gets completions, as on the embedded backend. */
  private static final int MIN_SUGGEST_PREFIX = 2;

  /**
   * Speakers whose name matches the prefix (most quoted first), words of the titles completing the
   * last word typed ({@link #words}), then titles with the words typed, the last one as a prefix (a
   * phrase-prefix query on the title), in the embedded backend's shares ({@link SuggestionShares}).
   * The three are asked in one {@code msearch}: one round trip per keystroke, and the node runs them
   * side by side.
   */
  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    String typed = prefix == null ? "" : prefix.strip();
    if (typed.length() < MIN_SUGGEST_PREFIX || limit <= 0) {
      return List.of();
    }
    String word = SuggestionShares.lastWord(typed).toLowerCase(Locale.ROOT);
    boolean completesWord = word.length() >= MIN_SUGGEST_PREFIX && word.chars().allMatch(Character::isLetter);
    List<RequestItem> requests = new ArrayList<>();
    requests.add(RequestItem.of(r -> r.header(h -> h).body(b -> b.size(0).aggregations(speakerCounts(typed)))));
    requests.add(RequestItem.of(r -> r.header(h -> h).body(b -> b.size(limit)
        .query(q -> q.matchPhrasePrefix(m -> m.field(ArticleSchema.TITLE).query(typed)))
        .source(src -> src.filter(f -> f.includes(OpenSearchSchema.DISPLAY_TITLE))))));
    if (completesWord) {
      requests.add(RequestItem.of(r -> r.header(h -> h).body(b -> b.size(0).aggregations("words", a -> a.terms(t -> t
          .field(OpenSearchSchema.TITLE_WORDS).size(limit * WORD_CANDIDATES)
          // Letters only, so the prefix needs no escaping in the pattern.
          .include(i -> i.regexp(word + ".*")))))));
    }
    List<MultiSearchResponseItem<JsonNode>> answers;
    try {
      answers = connection.client().msearch(m -> m.index(connection.alias()).searches(requests), JsonNode.class).responses();
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
    for (MultiSearchResponseItem<JsonNode> answer : answers) {
      if (answer.isFailure()) {
        throw failure(new OpenSearchException(answer.failure()));
      }
    }
    List<Suggestion> speakers = speakers(answers.get(0).result(), typed, limit).stream()
        .map(speaker -> new Suggestion(speaker.name(), Suggestion.SPEAKER)).toList();
    List<Suggestion> titles = new ArrayList<>();
    for (Hit<JsonNode> hit : answers.get(1).result().hits().hits()) {
      titles.add(new Suggestion(text(hit.source(), OpenSearchSchema.DISPLAY_TITLE), Suggestion.TITLE));
    }
    List<Suggestion> words = completesWord ? words(answers.get(2).result(), word, limit) : List.of();
    return SuggestionShares.combine(speakers, words, titles, limit);
  }

  /** Words read per completion for each one offered: most forms of a stem and stopwords are passed over. */
  private static final int WORD_CANDIDATES = 4;

  /**
   * Words of the titles starting with the word typed, from a {@code terms} aggregation over
   * {@link OpenSearchSchema#TITLE_WORDS} with a prefix pattern: in the most titles first, one form
   * per stem and no stopword, as the embedded backend offers its words (none is asked for a word with
   * other than letters).
   */
  private List<Suggestion> words(SearchResponse<JsonNode> response, String word, int limit) {
    List<Suggestion> words = new ArrayList<>();
    Set<String> stems = new HashSet<>();
    for (StringTermsBucket bucket : response.aggregations().get("words").sterms().buckets().array()) {
      String stem = TypoTolerance.stemOf(bucket.key(), indexAnalyzer);
      if (stem != null && !bucket.key().equals(word) && stems.add(stem) && words.size() < limit) {
        words.add(new Suggestion(bucket.key(), Suggestion.TERM));
      }
    }
    return words;
  }

  @Override
  public IndexStatus status() {
    try {
      if (!connection.client().indices().existsAlias(e -> e.name(connection.alias())).value()) {
        return new IndexStatus(false, null, 0, 0);
      }
      SearchResponse<JsonNode> response = connection.client().search(s -> s.index(connection.alias()).size(1)
          .trackTotalHits(t -> t.enabled(true)).source(src -> src.fetch(false))
          .aggregations("quotes", a -> a.nested(n -> n.path(OpenSearchSchema.QUOTE))), JsonNode.class);
      String index = connection.client().indices().getAlias(g -> g.name(connection.alias())).result().keySet().iterator().next();
      return new IndexStatus(true, index, response.hits().total().value(), response.aggregations().get("quotes").nested().docCount());
    } catch (OpenSearchException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  @Override
  public void close() {
    connection.close();
  }

  /** A failure of the cluster: no index under the alias yet, or an error to pass on. */
  private RuntimeException failure(OpenSearchException e) {
    if (e.status() == 404) {
      return new IndexUnavailableException("no index under the alias '" + connection.alias() + "' yet: run reindex first", e);
    }
    return new IndexUnavailableException("OpenSearch could not answer: " + e.getMessage(), e);
  }

  private static RuntimeException unreachable(IOException e) {
    return new IndexUnavailableException("OpenSearch cannot be reached: " + e.getMessage(), e);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return List.copyOf(values);
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
