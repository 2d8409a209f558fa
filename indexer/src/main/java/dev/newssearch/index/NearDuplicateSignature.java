package dev.newssearch.index;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.lucene.util.BytesRef;

/**
 * A MinHash signature of an article's text, for finding copies and near-duplicates: the same wire
 * story republished by several outlets, or an article re-sent with a corrected figure or a new
 * last paragraph.
 *
 * <p>The text is normalised (case and diacritics folded, punctuation dropped) and cut into
 * overlapping shingles of {@value #SHINGLE_WORDS} words. For each of {@value #HASHES} hash
 * functions the signature keeps the smallest hash over the shingles; two signatures agree in a
 * position with a probability equal to the Jaccard similarity of the two shingle sets, so the share
 * of agreeing positions ({@link #similarity}) estimates it. Exact copies have equal signatures.
 *
 * <p>For lookup, the signature is cut into {@value #BANDS} bands of {@value #ROWS} positions (locality
 * sensitive hashing): each band becomes one indexed term ({@link #bandKeys}), and two articles that
 * share a band term are candidates. With these numbers a pair with similarity 0.7 shares a band
 * with probability 0.99, a pair at 0.3 with 0.12; candidates are then checked with
 * {@link #isNearDuplicateOf}.
 *
 * <p>The hash functions are fixed (a constant seed): signatures written by one run must compare
 * with those of the next. Changing any constant here needs a full reindex.
 */
public final class NearDuplicateSignature {
  /** Hash functions, hence positions in a signature. */
  public static final int HASHES = 64;
  /** Bands of the signature indexed for lookup. */
  public static final int BANDS = 16;
  /** Positions per band. */
  public static final int ROWS = HASHES / BANDS;
  /** Words per shingle: long enough that shared shingles mean shared sentences, not shared vocabulary. */
  public static final int SHINGLE_WORDS = 3;
  /**
   * Estimated similarity from which two articles count as near-duplicates: light edits (a changed
   * headline, a corrected figure, a dropped or added paragraph) stay above it; two stories on the
   * same event written separately share far fewer three-word runs.
   */
  public static final double NEAR_DUPLICATE = 0.7;
  /**
   * Words of a text that are read. Two articles sharing their first 20,000 words are copies, and the
   * cap keeps a huge file from costing more than a long article.
   */
  static final int MAX_WORDS = 20_000;
  /**
   * Texts shorter than this many words (headlines standing in for a body, one-line briefs) group
   * only when equal: one changed word in a ten-word brief ("Chemical Bank cuts prime rate…", "Marine
   * Midland Bank cuts prime rate…") leaves most of its three-word runs alike, yet it is another story.
   */
  public static final int SHORT_TEXT_WORDS = 25;
  /** Characters read to find {@link #MAX_WORDS} words in any real text, without copying a huge one. */
  private static final int MAX_CHARS = MAX_WORDS * 20;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final long[] SEEDS = seeds();

  private final int[] minimums;
  private final int words;

  private NearDuplicateSignature(int[] minimums, int words) {
    this.minimums = minimums;
    this.words = words;
  }

