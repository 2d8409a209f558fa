package dev.newssearch.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * Where a page of hits ended, for deep paging without the cost of {@code page}: the sort values and
 * the document of the last hit, as Elasticsearch's {@code search_after}, and the generation they are
 * valid in. Clients see it as an opaque URL-safe string.
 *
 * <p>A cursor stays valid while the index keeps its generation: incremental updates may add or
 * remove hits after it, as they would between two page requests. A full reindex makes a new
 * generation and renumbers documents, so an older cursor is refused rather than silently skipping or
 * repeating hits.
 *
 * @param generation the generation the cursor was made in
 * @param sort the order it belongs to
 * @param date the last hit's day, for date orders ({@code Long.MIN_VALUE}/{@code MAX_VALUE} if undated)
 * @param score the last hit's score
 * @param doc the last hit's document number, which breaks ties
 */
public record Cursor(String generation, SearchRequest.SortOrder sort, long date, float score, int doc) {

  private static final String VERSION = "c1";

  /** The cursor after {@code last}, a hit of a search in {@code generation} ordered by {@code sort}. */
  static Cursor after(ScoreDoc last, String generation, SearchRequest.SortOrder sort) {
    if (last instanceof FieldDoc field && sort != SearchRequest.SortOrder.RELEVANCE) {
      return new Cursor(generation, sort, (Long) field.fields[0], (Float) field.fields[1], last.doc);
    }
    return new Cursor(generation, sort, 0, last.score, last.doc);
  }

  /** The opaque text of this cursor. */
  public String encode() {
    String plain = String.join(":", VERSION, generation, sort.name(), Long.toString(date),
        Integer.toHexString(Float.floatToRawIntBits(score)), Integer.toString(doc));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor given by a client.
   *
   * @throws InvalidRequestException ({@code bad_cursor}) when it is not one of ours
   */
  public static Cursor decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      List<String> parts = List.of(plain.split(":", -1));
      if (parts.size() != 6 || !parts.get(0).equals(VERSION) || !parts.get(1).matches("gen-\\d{6,}")) {
        throw bad();
      }
      int doc = Integer.parseInt(parts.get(5));
      float score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts.get(4), 16));
      if (doc < 0 || Float.isNaN(score)) {
        throw bad();
      }
      return new Cursor(parts.get(1), SearchRequest.SortOrder.valueOf(parts.get(2)), Long.parseLong(parts.get(3)), score, doc);
    } catch (IllegalArgumentException e) { // bad Base64, numbers or sort name
      throw bad();
    }
  }

  /**
   * The Lucene position to search after, checked against the search it continues.
   *
   * @throws InvalidRequestException ({@code stale_cursor}) when the cursor is from another generation
   *     or another order
   */
  ScoreDoc position(IndexSnapshot searcher, SearchRequest.SortOrder currentSort) {
    String currentGeneration = searcher.generation();
    if (!generation.equals(currentGeneration) || doc >= searcher.getIndexReader().maxDoc()) {
      throw new InvalidRequestException("stale_cursor",
          "the cursor belongs to index generation " + generation + " but " + currentGeneration
              + " is live now (the index was rebuilt); start again from the first page", null);
    }
    if (sort != currentSort) {
      throw new InvalidRequestException("stale_cursor",
          "the cursor was made for sort=" + sort.name().toLowerCase(java.util.Locale.ROOT) + "; keep the sort while paging", null);
    }
    if (sort == SearchRequest.SortOrder.RELEVANCE) {
      return new ScoreDoc(doc, score);
    }
    return new FieldDoc(doc, score, new Object[] {date, score});
  }

  private static InvalidRequestException bad() {
    return new InvalidRequestException("bad_cursor", "cursor is not a cursor this server gave out", null);
  }
}
