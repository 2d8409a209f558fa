package dev.newssearch.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Arrays read once from a segment's doc values, for facets that count every match: an array read
 * costs a fraction of decoding the doc values per match. A segment's doc values never change
 * (deletions only hide documents from the matches), so the arrays are kept by segment and field,
 * shared by every view that holds the segment, and let go when the segment is closed: the view
 * opened after an update reads only its new segments. Each field is read into one kind of array.
 */
final class SegmentArrays {
  /** What has been read, by segment and field; empty where the field has no arrays in that segment. */
  private static final Map<SegmentField, Optional<Object>> READ = new ConcurrentHashMap<>();

  private record SegmentField(IndexReader.CacheKey segment, String field) {}

  /** Reads a segment's arrays of one field. */
  @FunctionalInterface
  interface Reader<T> {
    /** The arrays, or {@code null} where the segment is better counted from its doc values. */
    T read(LeafReaderContext leaf, String field) throws IOException;
  }

  private SegmentArrays() {}

  /**
   * The segment's arrays of {@code field}, read on the first call and kept while the segment is open.
   *
   * @return the arrays, or {@code null} where {@code reader} gave none
   */
  static <T> T of(LeafReaderContext leaf, String field, Class<T> type, Reader<T> reader) throws IOException {
    IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
    if (segment == null) {
      return reader.read(leaf, field);
    }
    SegmentField key = new SegmentField(segment.getKey(), field);
    Optional<Object> known = READ.get(key);
    if (known == null) {
      // Two threads may read the same segment at once: both read equal arrays, the first is kept.
      Optional<Object> fresh = Optional.ofNullable(reader.read(leaf, field));
      known = READ.putIfAbsent(key, fresh);
      if (known == null) {
        known = fresh;
        segment.addClosedListener(closed -> READ.remove(key));
      }
    }
    return known.map(type::cast).orElse(null);
  }

  /** Whether a segment's arrays of {@code field} have been read and are kept. */
  static boolean holds(LeafReaderContext leaf, String field) {
    IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
    return segment != null && READ.containsKey(new SegmentField(segment.getKey(), field));
  }
}
