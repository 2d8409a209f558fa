package dev.newssearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that matches what its inner query matches and scores it the same, except for a few
 * documents given new scores: a search's first hits, re-ranked. Because the new order lives in the
 * scores, everything that reads the ranking (pages, cursors, near-duplicate grouping) sees one
 * consistent order without knowing about it.
 *
 * <p>The new scores must stay above every score the inner query gives outside them (the re-ranked
 * hits are its best ones), which is what lets the inner query keep skipping hits that cannot
 * compete: it is told the lower of the collector's bar and the lowest re-ranked hit's own score.
 */
final class RerankedQuery extends Query {
  private final Query inner;
  /** Top-level document numbers, ascending, and their new scores. */
  private final int[] docs;
  private final float[] scores;
  /** The lowest score the inner query gave any of {@link #docs}. */
  private final float innerFloor;

  /**
   * @param inner the query whose hits are re-ranked
   * @param docs top-level document numbers, ascending
   * @param scores their new scores, each above every score {@code inner} gives other documents
   * @param innerFloor the lowest score {@code inner} gave any of {@code docs}
   */
  RerankedQuery(Query inner, int[] docs, float[] scores, float innerFloor) {
    this.inner = inner;
    this.docs = docs;
    this.scores = scores;
    this.innerFloor = innerFloor;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = inner.rewrite(searcher);
    return rewritten == inner ? this : new RerankedQuery(rewritten, docs, scores, innerFloor);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight innerWeight = inner.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return innerWeight;
    }
    return new FilterWeight(this, innerWeight) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        if (supplier == null) {
          return null;
        }
        int from = lowerBound(context.docBase);
        int to = lowerBound(context.docBase + context.reader().maxDoc());
        if (from == to) {
          return supplier;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new LeafScorer(supplier.get(leadCost), context.docBase, from, to);
          }

          @Override
          public long cost() {
            return supplier.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            supplier.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation explained = in.explain(context, doc);
        int at = Arrays.binarySearch(docs, context.docBase + doc);
        return at < 0 || !explained.isMatch() ? explained
            : Explanation.match(scores[at], "re-ranked, from:", explained);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  /** The index in {@link #docs} of the first document at or after {@code doc}. */
  private int lowerBound(int doc) {
    int at = Arrays.binarySearch(docs, doc);
    return at >= 0 ? at : -at - 1;
  }

  /** The inner scorer of one segment, with the new scores of the re-ranked documents in it. */
  private final class LeafScorer extends Scorer {
    private final Scorer in;
    private final int docBase;
    private final int from;
    private final int to;

    LeafScorer(Scorer in, int docBase, int from, int to) {
      this.in = in;
      this.docBase = docBase;
      this.from = from;
      this.to = to;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      int at = Arrays.binarySearch(docs, from, to, docBase + in.docID());
      return at >= 0 ? scores[at] : in.score();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float max = in.getMaxScore(upTo);
      int first = Math.max(0, in.docID());
      for (int i = from; i < to && docs[i] - docBase <= upTo; i++) {
        if (docs[i] - docBase >= first) {
          max = Math.max(max, scores[i]);
        }
      }
      return max;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // Re-ranked documents scored at least innerFloor before: never let the inner query skip them.
      in.setMinCompetitiveScore(Math.min(minScore, innerFloor));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "reranked(" + inner.toString(field) + ", " + docs.length + " hits)";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && inner.equals(((RerankedQuery) other).inner)
        && Arrays.equals(docs, ((RerankedQuery) other).docs)
        && Arrays.equals(scores, ((RerankedQuery) other).scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), inner, Arrays.hashCode(docs), Arrays.hashCode(scores));
  }
}
