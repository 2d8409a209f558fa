package dev.newssearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The most frequent values of a keyword field (sorted-set doc values) among a search's matches, for
 * one view of the index: its map from each segment's ordinals to the view's is built once per view.
 *
 * <p>Each segment is counted in its own ordinals, and only the values its matches hold are then
 * carried to the view's ordinals. Lucene's {@code StringValueFacetCounts} instead maps every value
 * of every match (or, past a threshold, walks every value of the segment, matching or not) and then
 * walks all counted values to rank them; with thousands of speakers per segment that was most of
 * the facet time. The counts are exact. Values with equal counts are ranked by name, so which of
 * them makes the cut is always the same (Lucene's hash-ordered walk broke such ties arbitrarily).
 */
final class KeywordFacets {
  private final String field;
  /** Which values a facet may show: all of a source, the named ones of the speakers. */
  private final Predicate<String> shown;
  private final List<LeafReaderContext> leaves;
  /** Each multi-valued segment's values per document, by the segment's position in the view. */
  private final SegmentValues[] segmentValues;
  /** Segment ordinals to the view's; {@code null} when the view has one segment. */
  private final OrdinalMap ordinals;
  private final int valueCount;
  /**
   * The values already looked up, by the view's ordinal. Looking a value up decompresses a block of
   * the segment's terms, and every search asks again for much the same few dozen values. Threads may
   * fill a slot at once: they write the same immutable string, so a lost write costs one lookup more.
   * Made on the first look-up: values only counted ({@link #distinct}) are never looked up, and a
   * field of a million values would hold megabytes for nothing.
   */
  private volatile String[] labels;

  private KeywordFacets(String field, Predicate<String> shown, List<LeafReaderContext> leaves, OrdinalMap ordinals,
      int valueCount) throws IOException {
    this.field = field;
    this.shown = shown;
    this.leaves = leaves;
    this.ordinals = ordinals;
    this.valueCount = valueCount;
    this.segmentValues = new SegmentValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      segmentValues[leaf.ord] = SegmentArrays.of(leaf, field, SegmentValues.class, SegmentValues::read);
    }
  }

  /**
   * Whether a segment's values of {@code field} are held in arrays, read once for every view that
   * holds the segment, until it is closed.
   */
  static boolean holdsArrays(LeafReaderContext leaf, String field) {
    return SegmentArrays.holds(leaf, field);
  }

  /**
   * The facets of {@code field} over one view of the index.
   *
   * @param shown which values the facet may show; the others are counted but never listed
   */
  static KeywordFacets of(IndexReader reader, String field, Predicate<String> shown) {
    try {
      List<LeafReaderContext> leaves = reader.leaves();
      if (leaves.size() == 1) {
        return new KeywordFacets(field, shown, leaves, null, (int) DocValues.getSortedSet(leaves.get(0).reader(), field).getValueCount());
      }
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
      }
      IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
      OrdinalMap map = OrdinalMap.build(cache == null ? null : cache.getKey(), values, PackedInts.DEFAULT);
      return new KeywordFacets(field, shown, leaves, map, (int) map.getValueCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code size} shown values held by most matches, most first, equal counts by name.
   *
   * @param matches the matches of a search, from this view
   */
  List<Facets.FacetValue> top(FacetsCollector matches, int size) throws IOException {
    ViewCounts view = new ViewCounts(valueCount);
    countInView(matches, view);
    return labels(best(view.counts, view.counted, view.distinct, size), view.counts);
  }

  /**
   * How many different values the matches hold (one bit per value of the view, where the counts of
   * {@link #top} take an int), and how many matches hold each of a few chosen values, in the same pass.
   *
   * @param matches the matches of a search, from this view
   * @param chosen different values, by the view's ordinal ({@link #valueOf})
   * @param counts receives the number of matches holding each chosen value, at its index
   */
  long distinct(FacetsCollector matches, int[] chosen, int[] counts) throws IOException {
    FixedBitSet held = new FixedBitSet(Math.max(1, valueCount));
    FixedBitSet isChosen = new FixedBitSet(Math.max(1, valueCount));
    for (int value : chosen) {
      isChosen.set(value);
    }
    countInView(matches, (viewOrd, count) -> {
      held.set(viewOrd);
      if (isChosen.get(viewOrd)) {
        for (int i = 0; i < chosen.length; i++) {
          if (chosen[i] == viewOrd) {
            counts[i] += count;
          }
        }
      }
    });
    return valueCount == 0 ? 0 : held.cardinality();
  }

  /**
   * The view's ordinal of the value a document holds, its first when it holds several.
   *
   * @param doc a document of this view, by its top-level number
   * @return the ordinal, or -1 when the document holds no value
   */
  int valueOf(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    if (!values.advanceExact(doc - leaf.docBase)) {
      return -1;
    }
    long segmentOrd = values.nextOrd();
    return (int) (ordinals == null ? segmentOrd : ordinals.getGlobalOrds(leaf.ord).get(segmentOrd));
  }

  /** Receives, segment by segment, each value the matches hold there and how many of them hold it. */
  @FunctionalInterface
  private interface ValueCounts {
    void add(int viewOrd, int count);
  }

  /**
   * Counts the matches segment by segment, each in the segment's own ordinals, and hands every value
   * they hold on in the view's ordinals.
   */
  private void countInView(FacetsCollector matches, ValueCounts sink) throws IOException {
    SegmentTally tally = new SegmentTally();
    for (FacetsCollector.MatchingDocs matching : matches.getMatchingDocs()) {
      if (matching.totalHits() == 0 || matching.bits() == null) {
        continue;
      }
      countSegment(matching, tally);
      LongValues toView = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(matching.context().ord);
      for (int i = 0; i < tally.heldValues; i++) {
        int ord = tally.held[i];
        sink.add((int) toView.get(ord), tally.counts[ord]);
        tally.counts[ord] = 0;
      }
    }
  }

  /** The view's counts, and which ordinals were counted, in first-seen order. */
  private static final class ViewCounts implements ValueCounts {
    private final int[] counts;
    private int[] counted = new int[64];
    private int distinct;

    ViewCounts(int valueCount) {
      counts = new int[valueCount];
    }

    @Override
    public void add(int viewOrd, int count) {
      if (counts[viewOrd] == 0) {
        if (distinct == counted.length) {
          counted = Arrays.copyOf(counted, distinct * 2);
        }
        counted[distinct++] = viewOrd;
      }
      counts[viewOrd] += count;
    }
  }

  /** Counts one segment's matches in the segment's own ordinals. */
  private void countSegment(FacetsCollector.MatchingDocs matching, SegmentTally tally) throws IOException {
    DocIdSetIterator docs = matching.bits().iterator();
    SegmentValues arrays = segmentValues[matching.context().ord];
    if (arrays != null) {
      int[] counts = tally.start(arrays.valueCount());
      int[] starts = arrays.starts();
      int[] ords = arrays.ords();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
          counts[ords[i]]++;
        }
      }
    } else {
      SortedDocValues values = DocValues.unwrapSingleton(DocValues.getSortedSet(matching.context().reader(), field));
      int[] counts = tally.start(values == null ? 0 : values.getValueCount());
      for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          counts[values.ordValue()]++;
        }
      }
    }
    tally.findHeld();
  }

  /**
   * One segment's counts by its own ordinals, and which ordinals were counted, in order. The counted
   * ordinals are found by a scan of the counts once the matches are counted: a few microseconds per
   * thousand values, where noting each one as it was first counted put a branch that the processor
   * could not predict on every value of every match (a search for a frequent word, over 100,000
   * articles, took about 13% more CPU that way).
   */
  private static final class SegmentTally {
    private int[] counts = new int[0];
    private int[] held = new int[64];
    private int heldValues;
    private int valueCount;

    /**
     * Starts a segment of {@code valueCount} values; the counts of the last were cleared as they were
     * carried.
     *
     * @return the counts to add the segment's matches to, by ordinal
     */
    int[] start(int valueCount) {
      if (counts.length < valueCount) {
        counts = new int[valueCount];
      }
      this.valueCount = valueCount;
      heldValues = 0;
      return counts;
    }

    /** Lists the ordinals the segment's matches hold, once they are all counted. */
    void findHeld() {
      for (int ord = 0; ord < valueCount; ord++) {
        if (counts[ord] != 0) {
          if (heldValues == held.length) {
            held = Arrays.copyOf(held, heldValues * 2);
          }
          held[heldValues++] = ord;
        }
      }
    }
  }

  /**
   * The {@code size} best of the counted ordinals that may be shown, best first: higher count, then
   * lower ordinal (the view's ordinals follow the values' sort order, so that is the name). A value
   * is looked up only when it would make the cut, so the test of whether it may be shown costs
   * little more than the labels the page needs anyway.
   */
  private int[] best(int[] counts, int[] counted, int distinct, int size) throws IOException {
    int[] best = new int[Math.min(size, distinct)];
    int filled = 0;
    for (int i = 0; i < distinct; i++) {
      int ord = counted[i];
      if (filled == best.length && !before(counts, ord, best[filled - 1]) || !shown.test(label(ord))) {
        continue;
      }
      // Insertion into a short sorted array: the page shows ten values.
      int at = filled == best.length ? filled - 1 : filled++;
      while (at > 0 && before(counts, ord, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = ord;
    }
    return filled == best.length ? best : Arrays.copyOf(best, filled);
  }

  private static boolean before(int[] counts, int ord, int other) {
    return counts[ord] > counts[other] || counts[ord] == counts[other] && ord < other;
  }

  private List<Facets.FacetValue> labels(int[] best, int[] counts) throws IOException {
    List<Facets.FacetValue> values = new ArrayList<>(best.length);
    for (int ord : best) {
      values.add(new Facets.FacetValue(label(ord), counts[ord]));
    }
    return values;
  }

  /**
   * A multi-valued segment's values, read once from its doc values into arrays: the ordinals of
   * document {@code d} are {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]}. Counting a
   * match is then a few array reads, where the doc values decode packed addresses and ordinals for
   * every match (the speaker facet of a word in 78,000 of 100,000 articles: 3.6 ms of CPU from the
   * doc values, 1.7 ms from the arrays). Four bytes per document and per value: about 4 MB for the
   * speakers of 100,000 articles and their quotes. A single-valued field is read from its doc
   * values, one packed read per match: arrays saved 1–5% of a search's CPU there, for 8 bytes per
   * document of each such field.
   *
   * @param starts where each document's ordinals start, and where the last one's end
   * @param ords the documents' ordinals in the segment, in document order
   * @param valueCount how many distinct values the segment holds
   */
  private record SegmentValues(int[] starts, int[] ords, int valueCount) {
    /** The segment's values in arrays, or {@code null} when each document holds one value at most. */
    static SegmentValues read(LeafReaderContext leaf, String field) throws IOException {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
      if (DocValues.unwrapSingleton(values) != null || values.getValueCount() == 0) {
        return null;
      }
      int maxDoc = leaf.reader().maxDoc();
      int[] starts = new int[maxDoc + 1];
      int[] ords = new int[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, values.cost()))];
      int filled = 0;
      int nextStart = 0;
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        Arrays.fill(starts, nextStart, doc + 1, filled);
        nextStart = doc + 1;
        int count = values.docValueCount();
        if (filled + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(filled + count, ords.length * 2));
        }
        for (int i = 0; i < count; i++) {
          ords[filled++] = (int) values.nextOrd();
        }
      }
      Arrays.fill(starts, nextStart, maxDoc + 1, filled);
      return new SegmentValues(starts, Arrays.copyOf(ords, filled), (int) values.getValueCount());
    }
  }

  private String label(int ord) throws IOException {
    String[] known = labels;
    if (known == null) {
      known = labels = new String[valueCount]; // two threads may each make one: a few lookups more
    }
    String label = known[ord];
    if (label == null) {
      int segment = ordinals == null ? 0 : ordinals.getFirstSegmentNumber(ord);
      long segmentOrd = ordinals == null ? ord : ordinals.getFirstSegmentOrd(ord);
      SortedSetDocValues dv = DocValues.getSortedSet(leaves.get(segment).reader(), field);
      label = dv.lookupOrd(segmentOrd).utf8ToString();
      known[ord] = label;
    }
    return label;
  }
}
