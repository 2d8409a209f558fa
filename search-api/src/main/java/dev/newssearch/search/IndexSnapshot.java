package dev.newssearch.search;

import dev.newssearch.article.SpeakerNames;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.semantic.SemanticIndexing;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.join.BitSetProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searcher over one point-in-time view of the index, with what is worth computing once per view
 * rather than once per query: the block-join parent filter, the facet ordinal maps and the merged
 * field infos.
 */
public final class IndexSnapshot extends IndexSearcher {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSnapshot.class);

  private final String generation;
  private final BitSetProducer parents;
  private volatile StringDocValuesReaderState speakerState;
  private volatile StringDocValuesReaderState sourceState;
  private volatile FieldInfos fieldInfos;
  private volatile KeywordFacets speakerFacets;
  private volatile KeywordFacets sourceFacets;
  private volatile KeywordFacets quoteKeys;
  /**
   * The view a searcher for one query was made from, which builds what only some queries need on
   * their first use; {@code null} for a view itself.
   */
  private final IndexSnapshot view;
  private final boolean embedded;

  IndexSnapshot(IndexReader reader, String generation) {
    super(reader);
    this.generation = generation;
    this.parents = ArticleSchema.parentFilter();
    this.embedded = embedded(reader);
    this.view = null;
  }

  /** A searcher of the same view for one query, sharing what was computed once per view. */
  private IndexSnapshot(IndexSnapshot view, QueryTimeout timeout) {
    super(view.getIndexReader());
    this.generation = view.generation;
    this.parents = view.parents;
    this.speakerState = view.speakerState();
    this.sourceState = view.sourceState();
    this.fieldInfos = view.fieldInfos();
    this.speakerFacets = view.speakerFacets();
    this.sourceFacets = view.sourceFacets();
    this.view = view;
    this.embedded = view.embedded;
    setSimilarity(view.getSimilarity());
    setQueryCache(view.getQueryCache());
    setQueryCachingPolicy(view.getQueryCachingPolicy());
    setTimeout(timeout);
  }

  /**
   * This view with a time limit for one query: Lucene keeps the timeout and whether it struck on the
   * searcher, so concurrent queries must not share one. Release it like the view it came from.
   */
  IndexSnapshot withTimeout(QueryTimeout timeout) {
    return new IndexSnapshot(this, timeout);
  }

  /** The generation this view belongs to. */
  public String generation() {
    return generation;
  }

  /** Whether the index was built with embeddings ({@link SemanticReranking}). */
  public boolean embedded() {
    return embedded;
  }

  /**
   * Whether the commit the reader reads was built with embeddings. One embedded by a model other
   * than this version's is searched by words alone: its vectors and our query's would not compare.
   */
  private static boolean embedded(IndexReader reader) {
    if (!(reader instanceof DirectoryReader directoryReader)) {
      return false;
    }
    try {
      return SemanticIndexing.isEmbedded(directoryReader.getIndexCommit().getUserData());
    } catch (IllegalStateException otherModel) {
      LOG.warn("{}; until then, searches rank by words alone", otherModel.getMessage());
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Counts of the speaker field over a search's matches, named speakers shown, ready on first use. */
  KeywordFacets speakerFacets() {
    KeywordFacets facets = speakerFacets;
    if (facets == null) {
      facets = speakerFacets = KeywordFacets.of(getIndexReader(), ArticleSchema.SPEAKER, SpeakerNames::isNamed);
    }
    return facets;
  }

  /** Counts of the source field over a search's matches, ready on first use. */
  KeywordFacets sourceFacets() {
    KeywordFacets facets = sourceFacets;
    if (facets == null) {
      facets = sourceFacets = KeywordFacets.of(getIndexReader(), ArticleSchema.SOURCE, source -> true);
    }
    return facets;
  }

  /**
   * The quotes' keys ({@link ArticleSchema#QUOTE_KEY}), for counting the distinct quotes among
   * matches: built by the view on the first quote search, not by every search's first one (over
   * several segments it maps hundreds of thousands of keys).
   */
  KeywordFacets quoteKeys() {
    if (view != null) {
      return view.quoteKeys();
    }
    KeywordFacets keys = quoteKeys;
    if (keys == null) {
      keys = quoteKeys = KeywordFacets.of(getIndexReader(), ArticleSchema.QUOTE_KEY, key -> true);
    }
    return keys;
  }

  /** The field infos of all segments merged, built on first use (the highlighter needs them). */
  public FieldInfos fieldInfos() {
    FieldInfos infos = fieldInfos;
    if (infos == null) {
      infos = fieldInfos = FieldInfos.getMergedFieldInfos(getIndexReader());
    }
    return infos;
  }

  private StringDocValuesReaderState facetState(String field) {
    try {
      return new StringDocValuesReaderState(getIndexReader(), field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
