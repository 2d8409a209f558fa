package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.semantic.ArticleEmbedding;
import dev.newssearch.semantic.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-ranks a search's best hits by meaning as well as by words, in an index built with embeddings
 * ({@code reindex --semantic}): the query is embedded with the model that embedded the articles, and
 * each of the first {@value #WINDOW} hits gets a mix of its word score and its similarity to the
 * query ({@link ArticleEmbedding#similarity}), each scaled to 0–1 over those hits (min–max), the
 * similarity weighing {@value #MEANING_WEIGHT}.
 *
 * <p>What matches, the total, the facets and everything past the first {@value #WINDOW} hits stay
 * those of the words: meaning only reorders the hits people read, as a re-ranking stage does in
 * Elasticsearch, Vespa or Solr's learning-to-rank. It is measured on the TIME test collection
 * (README, "Ranking quality"): the weight and the window were chosen on one half of the topics and
 * hold on the other.
 */
final class SemanticReranking {

  /** Hits re-ranked: the ten pages people read, and enough for the mix to find what words ranked low. */
  static final int WINDOW = 100;
  /** The similarity's share of the mix; the word score has the rest. */
  static final float MEANING_WEIGHT = 0.6f;

  private static final Logger LOG = LoggerFactory.getLogger(SemanticReranking.class);
  /** Whether the model's failure to load was logged: once is enough. */
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /** Whether the model's background load was started: once per process, as the model is shared. */
  private static final AtomicBoolean LOAD_STARTED = new AtomicBoolean();

  private SemanticReranking() {}

  /**
   * Loads the model on a background thread when the first view with embeddings opens
   * ({@link LiveIndex#addOpenListener}), so that the first re-ranked search does not wait for it
   * (about 0.6 s of one core). A search that comes sooner waits for the same load.
   */
  static void opened(IndexSnapshot snapshot) {
    if (snapshot.embedded() && !LOAD_STARTED.getAndSet(true)) {
      Thread.ofPlatform().name("semantic-model-load").daemon().start(SemanticReranking::loadModel);
    }
  }

  private static void loadModel() {
    try {
      // One text through the model: ONNX Runtime prepares its kernels on the first run, not at load.
      TextEmbedder.shared().embed("news");
    } catch (UncheckedIOException modelMissing) {
      warnSearchingByWords(modelMissing);
    }
  }

  private static void warnSearchingByWords(UncheckedIOException modelMissing) {
    if (!WARNED.getAndSet(true)) {
      LOG.warn("searching by words alone: {}", modelMissing.getMessage());
    }
  }

  /**
   * Whether a search is re-ranked: it asks to be, ranks by relevance, has words in the search box's
   * syntax to embed (advanced syntax is operators and fields, not language) and searches the whole
   * article, and the index carries embeddings.
   */
  static boolean applies(SearchRequest request, IndexSnapshot searcher) {
    return request.semantic()
        && request.sort() == SearchRequest.SortOrder.RELEVANCE
        && request.scope() == SearchRequest.Scope.ALL
        && request.syntax() == SearchRequest.QuerySyntax.BOX
        && !request.query().isBlank()
        && searcher.embedded();
  }

  /**
   * The query ranked with meaning: {@code query}'s matches, its first {@value #WINDOW} hits
   * reordered.
   *
   * @param text the words the user typed, embedded as they were typed
   */
  static Query rerank(IndexSnapshot searcher, Query query, String text) throws IOException {
    ScoreDoc[] hits = searcher.search(query, WINDOW).scoreDocs;
    if (hits.length < 2) {
      return query;
    }
    float[] queryVector;
    try {
      queryVector = TextEmbedder.shared().embed(text);
    } catch (UncheckedIOException modelMissing) {
      // A search must answer: by words alone, as on an index without embeddings.
      warnSearchingByWords(modelMissing);
      return query;
    }
    float highest = hits[0].score;
    float lowest = hits[hits.length - 1].score;
    // In document order from here: doc values read forward only, and the new scores go by document.
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
    float[] mixed = mix(byDoc, similarities(searcher, byDoc, queryVector), highest, lowest);
    // The mix is laid over the span of the hits' own scores, just above the lowest, so that every
    // hit past the window (scored at most the lowest) stays behind every re-ranked one.
    float floor = Math.nextUp(lowest);
    float span = Math.max(highest - lowest, Math.ulp(highest));
    int[] docs = new int[byDoc.length];
    float[] scores = new float[byDoc.length];
    for (int i = 0; i < byDoc.length; i++) {
      docs[i] = byDoc[i].doc;
      scores[i] = floor + mixed[i] * span;
    }
    return new RerankedQuery(query, docs, scores, lowest);
  }

  /** Each hit's word score and similarity, each scaled to 0–1 over the hits, mixed. */
  private static float[] mix(ScoreDoc[] hits, float[] similarity, float highest, float lowest) {
    float mostSimilar = Float.NEGATIVE_INFINITY;
    float leastSimilar = Float.POSITIVE_INFINITY;
    for (float s : similarity) {
      if (!Float.isNaN(s)) {
        mostSimilar = Math.max(mostSimilar, s);
        leastSimilar = Math.min(leastSimilar, s);
      }
    }
    float[] mixed = new float[hits.length];
    for (int i = 0; i < hits.length; i++) {
      float words = scaled(hits[i].score, lowest, highest);
      // An article without an embedding (it had no words) gets the least similarity there is.
      float meaning = Float.isNaN(similarity[i]) ? 0 : scaled(similarity[i], leastSimilar, mostSimilar);
      mixed[i] = (1 - MEANING_WEIGHT) * words + MEANING_WEIGHT * meaning;
    }
    return mixed;
  }

  private static float scaled(float value, float min, float max) {
    return max > min ? (value - min) / (max - min) : 1;
  }

  /**
   * The similarity of each hit's article to the query, NaN for an article without an embedding.
   *
   * @param hits in document order
   */
  private static float[] similarities(IndexSnapshot searcher, ScoreDoc[] hits, float[] query) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    float[] similarity = new float[hits.length];
    LeafReaderContext leaf = null;
    BinaryDocValues vectors = null;
    for (int i = 0; i < hits.length; i++) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        vectors = leaf.reader().getBinaryDocValues(ArticleSchema.SEMANTIC_VECTORS);
      }
      similarity[i] = vectors != null && vectors.advanceExact(doc - leaf.docBase)
          ? ArticleEmbedding.similarity(vectors.binaryValue(), query)
          : Float.NaN;
    }
    return similarity;
  }
}
