package dev.newssearch.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Article vectors with the real model: what is embedded, how it is stored, and how a query scores. */
class ArticleEmbeddingTest {
  private static final TextEmbedder EMBEDDER = TextEmbedder.shared();

  @Test
  void vectorsAreUnitLengthAndParaphrasesAreCloserThanOtherTopics() {
    float[] rates = EMBEDDER.embed("The central bank raised interest rates to fight inflation");
    float[] paraphrase = EMBEDDER.embed("Borrowing costs were lifted by the Federal Reserve as prices kept climbing");
    float[] football = EMBEDDER.embed("The home side won the cup final after extra time");
    assertEquals(TextEmbedder.DIMENSIONS, rates.length);
    assertEquals(1.0, dot(rates, rates), 1e-4);
    assertTrue(dot(rates, paraphrase) > dot(rates, football) + 0.2,
        dot(rates, paraphrase) + " against " + dot(rates, football));
  }

  @Test
  void anArticleThatFitsInItsLeadIsItsLeadAlone() {
    assertEquals(1, vectorCount(ArticleEmbedding.of(EMBEDDER, "Cup final", words("goal", 60)).toBytes()));
    // Title and body together: 2 + 198 words, the whole lead.
    assertEquals(1, vectorCount(ArticleEmbedding.of(EMBEDDER, "Cup final", words("goal", 198)).toBytes()));
  }

  @Test
  void aLongerArticleHasItsLeadAndOnePassagePerHundredWordsUpToTheCap() {
    // Title (1 word) and 249 words: passages of 100, 100 and 50 words.
    assertEquals(1 + 3, vectorCount(ArticleEmbedding.of(EMBEDDER, "Report", words("budget", 249)).toBytes()));
    int capped = vectorCount(ArticleEmbedding.of(EMBEDDER, "Book", words("chapter", 5_000)).toBytes());
    assertEquals(1 + ArticleEmbedding.MAX_PASSAGES, capped);
  }

  @Test
  void anArticleWithoutWordsHasNoEmbedding() {
    assertNull(ArticleEmbedding.of(EMBEDDER, "", "  \n "));
    assertNull(ArticleEmbedding.of(EMBEDDER, null, null));
  }

  @Test
  void storedBytesScoreAQueryAsTheMeanOfLeadAndBestPassageWithinQuantisationError() {
    String title = "Rates decision";
    String body = "The central bank raised interest rates by a quarter point on Wednesday. " + words("meanwhile", 200)
        + " The football club sacked its manager after a run of defeats.";
    float[] query = EMBEDDER.embed("interest rate rise");
    BytesRef stored = ArticleEmbedding.of(EMBEDDER, title, body).toBytes();
    String[] all = (title + " " + body).split("\\s+");
    float lead = dot(query, EMBEDDER.embed(String.join(" ", Arrays.copyOfRange(all, 0, 200))));
    float first = dot(query, EMBEDDER.embed(String.join(" ", Arrays.copyOfRange(all, 0, 100))));
    float second = dot(query, EMBEDDER.embed(String.join(" ", Arrays.copyOfRange(all, 100, 200))));
    float third = dot(query, EMBEDDER.embed(String.join(" ", Arrays.copyOfRange(all, 200, all.length))));
    assertEquals((lead + Math.max(first, Math.max(second, third))) / 2, ArticleEmbedding.similarity(stored, query), 0.01);
  }

  @Test
  void bytesOfAnotherFormatAreRefused() {
    byte[] bytes = ArticleEmbedding.of(EMBEDDER, "Title", "Some words here.").toBytes().bytes.clone();
    bytes[0] = 9;
    try {
      ArticleEmbedding.similarity(new BytesRef(bytes), new float[TextEmbedder.DIMENSIONS]);
      throw new AssertionError("accepted an unknown format");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("format"));
    }
  }

  private static int vectorCount(BytesRef stored) {
    return ByteBuffer.wrap(stored.bytes, stored.offset, stored.length).getShort(stored.offset + 1);
  }

  private static String words(String word, int count) {
    return String.join(" ", Collections.nCopies(count, word));
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
