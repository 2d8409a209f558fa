package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;

/**
 * A page of a quote search with the copies of a quote folded into one hit: a wire story carried by
 * ten outlets, or one article published again, holds the same words from the same speaker ten
 * times, and a list of what someone said should show them once, with how often.
 *
 * <p>Quotes are grouped by {@link ArticleSchema#QUOTE_KEY} with Lucene's grouping module (Solr's and
 * Elasticsearch's field collapsing): the groups are ranked by their best quote, which stands for
 * them, and each group's quotes are counted exactly. The number of groups comes from the search's
 * marking pass, one bit per key ({@link KeywordFacets#distinct}): the module's own count of all
 * groups hashed every match's key and took longer than the grouping itself. An index written before
 * the key existed has no such field; its quotes are paged one by one, each its own group, until it
 * is rebuilt.
 */
final class QuoteCopies {

  /**
   * One page of distinct quotes.
   *
   * @param hits the best ranked quote of each group on the page
   * @param copies how many matching quotes each hit stands for
   * @param distinct how many groups the whole search has
   */
  record Page(ScoreDoc[] hits, int[] copies, long distinct) {}

  /**
   * Which copy stands for its group: the best ranked, and of equally ranked copies the one in the
   * article whose id sorts first, as on every backend (index order would differ between them).
   */
  private static final Sort BEST_THEN_FIRST_ARTICLE =
      new Sort(SortField.FIELD_SCORE, KeywordField.newSortField(ArticleSchema.ID, false, SortedSetSelector.Type.MIN));

  private QuoteCopies() {}

  /**
   * The groups from {@code offset} on, at most {@code size} of them.
   *
   * @param matches every match of the query (the search's marking pass), for counting the groups
   * @param total how many they are
   */
  static Page page(IndexSnapshot searcher, Query query, FacetsCollector matches, long total, int offset, int size)
      throws IOException {
    if (!hasKeys(searcher)) {
      TopDocs top = searcher.search(query, offset + size);
      int from = Math.min(top.scoreDocs.length, offset);
      ScoreDoc[] hits = Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + size));
      int[] copies = new int[hits.length];
      Arrays.fill(copies, 1);
      return new Page(hits, copies, total);
    }
    GroupingSearch grouping = new GroupingSearch(ArticleSchema.QUOTE_KEY).setGroupDocsLimit(1)
        .setSortWithinGroup(BEST_THEN_FIRST_ARTICLE);
    TopGroups<BytesRef> groups = grouping.search(searcher, query, offset, size);
    long distinct = searcher.quoteKeys().distinct(matches);
    if (groups == null) { // no group from the offset on
      return new Page(new ScoreDoc[0], new int[0], distinct);
    }
    ScoreDoc[] hits = new ScoreDoc[groups.groups.length];
    int[] copies = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      GroupDocs<BytesRef> group = groups.groups[i];
      // Sorted by a field list, the head carries its score as the first sort value.
      ScoreDoc head = group.scoreDocs()[0];
      hits[i] = head instanceof FieldDoc sorted && sorted.fields[0] instanceof Float score ? new ScoreDoc(head.doc, score) : head;
      copies[i] = (int) group.totalHits().value();
    }
    return new Page(hits, copies, distinct);
  }

  private static boolean hasKeys(IndexSnapshot searcher) {
    FieldInfo key = searcher.fieldInfos().fieldInfo(ArticleSchema.QUOTE_KEY);
    return key != null && key.getDocValuesType() == DocValuesType.SORTED;
  }
}
