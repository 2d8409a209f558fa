package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A page of a quote search with the copies of a quote folded into one hit: a wire story carried by
 * ten outlets, or one article published again, holds the same words from the same speaker ten
 * times, and a list of what someone said should show them once, with how often.
 *
 * <p>Quotes are grouped by {@link ArticleSchema#QUOTE_KEY}, as Solr's and Elasticsearch's field
 * collapsing group by a field. Groups are ranked by their best score; a group is shown by its copy of
 * that score in the article whose id sorts first, and groups of equal scores are ordered by those
 * articles' ids, as on every backend. The matches are ranked by score alone, as deep as the page
 * needs (further, twice as deep each time, while copies folded away leave it short), so the ranking
 * skips the quotes that cannot reach the page; a group is placed only once every copy of its score
 * has been read, that is once the ranking has read past its score. Lucene's grouping module, used
 * before, scored every match and cost a quote search about 15% more CPU. The number of groups and
 * how many quotes each group on the page stands for come from one pass over the search's marks
 * ({@link KeywordFacets#distinct}): the counts are exact. An index
 * written before the key existed has no such field; its quotes are paged one by one, each its own
 * group, until it is rebuilt.
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
   * How deep the first ranking reads: this many times the page, at most {@link #READ_AHEAD_MAX} quotes
   * beyond it; a page still short reads on, twice as far each time.
   */
  private static final int READ_AHEAD = 8;
  private static final int READ_AHEAD_MAX = 1_000;

  /** The order of groups: best score first, then by the article of the copy that stands for each. */
  private static final Comparator<Copies> BEST_THEN_FIRST_ARTICLE = ((Comparator<Copies>) (a, b) -> Float.compare(b.best, a.best))
      .thenComparing(copies -> copies.standsId, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(copies -> copies.stands);

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
    return ranked(searcher, query, matches, offset, size);
  }

  /**
   * One quote's copies as far as the ranking has read: its key, its best score, and the copies that
   * have that score (the first ranked is not always the one that stands for them: of equal scores,
   * the article whose id sorts first does).
   */
  private static final class Copies {
    private final int key;
    private final float best;
    private final List<Integer> tied = new ArrayList<>(2);
    private BytesRef standsId;
    private int stands = -1;

    Copies(int key, float best) {
      this.key = key;
      this.best = best;
    }
  }

  /** The page's groups from a ranking by score, read as deep as they need. */
  private static Page ranked(IndexSnapshot searcher, Query query, FacetsCollector matches, int offset, int size)
      throws IOException {
    KeywordFacets keys = searcher.quoteKeys();
    int wanted = offset + size;
    // By key (a quote without one by its document, as its own group), in the order first ranked:
    // best score first, since the ranking reads scores in descending order.
    Map<Long, Copies> groups = new LinkedHashMap<>();
    ScoreDoc last = null;
    int stage = (int) Math.min(Integer.MAX_VALUE - 8, Math.min((long) wanted * READ_AHEAD, (long) wanted + READ_AHEAD_MAX));
    List<Copies> settled;
    while (true) {
      ScoreDoc[] ranked = searcher.searchAfter(last, query, stage).scoreDocs;
      for (ScoreDoc hit : ranked) {
        int key = keys.valueOf(hit.doc);
        Copies copies = groups.computeIfAbsent(key >= 0 ? key : -1L - hit.doc, k -> new Copies(key, hit.score));
        if (hit.score == copies.best) {
          copies.tied.add(hit.doc);
        }
      }
      boolean exhausted = ranked.length < stage;
      last = ranked.length == 0 ? last : ranked[ranked.length - 1];
      // A group whose best score is above the last one read has all its copies of that score read,
      // and so has every group before it; those at the last score may have more copies further down.
      float below = exhausted || last == null ? Float.NEGATIVE_INFINITY : last.score;
      settled = new ArrayList<>();
      for (Copies copies : groups.values()) {
        if (copies.best <= below) {
          break;
        }
        settled.add(copies);
      }
      if (exhausted || settled.size() >= wanted) {
        break;
      }
      stage = (int) Math.min(Integer.MAX_VALUE - 8, 2L * stage);
    }
    // Groups of equal scores ordered by the article that stands for each, up to the page's last score.
    if (settled.size() > wanted) {
      float lowest = settled.get(wanted - 1).best;
      settled = new ArrayList<>(settled.stream().filter(copies -> copies.best >= lowest).toList());
    }
    for (Copies copies : settled) {
      standFor(searcher, copies);
    }
    settled.sort(BEST_THEN_FIRST_ARTICLE);
    List<Copies> page = settled.subList(Math.min(offset, settled.size()), Math.min(wanted, settled.size()));
    ScoreDoc[] hits = new ScoreDoc[page.size()];
    int[] pageKeys = page.stream().filter(copies -> copies.key >= 0).mapToInt(copies -> copies.key).toArray();
    int[] keyCounts = new int[pageKeys.length];
    long distinct = keys.distinct(matches, pageKeys, keyCounts);
    int[] counts = new int[hits.length];
    for (int i = 0, keyed = 0; i < hits.length; i++) {
      Copies copies = page.get(i);
      hits[i] = new ScoreDoc(copies.stands, copies.best);
      counts[i] = copies.key >= 0 ? keyCounts[keyed++] : 1;
    }
    return new Page(hits, counts, distinct);
  }

  /** Picks the copy that stands for a group: of its best-scored copies, the one in the article whose id sorts first. */
  private static void standFor(IndexSnapshot searcher, Copies copies) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int doc : copies.tied) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), ArticleSchema.ID);
      BytesRef id = ids.advanceExact(doc - leaf.docBase) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd())) : null;
      boolean first = copies.stands < 0
          || id != null && (copies.standsId == null || id.compareTo(copies.standsId) < 0)
          || Objects.equals(id, copies.standsId) && doc < copies.stands;
      if (first) {
        copies.stands = doc;
        copies.standsId = id;
      }
    }
  }

  private static boolean hasKeys(IndexSnapshot searcher) {
    FieldInfo key = searcher.fieldInfos().fieldInfo(ArticleSchema.QUOTE_KEY);
    return key != null && key.getDocValuesType() == DocValuesType.SORTED;
  }
}
