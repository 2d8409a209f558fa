package dev.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanQuery;
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
import org.apache.lucene.util.BytesRefBuilder;

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
 *   <li>A lookup without highlighting whose words are all terms of the index (every word typed but
 *       one longer than the indexed beginnings) walks their postings itself: the segment is sorted
 *       by weight, so the first matches in document order are the heaviest, those the parent's
 *       sorted search finds, without building a query, a searcher's weights and scorers and a
 *       collector for each lookup; its term and postings enumerations are kept for later lookups.
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

  /** Cursors kept for reuse: more than the lookups that run at once on a few cores. */
  private static final int IDLE_CURSORS = 8;
  /** The doc-values field the parent keeps each entry's weight in. */
  private static final String WEIGHT_FIELD = "weight";
  private static final Comparator<PostingsEnum> BY_COST = Comparator.comparingLong(PostingsEnum::cost);

  private final Directory directory;
  private final Analyzer analyzer;
  private final int minPrefixChars;
  /** The text of each entry by document number; set by {@link #build}. */
  private String[] texts = new String[0];
  /** The weight of each entry by document number; set by {@link #build}. */
  private long[] weights = new long[0];
  /** Lookups' cursors not in use, at most as many as lookups are likely to run at once. */
  private final BlockingQueue<Cursors> idle = new ArrayBlockingQueue<>(IDLE_CURSORS);
  /** The index as built, held open for the lookups until {@link #close}; set by {@link #build}. */
  private IndexReader built;
  /** Its one segment, {@code null} when there are no entries. */
  private LeafReader segment;

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
    this.analyzer = analyzer;
    this.minPrefixChars = minPrefixChars;
  }

  /** Indexes the entries, merges them into one segment and reads their texts and weights. Call once. */
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
    built = merged.acquire().getIndexReader();
    texts = textsOf(built);
    weights = weightsOf(built);
    segment = built.leaves().isEmpty() ? null : built.leaves().getFirst().reader();
    searcherMgrLock.writeLock().lock();
    try {
      SearcherManager unmerged = searcherMgr;
      searcherMgr = merged;
      unmerged.close();
    } finally {
      searcherMgrLock.writeLock().unlock();
    }
  }

  @Override
  public void close() throws IOException {
    if (built != null) {
      built.decRef();
      built = null;
      segment = null;
    }
    super.close();
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

  private static long[] weightsOf(IndexReader reader) throws IOException {
    long[] weights = new long[reader.maxDoc()];
    if (reader.leaves().isEmpty()) {
      return weights;
    }
    NumericDocValues values = reader.leaves().getFirst().reader().getNumericDocValues(WEIGHT_FIELD);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      weights[doc] = values.longValue();
    }
    return weights;
  }

  /**
   * The parent's lookup (the same words analysed the same way, the same matches in the same order),
   * walked over the postings directly when it needs no highlighting nor prefix query.
   */
  @Override
  public List<LookupResult> lookup(CharSequence key, BooleanQuery contextQuery, int num, boolean allTermsRequired,
      boolean doHighlight) throws IOException {
    if (contextQuery != null || !allTermsRequired || doHighlight || num < 1 || segment == null) {
      return super.lookup(key, contextQuery, num, allTermsRequired, doHighlight);
    }
    List<String> words = new ArrayList<>();
    boolean lastIsPrefix;
    try (TokenStream tokens = analyzer.tokenStream("", key.toString())) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int maxEndOffset = -1;
      while (tokens.incrementToken()) {
        words.add(term.toString());
        maxEndOffset = Math.max(maxEndOffset, offsets.endOffset());
      }
      tokens.end();
      // As the parent: the last word is a prefix unless something that is no word follows it (a space).
      lastIsPrefix = maxEndOffset == offsets.endOffset();
    }
    if (words.isEmpty()) {
      return List.of();
    }
    String last = words.getLast();
    if (lastIsPrefix && last.length() >= minPrefixChars) {
      return super.lookup(key, contextQuery, num, allTermsRequired, doHighlight); // a prefix query
    }
    Cursors cursors = idle.poll();
    if (cursors == null) {
      cursors = new Cursors(segment);
    }
    try {
      return firstMatches(cursors, words, lastIsPrefix, num);
    } finally {
      idle.offer(cursors); // dropped when enough are kept already
    }
  }

  /** The first {@code num} entries having all the words: the heaviest, as the segment is sorted by weight. */
  private List<LookupResult> firstMatches(Cursors cursors, List<String> words, boolean lastIsPrefix, int num)
      throws IOException {
    int count = words.size();
    if (cursors.postings.length < count) {
      cursors.postings = Arrays.copyOf(cursors.postings, count);
    }
    PostingsEnum[] postings = cursors.postings;
    for (int i = 0; i < count; i++) {
      // The last word, when a prefix, is looked up among the indexed beginnings of the words.
      TermsEnum terms = i == count - 1 && lastIsPrefix ? cursors.beginnings : cursors.words;
      cursors.term.copyChars(words.get(i));
      if (terms == null || !terms.seekExact(cursors.term.get())) {
        return List.of();
      }
      postings[i] = terms.postings(postings[i], PostingsEnum.NONE);
    }
    Arrays.sort(postings, 0, count, BY_COST);
    PostingsEnum lead = postings[0];
    List<LookupResult> results = new ArrayList<>(Math.min(num, 16));
    int doc = lead.nextDoc();
    matching:
    while (doc != DocIdSetIterator.NO_MORE_DOCS) {
      for (int i = 1; i < count; i++) {
        PostingsEnum other = postings[i];
        int at = other.docID() < doc ? other.advance(doc) : other.docID();
        if (at > doc) {
          doc = lead.advance(at);
          continue matching;
        }
      }
      results.add(new LookupResult(texts[doc], weights[doc], null, null));
      if (results.size() == num) {
        break;
      }
      doc = lead.nextDoc();
    }
    return results;
  }

  /**
   * The term and postings enumerations of a lookup, kept for the next one: creating them was most
   * of what a lookup allocated. Used by one lookup at a time.
   */
  private static final class Cursors {
    /** Over the words of the entries. */
    final TermsEnum words;
    /** Over the indexed beginnings of those words. */
    final TermsEnum beginnings;
    final BytesRefBuilder term = new BytesRefBuilder();
    /** One per word looked up, reused (both fields' postings are in the same file). */
    PostingsEnum[] postings = new PostingsEnum[4];

    Cursors(LeafReader segment) throws IOException {
      this.words = iterator(segment, TEXT_FIELD_NAME);
      this.beginnings = iterator(segment, TEXTGRAMS_FIELD_NAME);
    }

    private static TermsEnum iterator(LeafReader segment, String field) throws IOException {
      Terms terms = segment.terms(field);
      return terms == null ? null : terms.iterator();
    }
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
