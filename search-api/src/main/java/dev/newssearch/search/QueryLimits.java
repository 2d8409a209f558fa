package dev.newssearch.search;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * How much one query may ask of the index. A query over a limit is refused with an
 * {@link InvalidRequestException} whose code and message name the limit, rather than being run at
 * a cost that would slow every other user down.
 */
public final class QueryLimits {

  /** Most words, phrases and prefixes a search-box query may have ({@code OR} does not count). */
  public static final int MAX_BOX_PARTS = 64;
  /**
   * Most leaf clauses an advanced query may have once expanded over its fields (a bare word is
   * searched in title, body and quotes, so it counts three times).
   */
  public static final int MAX_ADVANCED_CLAUSES = 200;
  /** Most index words one prefix, wildcard or regular expression expands to. */
  public static final int MAX_EXPANSIONS = 128;
  /**
   * Effort allowed to compile one regular expression or wildcard into an automaton (Lucene's
   * default is 10,000, which lets a crafted expression take over a second); a harder one is refused.
   */
  public static final int DETERMINIZE_WORK_LIMIT = 1_000;

  private QueryLimits() {}

  /**
   * The rewrite of every prefix, wildcard and regular-expression query: the best
   * {@link #MAX_EXPANSIONS} matching words, scored as one blended term, never thousands of clauses.
   */
  public static MultiTermQuery.RewriteMethod expansionRewrite() {
    return new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS);
  }

  /** Refuses a search whose query is over its syntax's limit on clauses. */
  static void check(SearchRequest request, Query parsed) {
    if (request.syntax() == SearchRequest.QuerySyntax.ADVANCED && request.scope() == SearchRequest.Scope.ALL) {
      checkAdvancedQuery(parsed);
    } else {
      checkBoxQuery(request.query());
    }
  }

  /** Refuses a search-box query with more than {@link #MAX_BOX_PARTS} parts. */
  static void checkBoxQuery(String text) {
    long parts = BoxQueryParser.tokenize(text).stream().filter(p -> p.kind() != BoxQueryParser.Kind.OR).count();
    if (parts > MAX_BOX_PARTS) {
      throw new InvalidRequestException("too_many_clauses",
          "the query has " + parts + " words, phrases and prefixes; the limit is " + MAX_BOX_PARTS, null);
    }
  }

  /** Refuses an advanced query with more than {@link #MAX_ADVANCED_CLAUSES} leaf clauses. */
  static void checkAdvancedQuery(Query query) {
    AtomicInteger leaves = new AtomicInteger();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        leaves.incrementAndGet();
      }

      @Override
      public void visitLeaf(Query q) {
        leaves.incrementAndGet();
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    if (leaves.get() > MAX_ADVANCED_CLAUSES) {
      throw new InvalidRequestException("too_many_clauses",
          "the query expands to " + leaves.get() + " clauses over the fields; the limit is " + MAX_ADVANCED_CLAUSES, null);
    }
  }

  /** The answer to a query whose expansion Lucene refused ({@code IndexSearcher.TooManyClauses}). */
  static InvalidRequestException tooManyClauses() {
    return new InvalidRequestException("too_many_clauses",
        "the query expands to more than the index allows; use longer prefixes or fewer words", null);
  }

  /** The answer to a regular expression or wildcard too complex to run ({@code TooComplexToDeterminizeException}). */
  static InvalidRequestException tooComplex() {
    return new InvalidRequestException("query_too_complex",
        "a regular expression or wildcard in the query is too complex to run; simplify it", null);
  }
}
