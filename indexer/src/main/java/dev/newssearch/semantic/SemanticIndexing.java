package dev.newssearch.semantic;

import java.util.Map;

/**
 * Whether a full rebuild embeds its articles ({@link ArticleEmbedding}), which is a property of the
 * index: it is recorded in the index's commit, an update embeds the articles it adds when the index
 * it updates is embedded, and a search re-ranks by meaning when the index it reads is.
 */
public enum SemanticIndexing {
  /** As the live index is (not embedded when there is none yet). */
  KEEP,
  /** Embedded. */
  ON,
  /** Not embedded. */
  OFF;

  /** The commit data key under which an embedded index names its model. */
  public static final String COMMIT_KEY = "semantic_model";

  /**
   * Whether a rebuild with this choice embeds.
   *
   * @param liveCommitData the live index's commit data (empty when there is none); an index
   *     embedded by another model is embedded again, with this version's
   */
  public boolean embeds(Map<String, String> liveCommitData) {
    return this == ON || (this == KEEP && liveCommitData.containsKey(COMMIT_KEY));
  }

  /**
   * Whether an index with this commit data is embedded.
   *
   * @throws IllegalStateException when it was embedded by another model than this version's, whose
   *     vectors cannot be compared with this version's query vectors
   */
  public static boolean isEmbedded(Map<String, String> commitData) {
    String model = commitData.get(COMMIT_KEY);
    if (model == null) {
      return false;
    }
    if (!model.equals(TextEmbedder.MODEL)) {
      throw new IllegalStateException("the index was embedded by the model " + model + ", and this version embeds queries with "
          + TextEmbedder.MODEL + ": run reindex to embed it again");
    }
    return true;
  }

  /** The commit data that marks an index as embedded. */
  public static Map<String, String> commitData() {
    return Map.of(COMMIT_KEY, TextEmbedder.MODEL);
  }
}
