package dev.newssearch.search;

import dev.newssearch.article.SpeakerNames;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NewsAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** The {@link SearchService} over an embedded Lucene index. */
public final class LuceneSearchService implements SearchService {

  /**
   * Fields searched by the query words of an article search, and their boosts. Quote text is also
   * body text, so its own weight is small: it tips articles where the words are somebody's words
   * without counting those words twice (at 0.5 it cost TIME's MAP 0.02 once most quotes were found).
   */
  static final Map<String, Float> ARTICLE_FIELDS = orderedBoosts(
      ArticleSchema.TITLE, 2.0f, ArticleSchema.BODY, 1.0f, ArticleSchema.QUOTES, 0.1f);

  /** Hits the first ranking of a grouped page reads per hit the page needs ({@link #groupedDepth}). */
  private static final int GROUPED_READ_AHEAD = 8;
  /** Hits that ranking reads beyond the page at most: a deep page ranks enough already. */
  private static final int GROUPED_READ_AHEAD_MAX = 1_000;

  /** Facet values returned per facet. */
  private static final int FACET_SIZE = 10;

  /** A hit's fields and the body its snippet is cut from, read together: one decompression per hit. */
  private static final Set<String> HIT_FIELDS =
      Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE, ArticleSchema.SPEAKER, ArticleSchema.BODY);

  private final LiveIndex index;
  private final QueryBudget budget;
  private final Analyzer analyzer = new NewsAnalyzer();
  private final BoxQueryParser boxParser;
  private final ArticleQueryBuilder articleQueries;
  private final AdvancedQueryParser advancedParser;
  private final Snippets snippets = new Snippets(analyzer);
  private final SuggestionIndexes suggestions = new SuggestionIndexes();
  private final TypoTolerance typos = new TypoTolerance(analyzer);

  /**
   * A service with the built-in synonyms.
   *
   * @param index the live index to search; closed with this service
   */
  public LuceneSearchService(LiveIndex index) {
    this(index, Synonyms.builtIn(), QueryBudget.DEFAULT);
  }

  /**
   * A service with the built-in synonyms and a time budget.
   *
   * @param index the live index to search; closed with this service
   * @param budget the time each search may spend collecting hits
   */
  public LuceneSearchService(LiveIndex index, QueryBudget budget) {
    this(index, Synonyms.builtIn(), budget);
  }

  /**
   * @param index the live index to search; closed with this service
   * @param synonyms the query synonyms ({@link Synonyms#load})
   * @param budget the time each search may spend collecting hits
   */
  public LuceneSearchService(LiveIndex index, SynonymMap synonyms, QueryBudget budget) {
    this.index = index;
    this.budget = budget;
    Analyzer queryAnalyzer = NewsAnalyzer.forQueries(synonyms);
    this.boxParser = new BoxQueryParser(queryAnalyzer);
    this.articleQueries = new ArticleQueryBuilder(boxParser, queryAnalyzer, analyzer);
    this.advancedParser = new AdvancedQueryParser(queryAnalyzer);
    index.addOpenListener(suggestions::opened);
    index.addOpenListener(SemanticReranking::opened);
  }

  @Override
  public SearchPage search(SearchRequest request) {
    long started = System.nanoTime();
    IndexSnapshot searcher = budget.start(index.acquire());
    try {
      SearchPage found = search(request, searcher, started);
      return typos.retry(request, found,
          () -> suggestions.forView(searcher).map(ready -> ready.words().forView(searcher.getIndexReader(), analyzer)),
          loosened -> search(loosened, searcher, started));
    } finally {
      index.release(searcher);
    }
  }

  private SearchPage search(SearchRequest request, IndexSnapshot searcher, long started) {
    try {
      Query text = textQuery(request, searcher);
      QueryLimits.check(request, text);
      BooleanQuery.Builder builder = new BooleanQuery.Builder().add(ArticleDocuments.only(text), Occur.MUST);
      FilterQueries.addTo(builder, request.filters(), request.scope() != SearchRequest.Scope.QUOTES);
      Query query = request.recency() == null ? builder.build()
          : RecencyBoost.apply(builder.build(), searcher.getIndexReader(), request.recency());
      if (SemanticReranking.applies(request, searcher)) {
        query = SemanticReranking.rerank(searcher, query, request.query());
      }
      int wanted = request.page() * request.size();
      SearchRequest.SortOrder sort = SearchQueries.effectiveSort(request);
      ScoreDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor()).position(searcher, sort);
      // Two passes over the matches: one that only marks them, for the facets, the total and the
      // near-duplicate groups, and one that ranks them. Scoring every match in one pass (as a facets
      // collector beside the top-hits collector does) cost more than both: the ranking pass skips
      // the articles that cannot reach the top (block-max WAND), and the marking pass computes no scores.
      FacetsCollector matches = searcher.search(query, new FacetsCollectorManager(false));
      int ranked = request.group() ? groupedDepth(wanted) : wanted;
      TopDocs top = sort == SearchRequest.SortOrder.RELEVANCE
          ? searcher.searchAfter(after, query, ranked)
          : searcher.searchAfter(after, query, ranked, dateSort(sort));
      List<NearDuplicateGroups.Group> page = request.group()
          ? new NearDuplicateGroups(searcher, query, sort == SearchRequest.SortOrder.RELEVANCE ? null : dateSort(sort),
              matches).page(after, top, ranked, (request.page() - 1) * request.size(), request.size())
          : NearDuplicateGroups.ungrouped(pageOf(top.scoreDocs, request.page(), request.size()));
      List<ArticleHit> hits = hits(searcher, page, highlightQuery(request, text));
      Facets facets = facets(searcher, matches);
      String next = page.size() == request.size()
          ? Cursor.after(page.get(page.size() - 1).hit(), searcher.generation(), sort).encode()
          : null;
      return new SearchPage(totalOf(matches), request.page(), request.size(), millisSince(started), hits, facets,
          searcher.timedOut(), next);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses();
    } catch (TooComplexToDeterminizeException e) {
      throw QueryLimits.tooComplex();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How deep the first ranking of a grouped page reads: {@value #GROUPED_READ_AHEAD} times the page,
   * at most {@value #GROUPED_READ_AHEAD_MAX} hits beyond it. Copies folded away leave a page short,
   * and every further read ranks all the matches again; one ranking this deep costs little more than
   * one of the page alone and usually fills it (4 and 16 times measured slower than 8).
   */
  private static int groupedDepth(int wanted) {
    return (int) Math.min(NearDuplicateGrouping.MAX_RANKED,
        Math.min((long) wanted * GROUPED_READ_AHEAD, (long) wanted + GROUPED_READ_AHEAD_MAX));
  }

  private static long totalOf(FacetsCollector matches) {
    long total = 0;
    for (FacetsCollector.MatchingDocs leaf : matches.getMatchingDocs()) {
      total += leaf.totalHits();
    }
    return total;
  }

  /** The scoring part of an article search: the query words, where the request says they must be. */
  private Query textQuery(SearchRequest request, IndexSnapshot searcher) {
    if (request.scope() == SearchRequest.Scope.QUOTES) {
      BooleanQuery.Builder inQuote = new BooleanQuery.Builder()
          .add(boxParser.parse(request.query(), Map.of(ArticleSchema.QUOTE_TEXT, 1f)), Occur.MUST)
          .add(ArticleSchema.quotes(), Occur.FILTER);
      if (!request.filters().speakers().isEmpty()) {
        inQuote.add(FilterQueries.anyOf(ArticleSchema.SPEAKER, request.filters().speakers()), Occur.FILTER);
      }
      return new ToParentBlockJoinQuery(inQuote.build(), searcher.parents(), ScoreMode.Max);
    }
    if (request.syntax() == SearchRequest.QuerySyntax.ADVANCED && !request.query().isBlank()) {
      return advancedParser.parse(request.query(), ARTICLE_FIELDS);
    }
    return articleQueries.build(request.query(), ARTICLE_FIELDS, searcher);
  }

  private static Sort dateSort(SearchRequest.SortOrder order) {
    boolean newestFirst = order == SearchRequest.SortOrder.DATE_DESC;
    SortField byDate = LongField.newSortField(ArticleSchema.DATE, newestFirst, SortedNumericSelector.Type.MIN);
    // Undated articles go last in either direction.
    byDate.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(byDate, SortField.FIELD_SCORE);
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int page, int size) {
    int from = Math.min(all.length, (page - 1) * size);
    int to = Math.min(all.length, from + size);
    ScoreDoc[] slice = new ScoreDoc[to - from];
    System.arraycopy(all, from, slice, 0, slice.length);
    return slice;
  }

  private List<ArticleHit> hits(IndexSnapshot searcher, List<NearDuplicateGroups.Group> groups, Query highlight) throws IOException {
    ScoreDoc[] page = groups.stream().map(NearDuplicateGroups.Group::hit).toArray(ScoreDoc[]::new);
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    String[] bodies = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, HIT_FIELDS);
      bodies[i] = docs[i].get(ArticleSchema.BODY);
    }
    String[] snippetTexts = snippets.highlight(searcher, ArticleSchema.BODY, highlight, docIds, bodies);
    List<List<ArticleHit.SimilarArticle>> similar = new SimilarArticles(searcher).of(groups.stream().map(NearDuplicateGroups.Group::similar).toList());
    List<ArticleHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = docs[i];
      hits.add(new ArticleHit(
          doc.get(ArticleSchema.ID),
          doc.get(ArticleSchema.TITLE),
          day(doc),
          doc.get(ArticleSchema.SOURCE),
          List.of(doc.getValues(ArticleSchema.SPEAKER)),
          snippetTexts[i],
          score(page[i]),
          similar.get(i)));
    }
    return hits;
  }

  /**
   * The query whose matches are marked in body snippets: the user's words looked up in the body
   * alone. The ranking query would mark the same words, but the highlighter would evaluate all its
   * title, quote, proximity and feedback clauses on every hit to find them (a third of a search's
   * time). An advanced query keeps its own fields and operators, so it is used as it is.
   */
  private Query highlightQuery(SearchRequest request, Query text) {
    if (request.scope() == SearchRequest.Scope.ALL && request.syntax() == SearchRequest.QuerySyntax.ADVANCED) {
      return text;
    }
    return boxParser.parse(request.query(), Map.of(ArticleSchema.BODY, 1f));
  }

  private Facets facets(IndexSnapshot searcher, FacetsCollector collector) throws IOException {
    List<Facets.FacetValue> speakers = searcher.speakerFacets().top(collector, FACET_SIZE);
    List<Facets.FacetValue> sources = searcher.sourceFacets().top(collector, FACET_SIZE);
    DateFacet.Counts dates = DateFacet.of(collector);
    return new Facets(speakers, sources, dates.histogram(), dates.undated());
  }

  @Override
  public Optional<ArticleDetail> article(String id) {
    IndexSnapshot searcher = index.acquire();
    try {
      Query byId = new TermQuery(ArticleSchema.idTerm(id));
      Query query = new BooleanQuery.Builder().add(byId, Occur.FILTER).add(ArticleSchema.articles(), Occur.FILTER).build();
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      Query quotesOf = new BooleanQuery.Builder().add(byId, Occur.FILTER).add(ArticleSchema.quotes(), Occur.FILTER).build();
      List<ArticleDetail.QuoteView> quotes = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(quotesOf, Integer.MAX_VALUE / 2).scoreDocs) {
        quotes.add(quoteView(stored.document(hit.doc)));
      }
      quotes.sort(Comparator.comparingInt(ArticleDetail.QuoteView::start));
      return Optional.of(new ArticleDetail(
          doc.get(ArticleSchema.ID), doc.get(ArticleSchema.TITLE), day(doc), doc.get(ArticleSchema.TIMESTAMP),
          doc.get(ArticleSchema.SOURCE), doc.get(ArticleSchema.URL), doc.get(ArticleSchema.AUTHOR),
          doc.get(ArticleSchema.BODY), List.of(doc.getValues(ArticleSchema.SPEAKER)), quotes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  /** Terms MoreLikeThis keeps from an article: enough to say what it is about, few enough to be fast. */
  private static final int RELATED_QUERY_TERMS = 25;

  @Override
  public Optional<List<RelatedArticle>> related(String id, int limit) {
    IndexSnapshot searcher = index.acquire();
    try {
      Query byId = new TermQuery(ArticleSchema.idTerm(id));
      TopDocs self = searcher.search(
          new BooleanQuery.Builder().add(byId, Occur.FILTER).add(ArticleSchema.articles(), Occur.FILTER).build(), 1);
      if (self.scoreDocs.length == 0) {
        return Optional.empty();
      }
      // MoreLikeThis picks the article's most distinctive words (tf-idf over title and body, from
      // the stored text) and searches for them: the classic "more like this" of Lucene and Solr.
      MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
      like.setAnalyzer(analyzer);
      like.setFieldNames(new String[] {ArticleSchema.TITLE, ArticleSchema.BODY});
      like.setMinTermFreq(1);
      like.setMinDocFreq(2);
      like.setMaxQueryTerms(RELATED_QUERY_TERMS);
      Query query = new BooleanQuery.Builder()
          .add(like.like(self.scoreDocs[0].doc), Occur.MUST)
          .add(ArticleSchema.articles(), Occur.FILTER)
          .add(byId, Occur.MUST_NOT)
          .build();
      List<RelatedArticle> related = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
        Document doc = stored.document(hit.doc, Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE));
        related.add(new RelatedArticle(doc.get(ArticleSchema.ID), doc.get(ArticleSchema.TITLE), day(doc),
            doc.get(ArticleSchema.SOURCE), hit.score));
      }
      return Optional.of(related);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private static ArticleDetail.QuoteView quoteView(Document quote) {
    ArticleDetail.Mention mention = quote.get(ArticleSchema.MENTION_TEXT) == null
        ? null
        : new ArticleDetail.Mention(
            quote.getField(ArticleSchema.MENTION_START).numericValue().intValue(),
            quote.getField(ArticleSchema.MENTION_END).numericValue().intValue(),
            quote.get(ArticleSchema.MENTION_TEXT));
    return new ArticleDetail.QuoteView(
        quote.get(ArticleSchema.SPEAKER), quote.get(ArticleSchema.SPEAKER_KIND), quote.get(ArticleSchema.QUOTE_TYPE),
        quote.get(ArticleSchema.QUOTE_TEXT),
        quote.getField(ArticleSchema.QUOTE_START).numericValue().intValue(),
        quote.getField(ArticleSchema.QUOTE_END).numericValue().intValue(), mention);
  }

  @Override
  public QuotePage quotes(QuoteSearchRequest request) {
    long started = System.nanoTime();
    IndexSnapshot searcher = budget.start(index.acquire());
    try {
      QueryLimits.checkBoxQuery(request.query());
      Query text = boxParser.parse(request.query(), Map.of(ArticleSchema.QUOTE_TEXT, 1f));
      BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST).add(ArticleSchema.quotes(), Occur.FILTER);
      FilterQueries.addTo(builder, request.filters());
      Query query = builder.build();
      // As in search: the facets and the total from a pass without scores, the ranking from one that skips.
      FacetsCollector matches = searcher.search(query, new FacetsCollectorManager(false));
      long total = totalOf(matches);
      QuoteCopies.Page distinct =
          QuoteCopies.page(searcher, query, matches, total, (request.page() - 1) * request.size(), request.size());
      ScoreDoc[] page = distinct.hits();
      int[] docIds = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        docIds[i] = page[i].doc;
      }
      String[] marked = snippets.highlight(searcher, ArticleSchema.QUOTE_TEXT, text, docIds);
      List<QuotePage.QuoteHit> hits = new ArrayList<>(page.length);
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < page.length; i++) {
        Document quote = stored.document(page[i].doc);
        Document article = stored.document(parentOf(searcher, page[i].doc));
        ArticleDetail.QuoteView view = quoteView(quote);
        hits.add(new QuotePage.QuoteHit(
            view.speaker(), view.speakerKind(), view.type(), marked[i].isEmpty() ? escape(view.text()) : marked[i],
            Sentences.around(article.get(ArticleSchema.BODY), view.start(), view.end()), view.start(), view.end(),
            article.get(ArticleSchema.ID), article.get(ArticleSchema.TITLE), day(article),
            article.get(ArticleSchema.SOURCE), score(page[i]), distinct.copies()[i]));
      }
      List<Facets.FacetValue> speakers = searcher.speakerFacets().top(matches, FACET_SIZE);
      return new QuotePage(total, distinct.distinct(), request.page(), request.size(), millisSince(started), hits, speakers,
          searcher.timedOut());
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  /** The article document of a quote: the next parent in its block. */
  private static int parentOf(IndexSnapshot searcher, int quoteDoc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(quoteDoc, leaves));
    BitSet parents = searcher.parents().getBitSet(leaf);
    return leaf.docBase + parents.nextSetBit(quoteDoc - leaf.docBase);
  }

  @Override
  public List<SpeakerCount> speakers(String prefix, int limit) {
    IndexSnapshot searcher = index.acquire();
    try {
      String needle = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
      Map<String, long[]> counts = new LinkedHashMap<>();
      countSpeakers(searcher, ArticleSchema.articles(), counts, 0);
      countSpeakers(searcher, ArticleSchema.quotes(), counts, 1);
      return counts.entrySet().stream()
          .filter(e -> SpeakerNames.isNamed(e.getKey()) && (needle.isEmpty() || matchesPrefix(e.getKey(), needle)))
          .map(e -> new SpeakerCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
          .sorted(Comparator.comparingLong(SpeakerCount::quotes).reversed().thenComparing(SpeakerCount::name))
          .limit(limit)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private static void countSpeakers(IndexSnapshot searcher, Query kind, Map<String, long[]> counts, int slot) throws IOException {
    FacetsCollector collector = searcher.search(kind, new FacetsCollectorManager());
    FacetResult all = new StringValueFacetCounts(searcher.speakerState(), collector).getAllChildren(ArticleSchema.SPEAKER);
    if (all == null) {
      return;
    }
    for (LabelAndValue lv : all.labelValues) {
      counts.computeIfAbsent(lv.label, k -> new long[2])[slot] = lv.value.longValue();
    }
  }

  /** Whether any word of the name starts with the prefix, or the whole name does. */
  static boolean matchesPrefix(String name, String prefix) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith(prefix)) {
      return true;
    }
    for (String word : lower.split("[\\s\\-]+")) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    if (prefix.strip().length() < SuggestionIndex.MIN_PREFIX) {
      return List.of();
    }
    IndexSnapshot searcher = index.acquire();
    try {
      Optional<SuggestionIndex> ready = suggestions.forView(searcher);
      return ready.isEmpty() ? List.of() : ready.get().suggest(prefix, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public IndexStatus status() {
    Optional<String> generation = index.generation();
    if (generation.isEmpty()) {
      return new IndexStatus(false, null, 0, 0);
    }
    IndexSnapshot searcher = index.acquire();
    try {
      return new IndexStatus(true, searcher.generation(), searcher.count(ArticleSchema.articles()), searcher.count(ArticleSchema.quotes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public IndexUsage usage() {
    return index.usage();
  }

  @Override
  public void close() {
    suggestions.close();
    index.close();
  }

  /** The day of a document's stored date, as {@code yyyy-MM-dd}, or {@code null} when it has none. */
  static String day(Document doc) {
    var field = doc.getField(ArticleSchema.DATE);
    return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue()).toString();
  }

  /** A hit's score, or {@code null} when the sort did not compute one (JSON has no NaN). */
  private static Float score(ScoreDoc hit) {
    return Float.isNaN(hit.score) ? null : hit.score;
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Map<String, Float> orderedBoosts(String f1, float b1, String f2, float b2, String f3, float b3) {
    Map<String, Float> boosts = new LinkedHashMap<>();
    boosts.put(f1, b1);
    boosts.put(f2, b2);
    boosts.put(f3, b3);
    return java.util.Collections.unmodifiableMap(boosts);
  }
}
