package dev.newssearch.semantic;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * What an article is about, as vectors ({@link TextEmbedder}): one for its lead (the title and the
 * first {@value #LEAD_WORDS} words) and, when the article is longer than that, one per passage of
 * {@value #PASSAGE_WORDS} words, so a query matches an article by its opening and by its best
 * passage alike. An article's {@link #similarity} to a query is the mean of the lead's cosine and
 * the best passage's: on the TIME collection that ranked better than the mean of the passages, the
 * lead or the best passage alone. An article that fits in its lead (most wire stories) is its lead:
 * one text to embed instead of three, for the same figures on TIME.
 *
 * <p>Stored per article as bytes (binary doc values): each number as one signed byte, scaled by its
 * vector's largest magnitude, which keeps a 384-number vector in 388 bytes and moves a cosine by
 * 0.0004 on average (at most 0.0012 over a hundred wire stories).
 */
public final class ArticleEmbedding {

  /** Words of the lead: a news story's opening says what it is about. */
  static final int LEAD_WORDS = 200;
  /** Words per passage: short enough that one passage holds one topic, long enough to have one. */
  static final int PASSAGE_WORDS = 100;
  /**
   * Passages embedded at most: the first {@value #MAX_PASSAGES} × {@value #PASSAGE_WORDS} words.
   * Each costs about 25 ms of CPU; a book-length file would otherwise hold up a reindex for minutes.
   */
  static final int MAX_PASSAGES = 30;

  private static final byte FORMAT = 1;
  private static final int VECTOR_BYTES = Float.BYTES + TextEmbedder.DIMENSIONS;

  private final List<float[]> vectors;

  private ArticleEmbedding(List<float[]> vectors) {
    this.vectors = vectors;
  }

  /**
   * Embeds an article's text.
   *
   * @return the embedding, or {@code null} when the article has no words
   */
  public static ArticleEmbedding of(TextEmbedder embedder, String title, String body) {
    String[] words = ((title == null ? "" : title) + " " + (body == null ? "" : body)).strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    List<float[]> vectors = new ArrayList<>();
    vectors.add(embedder.embed(join(words, 0, LEAD_WORDS)));
    if (words.length > LEAD_WORDS) {
      for (int from = 0, n = 0; from < words.length && n < MAX_PASSAGES; from += PASSAGE_WORDS, n++) {
        vectors.add(embedder.embed(join(words, from, PASSAGE_WORDS)));
      }
    }
    return new ArticleEmbedding(vectors);
  }

  /** The vectors as stored: format, count, then per vector its scale and one byte per number. */
  public BytesRef toBytes() {
    ByteBuffer out = ByteBuffer.allocate(1 + Short.BYTES + vectors.size() * VECTOR_BYTES);
    out.put(FORMAT).putShort((short) vectors.size());
    for (float[] vector : vectors) {
      float largest = 0;
      for (float x : vector) {
        largest = Math.max(largest, Math.abs(x));
      }
      float scale = largest == 0 ? 0 : largest / Byte.MAX_VALUE;
      out.putFloat(scale);
      for (float x : vector) {
        out.put(scale == 0 ? 0 : (byte) Math.round(x / scale));
      }
    }
    return new BytesRef(out.array());
  }

  /**
   * How close a stored article is to a query: the mean of the cosine of its lead and that of its
   * best passage (the lead's alone when the lead is the whole article).
   *
   * @param stored bytes written by {@link #toBytes()}
   * @param query the query's unit vector
   */
  public static float similarity(BytesRef stored, float[] query) {
    ByteBuffer in = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
    if (in.get() != FORMAT) {
      throw new IllegalArgumentException("unknown article embedding format");
    }
    int count = in.getShort();
    float lead = dot(in, stored.bytes, query);
    float best = count == 1 ? lead : -1;
    for (int i = 1; i < count; i++) {
      best = Math.max(best, dot(in, stored.bytes, query));
    }
    return (lead + best) / 2;
  }

  /** The dot product of the next stored vector with {@code query}, moving past it. */
  private static float dot(ByteBuffer in, byte[] bytes, float[] query) {
    float scale = in.getFloat();
    int start = in.position();
    float sum = 0;
    for (int i = 0; i < query.length; i++) {
      sum += query[i] * bytes[start + i];
    }
    in.position(start + query.length);
    return sum * scale;
  }

  private static String join(String[] words, int from, int count) {
    return String.join(" ", Arrays.asList(words).subList(from, Math.min(words.length, from + count)));
  }
}
