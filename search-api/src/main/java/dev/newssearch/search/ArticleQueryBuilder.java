package dev.newssearch.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * How the words of a search-box query match and rank articles (the default mode of an article
 * search).
 *
 * <ul>
 *   <li><b>Short queries</b> (up to {@link #STRICT_WORDS} words, phrases or OR groups): every part
 *       must match, and articles where the words occur close together rank higher (a sloppy phrase
 *       over the words, as an optional clause).
 *   <li><b>Long queries</b>, such as a question typed in full: requiring every word would usually
 *       find nothing, so an article qualifies when it matches at least a quarter of the parts, and
 *       BM25 ranks the best-matching articles (more and rarer words) first. The query is then
 *       widened with the words that dominate its best articles ({@link RelevanceFeedback}), which
 *       reorders the matches without adding articles that match none of the query's words.
 * </ul>
 *
 * <p>Exclusions always exclude; a phrase is matched as a phrase in both modes.
 */
final class ArticleQueryBuilder {
  /** Queries with up to this many parts require all of them. */
  static final int STRICT_WORDS = 3;
  /** Share of the parts a long query needs an article to match. */
  static final double LONG_QUERY_SHARE = 0.25;
  /** Word distance within which the words of a short query count as close together. */
  static final int PROXIMITY_SLOP = 8;
  /** Weight of the closeness clause against the words' own scores. */
  static final float PROXIMITY_WEIGHT = 0.5f;

  private final BoxQueryParser parser;
  private final QueryBuilder phrases;
  private final RelevanceFeedback feedback;

  /**
   * @param parser the box-syntax parser (with the query analyzer)
   * @param queryAnalyzer how query words are analysed
   * @param indexAnalyzer how article text was analysed, for reading feedback articles
   */
  ArticleQueryBuilder(BoxQueryParser parser, Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    this.parser = parser;
    this.phrases = new QueryBuilder(queryAnalyzer);
    this.feedback = new RelevanceFeedback(indexAnalyzer);
  }

  /**
   * The query for a search-box text.
   *
   * @param text what the user typed
   * @param fields the fields searched, with their boosts
   * @param searcher the index, which long queries consult for their feedback
   */
  Query build(String text, Map<String, Float> fields, IndexSearcher searcher) {
    return build(text, fields, RelevanceFeedback.of(searcher));
  }

  /**
   * The query for a search-box text, for any backend.
   *
   * @param text what the user typed
   * @param fields the fields searched, with their boosts
   * @param feedbackArticles where long queries read their best articles for feedback
   */
  Query build(String text, Map<String, Float> fields, RelevanceFeedback.Articles feedbackArticles) {
    BoxQueryParser.Parsed parsed = parser.parseParts(text, fields);
    List<Query> positive = parsed.positive();
    if (positive.isEmpty()) {
      return parsed.withoutPositiveClauses();
    }
    if (positive.size() <= STRICT_WORDS) {
      return strict(parsed, fields);
    }
    return feedback.expand(relaxed(parsed), feedbackArticles);
  }

  private Query strict(BoxQueryParser.Parsed parsed, Map<String, Float> fields) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    parsed.positive().forEach(clause -> query.add(clause, Occur.MUST));
    parsed.excluded().forEach(clause -> query.add(clause, Occur.MUST_NOT));
    if (parsed.words().size() > 1) {
      String words = String.join(" ", parsed.words());
      for (Map.Entry<String, Float> field : fields.entrySet()) {
        if (phrases.createPhraseQuery(field.getKey(), words, PROXIMITY_SLOP) instanceof PhraseQuery near) {
          query.add(new BoostQuery(near, PROXIMITY_WEIGHT * field.getValue()), Occur.SHOULD);
        }
      }
    }
    return query.build();
  }

  private static Query relaxed(BoxQueryParser.Parsed parsed) {
    BooleanQuery.Builder some = new BooleanQuery.Builder();
    parsed.positive().forEach(clause -> some.add(clause, Occur.SHOULD));
    some.setMinimumNumberShouldMatch((int) Math.ceil(parsed.positive().size() * LONG_QUERY_SHARE));
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(some.build(), Occur.MUST);
    parsed.excluded().forEach(clause -> query.add(clause, Occur.MUST_NOT));
    return query.build();
  }
}
