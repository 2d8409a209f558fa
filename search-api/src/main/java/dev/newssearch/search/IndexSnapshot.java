package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.join.BitSetProducer;

/**
 * A searcher over one point-in-time view of the index, with what is worth computing once per view
 * rather than once per query: the block-join parent filter and the facet ordinal maps.
 */
public final class IndexSnapshot extends IndexSearcher {
  private final String generation;
  private final BitSetProducer parents = ArticleSchema.parentFilter();
  private volatile StringDocValuesReaderState speakerState;
  private volatile StringDocValuesReaderState sourceState;

  IndexSnapshot(IndexReader reader, String generation) {
    super(reader);
    this.generation = generation;
  }

  /** The generation this view belongs to. */
  public String generation() {
    return generation;
  }

  /** Which documents are articles (parents), for block joins. */
  public BitSetProducer parents() {
    return parents;
  }

  /** Facet state of the speaker field, built on first use. */
  public StringDocValuesReaderState speakerState() {
    StringDocValuesReaderState state = speakerState;
    if (state == null) {
      state = speakerState = facetState(ArticleSchema.SPEAKER);
    }
    return state;
  }

  /** Facet state of the source field, built on first use. */
  public StringDocValuesReaderState sourceState() {
    StringDocValuesReaderState state = sourceState;
    if (state == null) {
      state = sourceState = facetState(ArticleSchema.SOURCE);
    }
    return state;
  }

  private StringDocValuesReaderState facetState(String field) {
    try {
      return new StringDocValuesReaderState(getIndexReader(), field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