  /**
   * The signature of a text.
   *
   * @param text an article's body (or its title when it has no body)
   * @return the signature, or empty when the text has no words
   */
  public static Optional<NearDuplicateSignature> of(String text) {
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return Optional.empty();
    }
    long[] minimums = new long[HASHES];
    Arrays.fill(minimums, Long.MAX_VALUE);
    // A text shorter than a shingle is one shingle: two identical short briefs are still copies.
    int shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
    for (int start = 0; start < shingles; start++) {
      long shingle = 0x9E3779B97F4A7C15L;
      for (int w = start; w < Math.min(words.length, start + SHINGLE_WORDS); w++) {
        shingle = mix(shingle * 31 + words[w]);
      }
      // mix(shingle ^ SEEDS[i]) >>> 1 (63 bits, so signed order is unsigned order), written out and
      // kept with Math.min instead of a branch: this loop runs for every shingle and every hash,
      // and without the call and the unpredictable branch it takes a third less time.
      for (int i = 0; i < HASHES; i++) {
        long z = shingle ^ SEEDS[i];
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        minimums[i] = Math.min(minimums[i], (z ^ (z >>> 31)) >>> 1);
      }
    }
    int[] kept = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      kept[i] = (int) (minimums[i] >>> 31);
    }
    return Optional.of(new NearDuplicateSignature(kept, words.length));
  }

  /**
   * Reads a signature written by {@link #toBytes}.
   *
   * @param bytes {@value #HASHES} big-endian ints, then the number of words read
   * @return the signature
   * @throws IllegalArgumentException when the length is not that of a signature
   */
  public static NearDuplicateSignature fromBytes(BytesRef bytes) {
    if (bytes.length != (HASHES + 1) * Integer.BYTES) {
      throw new IllegalArgumentException("not a near-duplicate signature: " + bytes.length + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    int[] minimums = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      minimums[i] = buffer.getInt();
    }
    return new NearDuplicateSignature(minimums, buffer.getInt());
  }

  /** The signature as bytes, for a binary doc values field. */
  public BytesRef toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate((HASHES + 1) * Integer.BYTES);
    for (int minimum : minimums) {
      buffer.putInt(minimum);
    }
    buffer.putInt(words);
    return new BytesRef(buffer.array());
  }

  /** One term per band, {@code band:hash}: articles sharing any of them are candidate near-duplicates. */
  public List<String> bandKeys() {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long hash = band;
      for (int row = 0; row < ROWS; row++) {
        hash = mix(hash * 31 + minimums[band * ROWS + row]);
      }
      keys.add(band + ":" + Long.toHexString(hash));
    }
    return keys;
  }

  /**
   * The estimated Jaccard similarity of the two texts' shingle sets: 1 for copies.
   *
   * @param other another signature
   * @return the share of positions where the two agree, 0 to 1
   */
  public double similarity(NearDuplicateSignature other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minimums[i] == other.minimums[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /**
   * Whether the other text is a copy or near-duplicate of this one: similar to
   * {@link #NEAR_DUPLICATE} or more, or for a short text ({@link #SHORT_TEXT_WORDS}) the same.
   */
  public boolean isNearDuplicateOf(NearDuplicateSignature other) {
    boolean shortText = Math.min(words, other.words) < SHORT_TEXT_WORDS;
    return shortText ? words == other.words && similarity(other) == 1.0 : similarity(other) >= NEAR_DUPLICATE;
  }

  /**
   * The FNV-1a hashes of the text's words, lower case and without diacritics or punctuation, so
   * re-typeset copies compare equal; at most {@link #MAX_WORDS}. A word is a run of letters and
   * digits ({@code \p{L}}, {@code \p{N}}) of the folded text. The words are hashed as they are
   * found, never made into strings: the strings and the regular expression that split the text
   * were 6% of a reindex's profile.
   */
  static long[] wordHashes(String text) {
    if (text == null || text.isBlank()) {
      return new long[0];
    }
    String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    // ASCII has no compatibility forms and no marks: only its case is folded, below.
    String folded = isAscii(head) ? head : fold(head);
    long[] hashes = new long[Math.min(MAX_WORDS, folded.length() / 4 + 1)];
    int count = 0;
    long hash = FNV_OFFSET;
    boolean inWord = false;
    // One step past the end, as if the text ended with a space, so the last word is counted too.
    for (int i = 0; i <= folded.length() && count < MAX_WORDS; ) {
      int c = i < folded.length() ? folded.codePointAt(i) : ' ';
      int width = Character.charCount(c);
      if (isWordCharacter(c)) {
        for (int k = i; k < i + width; k++) {
          hash = (hash ^ asciiLowerCase(folded.charAt(k))) * FNV_PRIME;
        }
        inWord = true;
      } else if (inWord) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, Math.min(MAX_WORDS, count * 2));
        }
        hashes[count++] = hash;
        hash = FNV_OFFSET;
        inWord = false;
      }
      i += width;
    }
    return count == hashes.length ? hashes : Arrays.copyOf(hashes, count);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Compatibility forms decomposed ("ﬁ" is "fi"), diacritics dropped, lower case. */
  private static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Whether a code point is a letter ({@code \p{L}}) or a number ({@code \p{N}}). */
  private static boolean isWordCharacter(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** Lower case for ASCII letters, which only an unfolded ASCII text still has. */
  private static char asciiLowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The finaliser of SplitMix64: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    SplittableRandom random = new SplittableRandom(0x5EED_D00DL);
    long[] seeds = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      seeds[i] = random.nextLong();
    }
    return seeds;
  }
}
