package dev.newssearch.opensearch;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.QueryLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * Turns the Lucene queries our parsers build (search box, advanced syntax, long-query ranking) into
 * OpenSearch's query DSL, so both backends share one parser and one meaning of every query.
 *
 * <p>The words arrive already analysed by our own query analysis (synonyms included), so they are
 * sent as terms, never analysed again: a term stays a {@code term} query; a phrase becomes a
 * {@code match_phrase} read by the index's {@link OpenSearchSchema#TERMS_ANALYZER}, which keeps the
 * terms as they are and the gaps of removed stopwords as positions, so OpenSearch builds the very
 * phrase query Lucene would.
 */
final class LuceneQueryTranslator {

  /** Stands for a removed stopword in a phrase: the terms analyzer drops it and keeps the gap. */
  private static final String GAP = "the";

  private final UnaryOperator<String> fields;

  /**
   * @param fields the OpenSearch name of each Lucene field (identity, or a path into the nested quotes)
   */
  LuceneQueryTranslator(UnaryOperator<String> fields) {
    this.fields = fields;
  }

  /** The OpenSearch query of a Lucene query. */
  Query translate(org.apache.lucene.search.Query query) {
    return switch (query) {
      case TermQuery term -> term(term.getTerm());
      case BoostQuery boost -> boosted(translate(boost.getQuery()), boost.getBoost());
      case BooleanQuery bool -> bool(bool);
      case DisjunctionMaxQuery max -> Query.of(q -> q.disMax(d -> d
          .queries(max.getDisjuncts().stream().map(this::translate).toList())
          .tieBreaker(max.getTieBreakerMultiplier())));
      case PhraseQuery phrase -> phrase(phrase);
      case MultiPhraseQuery multi -> multiPhrase(multi);
      case SynonymQuery synonyms -> Query.of(q -> q.bool(b -> b.should(synonyms.getTerms().stream().map(this::term).toList())));
      case PrefixQuery prefix -> Query.of(q -> q.prefix(p -> p
          .field(field(prefix.getPrefix().field()))
          .value(prefix.getPrefix().text())
          .rewrite("top_terms_blended_freqs_" + QueryLimits.MAX_EXPANSIONS)));
      case WildcardQuery wildcard -> Query.of(q -> q.wildcard(w -> w
          .field(field(wildcard.getTerm().field())).value(wildcard.getTerm().text())
          .rewrite("top_terms_blended_freqs_" + QueryLimits.MAX_EXPANSIONS)));
      case RegexpQuery regexp -> Query.of(q -> q.regexp(r -> r
          .field(field(regexp.getRegexp().field())).value(regexp.getRegexp().text())
          .rewrite("top_terms_blended_freqs_" + QueryLimits.MAX_EXPANSIONS)));
      case FuzzyQuery fuzzy -> Query.of(q -> q.fuzzy(f -> f
          .field(field(fuzzy.getTerm().field())).value(FieldValue.of(fuzzy.getTerm().text()))
          .fuzziness(Integer.toString(fuzzy.getMaxEdits())).prefixLength(fuzzy.getPrefixLength())));
      case TermRangeQuery range -> termRange(range);
      case IndexOrDocValuesQuery either -> translate(either.getIndexQuery());
      case IndexSortSortedNumericDocValuesRangeQuery sorted -> translate(sorted.getFallbackQuery());
      case PointRangeQuery points when ArticleSchema.DATE.equals(points.getField()) -> dayRange(points);
      case TermInSetQuery set -> Query.of(q -> q.terms(t -> t.field(field(set.getField()))
          .terms(v -> v.value(termsOf(set)))));
      case ConstantScoreQuery constant -> Query.of(q -> q.constantScore(c -> c.filter(translate(constant.getQuery()))));
      case MatchAllDocsQuery all -> Query.of(q -> q.matchAll(m -> m));
      case MatchNoDocsQuery none -> Query.of(q -> q.matchNone(m -> m));
      default -> throw new InvalidRequestException("bad_query",
          "this kind of query (" + query.getClass().getSimpleName() + ") is not available on the OpenSearch backend", null);
    };
  }

  private String field(String luceneField) {
    return fields.apply(luceneField);
  }

  private Query term(Term term) {
    return Query.of(q -> q.term(t -> t.field(field(term.field())).value(FieldValue.of(term.text()))));
  }

