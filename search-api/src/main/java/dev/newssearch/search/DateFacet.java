package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The timeline of a search: its matches counted per day of publication, and those without a date.
 *
 * <p>A segment's days are read once into an array of two bytes per document ({@link SegmentDays}),
 * shared by every search until the segment closes: a frequent word's matches then cost an array read
 * each, where the date doc values (sparse: a quote document has no date) decoded a packed value and
 * looked the document up in their index of those that have one (a twentieth of such a search's CPU
 * at 100,000 articles). A segment whose days span more than the array can count (about 179 years)
 * is read from its doc values.
 */
final class DateFacet {

  /**
   * The timeline and what it leaves out.
   *
   * @param histogram the matches per day, month or year
   * @param undated matches without a date
   */
  record Counts(Facets.DateHistogram histogram, long undated) {}

  private DateFacet() {}

  /** Counts the matches of a search per day, then picks the histogram's interval. */
  static Counts of(FacetsCollector matches) throws IOException {
    Map<Long, Long> perDay = new HashMap<>();
    long undated = 0;
    for (FacetsCollector.MatchingDocs matching : matches.getMatchingDocs()) {
      if (matching.bits() == null) {
        continue;
      }
      DocIdSetIterator docs = matching.bits().iterator();
      SegmentDays days = SegmentArrays.of(matching.context(), ArticleSchema.DATE, SegmentDays.class, SegmentDays::read);
      undated += days != null ? days.count(docs, perDay) : countFromDocValues(matching.context(), docs, perDay);
    }
    return new Counts(DateHistograms.of(perDay), undated);
  }

  /** Counts a segment's matches per day from its doc values; returns how many have no date. */
  private static long countFromDocValues(LeafReaderContext leaf, DocIdSetIterator docs, Map<Long, Long> perDay)
      throws IOException {
    // The days go into a primitive array, counted by DateHistograms.perDay: a map keyed by boxed
    // days allocated an object per matching article.
    long[] days = new long[64];
    int dated = 0;
    long undated = 0;
    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), ArticleSchema.DATE);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (values.advanceExact(doc)) {
        if (dated == days.length) {
          days = Arrays.copyOf(days, dated * 2);
        }
        days[dated++] = values.nextValue();
      } else {
        undated++;
      }
    }
    DateHistograms.perDay(days, dated).forEach((day, count) -> perDay.merge(day, count, Long::sum));
    return undated;
  }

  /**
   * A segment's day of publication per document, as its distance from the segment's first day plus
   * one; 0 for a document without a date.
   *
   * @param offsets each document's day, by document number
   * @param firstDay the epoch day that offset 1 stands for
   * @param span how many days the segment's dates cover
   */
  record SegmentDays(char[] offsets, long firstDay, int span) {
    /** The most days an offset of two bytes can tell apart, beside the 0 of no date. */
    static final int MAX_SPAN = Character.MAX_VALUE - 1;

    /** The segment's days in an array, or {@code null} when it has no dates or they span too long. */
    static SegmentDays read(LeafReaderContext leaf, String field) throws IOException {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        long day = values.nextValue();
        first = Math.min(first, day);
        last = Math.max(last, day);
      }
      if (first > last || last - first >= MAX_SPAN) {
        return null;
      }
      char[] offsets = new char[leaf.reader().maxDoc()];
      values = DocValues.getSortedNumeric(leaf.reader(), field);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        offsets[doc] = (char) (values.nextValue() - first + 1);
      }
      return new SegmentDays(offsets, first, (int) (last - first + 1));
    }

    /** Adds the matches' days to {@code perDay}; returns how many matches have no date. */
    long count(DocIdSetIterator docs, Map<Long, Long> perDay) throws IOException {
      int[] counts = new int[span + 1];
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        counts[offsets[doc]]++;
      }
      for (int offset = 1; offset <= span; offset++) {
        if (counts[offset] > 0) {
          perDay.merge(firstDay + offset - 1, (long) counts[offset], Long::sum);
        }
      }
      return counts[0];
    }
  }
}
