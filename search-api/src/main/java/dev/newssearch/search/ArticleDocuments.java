package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * Keeps an article search to article documents, the parents of each block whose children are the
 * article's quotes.
 *
 * <p>The filter on the document kind is a conjunction with the postings of every article, paid on
 * every candidate of both passes of a search: 13–20% of the CPU of a frequent word's search at
 * 100,000 articles. Most queries do not need it: a query that can match a document only through
 * the article's own text fields ({@link ArticleSchema#ARTICLE_TEXT_FIELDS}), or through a join to
 * the parents, never matches a quote document, so it is left as it is.
 */
final class ArticleDocuments {
  private ArticleDocuments() {}

  /** The query restricted to article documents, with a filter only where it could match others. */
  static Query only(Query query) {
    if (matchesArticlesOnly(query)) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(ArticleSchema.articles(), Occur.FILTER).build();
  }

  /**
   * Whether every clause through which the query can match a document reads an article-only text
   * field or joins to the parents. Excluded clauses never make a document match, so their fields do
   * not count; a clause on any other field, or one with no field (all documents), does, even as a
   * filter beside an article-only clause (the filter is then redundant, and harmless).
   */
  static boolean matchesArticlesOnly(Query query) {
    MatchingFields visitor = new MatchingFields();
    query.visit(visitor);
    return visitor.read && !visitor.other;
  }

  /** Gathers whether the clauses that can make a document match read article-only fields, or others. */
  private static final class MatchingFields extends QueryVisitor {
    /** Some matching clause reads an article-only field or joins to the parents. */
    private boolean read;
    /** Some matching clause reads another field, or none. */
    private boolean other;

    @Override
    public boolean acceptField(String field) {
      if (ArticleSchema.ARTICLE_TEXT_FIELDS.contains(field)) {
        read = true;
      } else {
        other = true;
      }
      // Nothing below needs visiting: the field alone decides.
      return false;
    }

    @Override
    public void visitLeaf(Query query) {
      if (query instanceof ToParentBlockJoinQuery) {
        // A leaf to visitors: it matches the parents of its matching children, whatever their fields.
        read = true;
      } else {
        // A leaf on a field asks acceptField first and, refused, stops there; one that reaches here
        // named no field (all documents, or a kind of query not known to say).
        other = true;
      }
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }
  }
}
