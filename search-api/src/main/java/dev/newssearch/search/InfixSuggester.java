package dev.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Lucene's {@link AnalyzingInfixSuggester} (same matches, same order) built once in memory and then
 * only read, laid out for cheap lookups: a lookup is asked for at every keystroke, and most of its
 * cost was garbage the default layout makes.
 *
 * <ul>
 *   <li>Each file of the index is one buffer: the default in-memory directory keeps a file in many
 *       small blocks, and every clone of an input (several per term looked up) copied the list of
 *       all of them.
 *   <li>One segment: each lookup otherwise seeks its terms and sets up its collector per segment.
 *   <li>No query cache: lookups are short and nearly all different; caching only tracked them.
 *   <li>The texts in an array by document: the default reads each hit's text through a fresh
 *       doc-values reader over the whole index.
 * </ul>
 */
final class InfixSuggester extends AnalyzingInfixSuggester {
  /** Searchers without a query cache. */
  private static final SearcherFactory UNCACHED = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      return searcher;
    }
  };

  private final Directory directory;
  /** The text of each entry by document number; set by {@link #build}. */
  private String[] texts = new String[0];

  /**
   * An empty suggester; {@link #build} fills it.
   *
   * @param analyzer analyses the entries and the text looked up
   * @param minPrefixChars last words typed shorter than this are matched through indexed prefixes
   *     of the entries' words, longer ones through a prefix query (see {@link AnalyzingInfixSuggester})
   */
  InfixSuggester(Analyzer analyzer, int minPrefixChars) throws IOException {
    this(new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER), analyzer, minPrefixChars);
  }

  private InfixSuggester(Directory directory, Analyzer analyzer, int minPrefixChars) throws IOException {
    // Not committed nor closed by the parent's build: this build merges the segments first.
    super(directory, analyzer, analyzer, minPrefixChars, false, true, false, false);
    this.directory = directory;
  }

  /** Indexes the entries, merges them into one segment and reads their texts. Call once. */
  @Override
  public void build(InputIterator entries) throws IOException {
    super.build(entries);
    synchronized (writerLock) {
      writer.forceMerge(1);
      writer.commit();
      writer.close();
      writer = null;
    }
    SearcherManager merged = new SearcherManager(directory, UNCACHED);
    IndexSearcher searcher = merged.acquire();
    try {
      texts = textsOf(searcher.getIndexReader());
    } finally {
      merged.release(searcher);
    }
    searcherMgrLock.writeLock().lock();
    try {
      SearcherManager built = searcherMgr;
      searcherMgr = merged;
      built.close();
    } finally {
      searcherMgrLock.writeLock().unlock();
    }
  }

  private static String[] textsOf(IndexReader reader) throws IOException {
    String[] texts = new String[reader.maxDoc()];
    if (reader.leaves().isEmpty()) {
      return texts;
    }
    LeafReader segment = reader.leaves().getFirst().reader();
    BinaryDocValues values = segment.getBinaryDocValues(TEXT_FIELD_NAME);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      texts[doc] = values.binaryValue().utf8ToString();
    }
    return texts;
  }

  /** The hits with their texts and weights, as the parent makes them (no payloads, no contexts). */
  @Override
  protected List<LookupResult> createResults(IndexSearcher searcher, TopFieldDocs hits, int num, CharSequence key,
      boolean doHighlight, Set<String> matchedTokens, String prefixToken) throws IOException {
    if (doHighlight) {
      return super.createResults(searcher, hits, num, key, true, matchedTokens, prefixToken);
    }
    List<LookupResult> results = new ArrayList<>(hits.scoreDocs.length);
    for (var hit : hits.scoreDocs) {
      FieldDoc doc = (FieldDoc) hit;
      results.add(new LookupResult(texts[doc.doc], (Long) doc.fields[0], null, null));
    }
    return results;
  }
}
