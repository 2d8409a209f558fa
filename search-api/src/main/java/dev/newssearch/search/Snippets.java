package dev.newssearch.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

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
  String[] highlight(IndexSearcher searcher, String field, Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(MAX_LENGTH)
            .withHighlightPhrasesStrictly(true)
            .build();
    Map<String, String[]> result =
        highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {PASSAGES});
    String[] snippets = result.get(field);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
    }
    return snippets;
  }
}
