package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Article;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.Indexer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles listed under a hit read from doc values say what their stored fields say, in the order
 * asked, including from segments written before the title had doc values and from segments that
 * merged both kinds.
 */
class SimilarArticlesTest {
  @TempDir Path temp;

  private static final List<Article> ARTICLES = List.of(
      article("a/1", "Dockers strike at the northern port", LocalDate.of(2025, 3, 10), "Coastal Times"),
      article("b/2", "", LocalDate.of(2024, 12, 31), "Wire"),
      article("c/3", "Undated brief", null, null),
      article("d/4", "Grain harvest up by a tenth", LocalDate.of(1987, 2, 26), "Reuters"),
      article("e/5", "Ministers follow the dispute — «closely»", LocalDate.of(2025, 3, 11), "Coastal Times"));

  private static Article article(String id, String title, LocalDate date, String source) {
    String body = "The body of " + id + " says what happened, where and when, in a few plain words.";
    return new Article(id, title, date, null, source, null, null, body, id + ".txt", List.of());
  }

  private static ArticleHit.SimilarArticle expected(Article article) {
    return new ArticleHit.SimilarArticle(article.id(), article.title(),
        article.date() == null ? null : article.date().toString(), article.source());
  }

  /**
   * Indexes the articles, the first {@code before} of them as an index written before
   * {@link ArticleSchema#TITLE_VALUE} existed (in their own segment), and merges all segments into
   * one when asked.
   */
  private Directory index(int before, boolean merge) throws IOException {
    Directory dir = FSDirectory.open(temp.resolve("index-" + before + "-" + merge));
    try (IndexWriter writer = new IndexWriter(dir, Indexer.writerConfig(IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 0; i < ARTICLES.size(); i++) {
        List<Document> block = ArticleSchema.toBlock(ARTICLES.get(i), "hash", null);
        if (i < before) {
          block.getLast().removeField(ArticleSchema.TITLE_VALUE);
        }
        writer.addDocuments(block);
        if (i == before - 1) {
          writer.commit();
        }
      }
      if (merge) {
        writer.forceMerge(1);
      }
      writer.commit();
    }
    return dir;
  }

  private static void assertReadsEveryArticle(Directory dir, int segments) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(segments, reader.leaves().size());
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Integer> docs = new ArrayList<>();
      List<ArticleHit.SimilarArticle> expected = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(ArticleSchema.articles(), 100).scoreDocs) {
        String id = searcher.storedFields().document(hit.doc, Set.of(ArticleSchema.ID)).get(ArticleSchema.ID);
        docs.add(hit.doc);
        expected.add(expected(ARTICLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()));
      }
      // Asked out of index order, as a group lists its members in the search's order.
      Collections.reverse(docs);
      Collections.reverse(expected);
      Collections.swap(docs, 1, 3);
      Collections.swap(expected, 1, 3);
      SimilarArticles similar = new SimilarArticles(searcher);
      // Read as a page of three groups, the middle one empty.
      assertEquals(List.of(expected.subList(0, 2), List.of(), expected.subList(2, expected.size())),
          similar.of(List.of(docs.subList(0, 2), List.of(), docs.subList(2, docs.size()))));
      assertEquals(expected.stream().map(ArticleHit.SimilarArticle::id).toList(), similar.ids(docs));
    }
  }

  @Test
  void readsIdTitleDateAndSourceInTheOrderAsked() throws IOException {
    try (Directory dir = index(0, false)) {
      assertReadsEveryArticle(dir, 1);
    }
  }

  @Test
  void readsSegmentsWrittenBeforeTheTitleHadDocValuesFromStoredFields() throws IOException {
    try (Directory dir = index(2, false)) {
      assertReadsEveryArticle(dir, 2);
    }
  }

  @Test
  void readsASegmentMergedFromBothKinds() throws IOException {
    try (Directory dir = index(3, true)) {
      assertReadsEveryArticle(dir, 1);
    }
  }

  @Test
  void readsAnIndexWrittenEntirelyBefore() throws IOException {
    try (Directory dir = index(ARTICLES.size(), false)) {
      assertReadsEveryArticle(dir, 1);
    }
  }
}
