package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.RelevanceFeedback;
import dev.newssearch.search.SearchQueries;
import dev.newssearch.search.SearchRequest;
import dev.newssearch.search.Synonyms;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** The query DSL our parsed queries become, without a cluster: the shapes the OpenSearch backend relies on. */
class LuceneQueryTranslatorTest {
  /** Short queries are never widened by feedback: they read no articles. */
  private static final RelevanceFeedback.Articles NO_FEEDBACK = new RelevanceFeedback.Articles() {
    @Override
    public List<RelevanceFeedback.Scored> best(org.apache.lucene.search.Query query, int count) {
      throw new AssertionError("a short query read feedback articles");
    }

    @Override
    public Map<String, Double> bodyShares(List<String> words) {
      throw new AssertionError("a short query asked how common words are");
    }
  };
  private final SearchQueries queries = new SearchQueries(Synonyms.builtIn());
  private final LuceneQueryTranslator translator = new LuceneQueryTranslator(field -> field);

  private static String json(Query query) {
    JacksonJsonpMapper mapper = new JacksonJsonpMapper();
    StringWriter out = new StringWriter();
    try (var generator = mapper.jsonProvider().createGenerator(out)) {
      query.serialize(generator, mapper);
    }
    return out.toString();
  }

  @Test
  void aPhraseKeepsTheGapOfARemovedStopwordAsAPlaceholderTheTermsAnalyzerDrops() {
    String dsl = json(translator.translate(queries.boxQuery("\"president of france\"", ArticleSchema.BODY)));
    assertTrue(dsl.contains("\"match_phrase\":{\"body\":{\"analyzer\":\"news_terms\",\"query\":\"presid the franc\""), dsl);
  }

  @Test
  void wordsAreSentAsTheTermsOurAnalysisMadeWithTheirFieldBoosts() {
    // Possessive stripped, folded, lower-cased and stemmed by our analysis; OpenSearch only matches the term.
    String dsl = json(translator.translate(queries.articleText(SearchRequest.of("Zelenskýy's"), NO_FEEDBACK)));
    assertTrue(dsl.contains("\"term\":{\"title\":{\"value\":\"zelenskyi\"}}"), dsl);
    assertTrue(dsl.contains("\"boost\":2.0"), dsl);
    assertTrue(dsl.contains("\"dis_max\""), dsl);
  }

  @Test
  void exclusionsAloneStillNeedNothingButTheExclusion() {
    String dsl = json(translator.translate(queries.articleText(SearchRequest.of("-sport"), NO_FEEDBACK)));
    assertTrue(dsl.contains("\"match_all\""), dsl);
    assertTrue(dsl.contains("\"must_not\""), dsl);
  }

  @Test
  void advancedDateRangesBecomeCalendarDays() {
    SearchRequest request = new SearchRequest("date:[2025-01-01 TO 2025-01-31]", SearchRequest.QuerySyntax.ADVANCED, null, null, null, 1, 10);
    String dsl = json(translator.translate(queries.articleText(request, NO_FEEDBACK)));
    assertTrue(dsl.contains("\"gte\":\"2025-01-01\""), dsl);
    assertTrue(dsl.contains("\"lte\":\"2025-01-31\""), dsl);
  }

  @Test
  void aQueryKindWithoutAnOpenSearchFormIsABadRequestNotAServerError() {
    var join = new ToParentBlockJoinQuery(new TermQuery(new Term("x", "y")), new QueryBitSetProducer(new TermQuery(new Term("a", "b"))), ScoreMode.Max);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> translator.translate(join));
    assertEquals("bad_query", e.code());
  }
}
