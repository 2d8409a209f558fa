package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The optional recency boost: a hit's score is multiplied by {@code 1 + 0.5^(age / halfLife)}, where
 * age is how many days the article is older than the newest dated article in the index. The newest
 * articles score double, an article one half-life older ×1.5, two half-lives ×1.25, and old and
 * undated articles ×1: relevance still decides between articles of about the same age, and an old
 * article that matches much better still wins.
 *
 * <p>Age counts from the newest article rather than from today because an archive is searched
 * long after it was written: against today, every article of a 1987 collection would be decades
 * old and the boost would do nothing. For an index kept up to date the newest article is today.
 */
final class RecencyBoost extends DoubleValuesSource {
  private final long newestDay;
  private final double halfLifeDays;

  private RecencyBoost(long newestDay, double halfLifeDays) {
    this.newestDay = newestDay;
    this.halfLifeDays = halfLifeDays;
  }

  /**
   * The query with its scores boosted by recency, or the query itself when no article is dated.
   *
   * @param query the scoring query
   * @param reader the index, whose newest date is the reference
   * @param halfLife the age at which the boost has fallen to half; positive
   */
  static Query apply(Query query, IndexReader reader, Duration halfLife) throws IOException {
    byte[] newest = PointValues.getMaxPackedValue(reader, ArticleSchema.DATE);
    if (newest == null) {
      return query;
    }
    double days = halfLife.toSeconds() / 86_400.0;
    return FunctionScoreQuery.boostByValue(query, new RecencyBoost(LongPoint.decodeDimension(newest, 0), days));
  }

  /** The factor for an article published on the given epoch day. */
  double factor(long day) {
    double age = Math.max(0, newestDay - day);
    return 1 + Math.pow(0.5, age / halfLifeDays);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
    SortedNumericDocValues dates = DocValues.getSortedNumeric(context.reader(), ArticleSchema.DATE);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        // An undated article has no age: it keeps its score, like an old one.
        value = dates.advanceExact(doc) ? factor(dates.nextValue()) : 1;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext context) {
    return DocValues.isCacheable(context, ArticleSchema.DATE);
  }

  @Override
  public int hashCode() {
    return Objects.hash(newestDay, halfLifeDays);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecencyBoost that && that.newestDay == newestDay && that.halfLifeDays == halfLifeDays;
  }

  @Override
  public String toString() {
    return "recency(newest=" + newestDay + ", halfLifeDays=" + halfLifeDays + ")";
  }
}
