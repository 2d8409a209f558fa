package dev.newssearch.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The codec our index is written with: Lucene's default, but with a Bloom filter in front of the
 * {@link ArticleSchema#NEAR_DUPLICATE_BANDS} terms.
 *
 * <p>Grouping near-duplicates looks up each hit's {@value NearDuplicateSignature#BANDS} band terms in
 * every segment. Nearly every band term belongs to one article, so nearly every lookup misses, and a
 * miss in Lucene's terms dictionary still loads and scans a block of terms. The Bloom filter answers
 * most misses from a bit set in memory (about 1% of them get through to the dictionary).
 *
 * <p>Segments name the codec that wrote them, and Lucene finds it by that name through the service
 * loader ({@code META-INF/services/org.apache.lucene.codecs.Codec}) when the index is opened. The
 * name carries the version of the codec it wraps: a Lucene upgrade that changes the default must
 * come with a new name (and a reindex), not a silent change of what old segments are read with.
 */
public final class IndexCodec extends FilterCodec {
  /** The name segments record, and the service loader finds this codec by. */
  public static final String NAME = "NewsSearch104";

  /** Wanted false-positive rate of the band filter: share of misses that still reach the dictionary. */
  private static final float BAND_FALSE_POSITIVES = 0.01f;

  /**
   * The highest share of set bits the band filter is shrunk to once its terms are known. With the
   * number of hash functions chosen for the first (larger) estimate, seven or more, half set keeps
   * the rate at or below {@link #BAND_FALSE_POSITIVES}.
   */
  private static final float BAND_FILTER_SATURATION = 0.5f;

  /**
   * Band terms a filter is first sized for at most: a segment of a million documents (about 230,000
   * articles with their quotes). A larger one
   * gets a fuller filter (more misses get through) rather than a temporary bit set of hundreds of
   * megabytes while it is written.
   */
  private static final int MAX_BANDS_ESTIMATE = 1 << 24;

  private final Lucene104Codec defaults;
  private final PostingsFormat bandPostings;
  private final PostingsFormat postings = new PerFieldPostingsFormat() {
    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
      return ArticleSchema.NEAR_DUPLICATE_BANDS.equals(field) ? bandPostings : defaults.getPostingsFormatForField(field);
    }
  };

  /** The codec; public and without arguments, as the service loader needs. */
  public IndexCodec() {
    this(new Lucene104Codec());
  }

  private IndexCodec(Lucene104Codec defaults) {
    super(NAME, defaults);
    this.defaults = defaults;
    this.bandPostings = new BloomFilteringPostingsFormat(
        defaults.getPostingsFormatForField(ArticleSchema.NEAR_DUPLICATE_BANDS), new BandFilters());
  }

  @Override
  public PostingsFormat postingsFormat() {
    return postings;
  }

  /**
   * Sizes a segment's band filter. How many of a segment's documents are articles (quotes are
   * documents too) is known only once its terms are written, so the filter is first sized as if
   * every document held {@value NearDuplicateSignature#BANDS} band terms, then shrunk to the terms
   * it actually holds.
   */
  private static final class BandFilters extends BloomFilterFactory {
    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      long atMost = (long) state.segmentInfo.maxDoc() * NearDuplicateSignature.BANDS;
      return FuzzySet.createOptimalSet((int) Math.clamp(atMost, 1, MAX_BANDS_ESTIMATE), BAND_FALSE_POSITIVES);
    }

    @Override
    public FuzzySet downsize(FieldInfo info, FuzzySet initial) {
      return initial.downsize(BAND_FILTER_SATURATION);
    }

    @Override
    public boolean isSaturated(FuzzySet filter, FieldInfo info) {
      // Past this, a filter would let most misses through and only cost its lookups.
      return filter.getSaturation() > 0.9f;
    }
  }
}