  /** A query whose score is {@code inner}'s times {@code boost}: a one-clause bool carries the boost for any query kind. */
  private static Query boosted(Query inner, float boost) {
    return Query.of(q -> q.bool(b -> b.must(inner).boost(boost)));
  }

  private Query bool(BooleanQuery bool) {
    List<Query> must = new ArrayList<>();
    List<Query> should = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    List<Query> filter = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Query translated = translate(clause.query());
      switch (clause.occur()) {
        case MUST -> must.add(translated);
        case SHOULD -> should.add(translated);
        case MUST_NOT -> mustNot.add(translated);
        case FILTER -> filter.add(translated);
      }
    }
    int minimumShould = bool.getMinimumNumberShouldMatch();
    return Query.of(q -> q.bool(b -> {
      b.must(must).should(should).mustNot(mustNot).filter(filter);
      if (minimumShould > 0) {
        b.minimumShouldMatch(Integer.toString(minimumShould));
      } else if (must.isEmpty() && filter.isEmpty() && !should.isEmpty()) {
        // Lucene: a query of optional clauses only needs one of them; say so, as OpenSearch's default
        // for a bool with must_not beside the should clauses is zero.
        b.minimumShouldMatch("1");
      }
      return b;
    }));
  }

  /** A phrase as the positions of its terms: each gap a placeholder the terms analyzer removes. */
  private Query phrase(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (terms.length == 0) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    StringBuilder text = new StringBuilder(terms[0].text());
    for (int i = 1; i < terms.length; i++) {
      text.append((" " + GAP).repeat(Math.max(0, positions[i] - positions[i - 1] - 1))).append(' ').append(terms[i].text());
    }
    String field = field(terms[0].field());
    return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text.toString())
        .analyzer(OpenSearchSchema.TERMS_ANALYZER).slop(phrase.getSlop())));
  }

  /** A phrase with alternatives at some positions (synonyms inside a phrase), as spans. */
  private Query multiPhrase(MultiPhraseQuery multi) {
    Term[][] terms = multi.getTermArrays();
    int[] positions = multi.getPositions();
    List<SpanQuery> clauses = new ArrayList<>(terms.length);
    for (Term[] alternatives : terms) {
      List<SpanQuery> options = new ArrayList<>();
      for (Term term : alternatives) {
        options.add(SpanQuery.of(s -> s.spanTerm(t -> t.field(field(term.field())).value(term.text()))));
      }
      clauses.add(options.size() == 1 ? options.get(0) : SpanQuery.of(s -> s.spanOr(o -> o.clauses(options))));
    }
    int gaps = positions.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (positions.length - 1);
    return Query.of(q -> q.spanNear(n -> n.clauses(clauses).slop(multi.getSlop() + gaps).inOrder(multi.getSlop() == 0)));
  }

  private Query termRange(TermRangeQuery range) {
    return Query.of(q -> q.range(r -> {
      r.field(field(range.getField()));
      if (range.getLowerTerm() != null) {
        JsonData lower = JsonData.of(range.getLowerTerm().utf8ToString());
        if (range.includesLower()) {
          r.gte(lower);
        } else {
          r.gt(lower);
        }
      }
      if (range.getUpperTerm() != null) {
        JsonData upper = JsonData.of(range.getUpperTerm().utf8ToString());
        if (range.includesUpper()) {
          r.lte(upper);
        } else {
          r.lt(upper);
        }
      }
      return r;
    }));
  }

  /** The advanced syntax's {@code date:[a TO b]}: epoch days in Lucene, calendar days in OpenSearch. */
  private Query dayRange(PointRangeQuery points) {
    long from = LongPoint.decodeDimension(points.getLowerPoint(), 0);
    long to = LongPoint.decodeDimension(points.getUpperPoint(), 0);
    return Query.of(q -> q.range(r -> {
      r.field(field(ArticleSchema.DATE)).format("strict_date");
      if (from != Long.MIN_VALUE) {
        r.gte(JsonData.of(LocalDate.ofEpochDay(from).toString()));
      }
      if (to != Long.MAX_VALUE) {
        r.lte(JsonData.of(LocalDate.ofEpochDay(to).toString()));
      }
      return r;
    }));
  }

  private static List<FieldValue> termsOf(TermInSetQuery set) {
    List<FieldValue> values = new ArrayList<>();
    try {
      var iterator = set.getBytesRefIterator();
      for (BytesRef value = iterator.next(); value != null; value = iterator.next()) {
        values.add(FieldValue.of(value.utf8ToString()));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return values;
  }
}
