package dev.newssearch.index;

/**
 * How a full rebuild lays out its segments: the RAM buffer its indexing threads fill before a
 * segment is written, and whether the segments are merged into one before the new generation is
 * published.
 *
 * <p>A rebuilt generation is never written again but by incremental updates, and every search pays
 * per segment (near-duplicate grouping looks each band term up in every segment; the marking,
 * ranking and facet passes start over in each), so a rebuild ends in one segment by default: its
 * articles are added one at a time into one in-memory segment, and what the buffer could not hold
 * is merged into it at the end. A larger buffer writes fewer, larger segments along the way, so
 * there is less to merge. Incremental updates keep the writer's ordinary settings: they stay cheap.
 *
 * @param ramBufferMB the indexing threads' in-memory segments together, in MB, above which the largest
 *     is written to disk
 * @param mergeToOneSegment whether the rebuild writes through one in-memory segment and merges what
 *     it wrote into one before it is published
 */
public record RebuildShape(double ramBufferMB, boolean mergeToOneSegment) {

  /** The smallest buffer, Lucene's default: a small heap still has room to enrich articles. */
  static final double MIN_RAM_BUFFER_MB = 16;

  /**
   * The largest buffer: it holds 100,000 news articles (about 450,000 documents with their quotes), so
   * larger archives flush only every 100,000 articles or so, and it stays well below Lucene's limit
   * of about 2 GB for one thread's segment.
   */
  static final double MAX_RAM_BUFFER_MB = 1024;

  /**
   * The share of the heap the buffer may take, one sixteenth: the rest holds the articles being
   * enriched (a 50 MB article with its quotes takes several hundred MB while it is indexed; at a
   * quarter of a 1 GB heap such an article no longer fitted beside the buffer) and, in a server, its
   * searches.
   */
  static final int HEAP_SHARE_DIVISOR = 16;

  /** @throws IllegalArgumentException when the buffer is not a positive size */
  public RebuildShape {
    if (!(ramBufferMB > 0)) {
      throw new IllegalArgumentException("the RAM buffer must be positive, got " + ramBufferMB);
    }
  }

  /**
   * The shape for a process whose heap may grow to {@code maxHeapBytes}: a sixteenth of it as the
   * buffer, between {@value #MIN_RAM_BUFFER_MB} and {@value #MAX_RAM_BUFFER_MB} MB.
   *
   * @param mergeToOneSegment whether the rebuild merges its segments into one
   */
  public static RebuildShape forHeap(long maxHeapBytes, boolean mergeToOneSegment) {
    double share = maxHeapBytes / (double) HEAP_SHARE_DIVISOR / (1024 * 1024);
    return new RebuildShape(Math.clamp(share, MIN_RAM_BUFFER_MB, MAX_RAM_BUFFER_MB), mergeToOneSegment);
  }

  /**
   * The buffer for this process's heap ({@link Runtime#maxMemory()}).
   *
   * @param mergeToOneSegment whether the rebuild merges its segments into one (the default)
   */
  public static RebuildShape forThisProcess(boolean mergeToOneSegment) {
    return forHeap(Runtime.getRuntime().maxMemory(), mergeToOneSegment);
  }
}
