package dev.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlighted snippets for the hits of one page: sentence-aware passages from the offsets stored in
 * the postings (no re-analysis of the text), a phrase marked as one unit, the text HTML-escaped and
 * only {@code <mark>} added.
 */
final class Snippets {
  /** Passages per snippet. */
  private static final int PASSAGES = 2;
  /** Longest text considered, so a huge article cannot make one query slow. */
  private static final int MAX_LENGTH = 200_000;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Snippets of {@code field} for {@code docIds}, in the same order.
   *
   * @param query the text query (not the filters) whose matches are marked
   */
  String[] highlight(IndexSnapshot searcher, String field, Query query, int[] docIds) throws IOException {
    return highlight(searcher, field, query, docIds, null);
  }

  /**
   * Snippets of {@code field} for {@code docIds} whose text the caller has already read with the
   * hits' other stored fields: each document is then decompressed once per query, not twice.
   *
   * @param texts the field's text of each document, in the order of {@code docIds}; {@code null} to
   *     let the highlighter read it
   */
  String[] highlight(IndexSnapshot searcher, String field, Query query, int[] docIds, String[] texts) throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(MAX_LENGTH)
            .withHighlightPhrasesStrictly(true)
            .withScorer(PASSAGE_SCORER);
    UnifiedHighlighter highlighter = new SnapshotHighlighter(builder, searcher.fieldInfos(), docIds, texts);
    Map<String, String[]> result =
        highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {PASSAGES});
    String[] snippets = result.get(field);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
    }
    return snippets;
  }

  /** Stateless, so one serves every query. */
  private static final PassageScorer PASSAGE_SCORER = new LeanPassageScorer();

  /**
   * Lucene's passage score (BM25 over the passage, weighted by its position) computed without the
   * hash of byte blocks Lucene's scorer allocates for every passage it looks at: that hash was
   * most of a search's garbage. A passage holds a few distinct terms, so a linear scan finds them;
   * they are summed in the order of first appearance, as Lucene does, so the scores are the same.
   */
  private static final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
      int[] first = new int[matches]; // index of each distinct term's first match
      int[] inPassage = new int[matches];
      int distinct = 0;
      for (int i = 0; i < matches; i++) {
        int seen = 0;
        while (seen < distinct && !terms[first[seen]].bytesEquals(terms[i])) {
          seen++;
        }
        if (seen == distinct) {
          first[distinct++] = i;
        }
        inPassage[seen]++;
      }
      double score = 0d;
      for (int t = 0; t < distinct; t++) {
        score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
      }
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }

  /**
   * A highlighter over one snapshot: it uses the snapshot's field infos, which the highlighter would
   * otherwise merge from every segment on each query, and takes the text of each document from the
   * caller when the caller has read it already.
   */
  private static final class SnapshotHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> textByDoc;

    /** @param texts the documents' texts, or {@code null} to read them from stored fields */
    SnapshotHighlighter(UnifiedHighlighter.Builder builder, FieldInfos fieldInfos, int[] docIds, String[] texts) {
      super(builder);
      this.fieldInfos = fieldInfos;
      if (texts == null) {
        textByDoc = null;
        return;
      }
      textByDoc = new HashMap<>();
      for (int i = 0; i < docIds.length; i++) {
        textByDoc.put(docIds[i], texts[i] == null ? "" : texts[i]);
      }
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      if (textByDoc == null) {
        return super.loadFieldValues(fields, docs, cacheCharsThreshold);
      }
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        String text = textByDoc.get(doc);
        values.add(new CharSequence[] {text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text});
      }
      return values;
    }
  }
}
