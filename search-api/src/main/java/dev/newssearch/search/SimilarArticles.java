package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The articles listed under a hit (its copies and near-duplicates) and their ids, read from doc
 * values: id, date and source from their filter fields', the title from
 * {@link ArticleSchema#TITLE_VALUE}. A page lists up to a hundred of them per hit, and reading their
 * stored fields decompressed their whole bodies. Segments written before the title had doc values
 * are read from stored fields.
 */
final class SimilarArticles {
  private static final Set<String> STORED_FIELDS = Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE);
  private static final Set<String> STORED_ID = Set.of(ArticleSchema.ID);

  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;

  /**
   * @param searcher the searcher whose documents are read
   */
  SimilarArticles(IndexSearcher searcher) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.stored = searcher.storedFields();
  }

  /**
   * The articles of each list of documents, in the order given. A page's lists are read together,
   * in index order, so that each segment's doc values are opened once per page, not once per hit.
   */
  List<List<ArticleHit.SimilarArticle>> of(List<List<Integer>> lists) throws IOException {
    List<Integer> docs = new ArrayList<>();
    lists.forEach(docs::addAll);
    ArticleHit.SimilarArticle[] articles = new ArticleHit.SimilarArticle[docs.size()];
    LeafValues values = null;
    for (int i : inIndexOrder(docs)) {
      int doc = docs.get(i);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (values == null || values.leaf() != leaf) {
        values = LeafValues.open(leaf);
      }
      ArticleHit.SimilarArticle article = values.article(doc - leaf.docBase);
      articles[i] = article == null ? fromStoredFields(doc) : article;
    }
    List<List<ArticleHit.SimilarArticle>> read = new ArrayList<>(lists.size());
    int from = 0;
    for (List<Integer> list : lists) {
      read.add(List.of(Arrays.copyOfRange(articles, from, from + list.size())));
      from += list.size();
    }
    return read;
  }

  /** The ids of these documents, in the order given. */
  List<String> ids(List<Integer> docs) throws IOException {
    String[] ids = new String[docs.size()];
    SortedSetDocValues values = null;
    LeafReaderContext valuesLeaf = null;
    for (int i : inIndexOrder(docs)) {
      int doc = docs.get(i);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf != valuesLeaf) {
        valuesLeaf = leaf;
        values = leaf.reader().getSortedSetDocValues(ArticleSchema.ID);
      }
      ids[i] = values != null && values.advanceExact(doc - leaf.docBase)
          ? values.lookupOrd(values.nextOrd()).utf8ToString()
          : stored.document(doc, STORED_ID).get(ArticleSchema.ID);
    }
    return List.of(ids);
  }

  private static Integer[] inIndexOrder(List<Integer> docs) {
    Integer[] order = new Integer[docs.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Integer.compare(docs.get(a), docs.get(b)));
    return order;
  }

  private ArticleHit.SimilarArticle fromStoredFields(int doc) throws IOException {
    Document document = stored.document(doc, STORED_FIELDS);
    return new ArticleHit.SimilarArticle(document.get(ArticleSchema.ID), document.get(ArticleSchema.TITLE),
        LuceneSearchService.day(document), document.get(ArticleSchema.SOURCE));
  }

  /** One segment's doc values of the four fields, read forwards. */
  private record LeafValues(
      LeafReaderContext leaf, SortedSetDocValues ids, BinaryDocValues titles, SortedNumericDocValues dates, SortedSetDocValues sources) {

    /** The segment's values, positioned before its first document. */
    static LeafValues open(LeafReaderContext leaf) throws IOException {
      LeafReader reader = leaf.reader();
      return new LeafValues(leaf, reader.getSortedSetDocValues(ArticleSchema.ID), reader.getBinaryDocValues(ArticleSchema.TITLE_VALUE),
          reader.getSortedNumericDocValues(ArticleSchema.DATE), reader.getSortedSetDocValues(ArticleSchema.SOURCE));
    }

    /** The article of a document, or {@code null} when it was written before the title had doc values. */
    ArticleHit.SimilarArticle article(int doc) throws IOException {
      if (titles == null || ids == null || !titles.advanceExact(doc) || !ids.advanceExact(doc)) {
        return null;
      }
      String date = dates != null && dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.nextValue()).toString() : null;
      String source = sources != null && sources.advanceExact(doc) ? sources.lookupOrd(sources.nextOrd()).utf8ToString() : null;
      return new ArticleHit.SimilarArticle(ids.lookupOrd(ids.nextOrd()).utf8ToString(), titles.binaryValue().utf8ToString(), date, source);
    }
  }
}
