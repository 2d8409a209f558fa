package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.NewsAnalyzer;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.RepoFiles;
import dev.newssearch.testing.SeedServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which queries need the filter to article documents, and that leaving it out changes no answer:
 * over the seeds' index, whose quote documents hold the same words as their articles.
 */
class ArticleDocumentsTest {
  @TempDir static Path temp;
  private static LiveIndex index;

  @BeforeAll
  static void index() throws IOException {
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    SeedServer.indexer().reindex(RepoFiles.seeds(), generations, Progress.NONE);
    index = new LiveIndex(generations, 60_000);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void queriesOnArticleTextNeedNoFilter() {
    Query body = term(ArticleSchema.BODY, "putin");
    Query title = term(ArticleSchema.TITLE, "putin");
    assertTrue(ArticleDocuments.matchesArticlesOnly(body));
    assertTrue(ArticleDocuments.matchesArticlesOnly(new BoostQuery(new DisjunctionMaxQuery(List.of(title, body), 0.1f), 2f)));
    assertTrue(ArticleDocuments.matchesArticlesOnly(
        new BooleanQuery.Builder().add(body, Occur.MUST).add(title, Occur.SHOULD).add(term(ArticleSchema.SPEAKER, "x"), Occur.MUST_NOT).build()));
    assertTrue(ArticleDocuments.matchesArticlesOnly(new ToParentBlockJoinQuery(
        term(ArticleSchema.QUOTE_TEXT, "putin"), ArticleSchema.parentFilter(), ScoreMode.Max)));
  }

  @Test
  void queriesThatCouldMatchQuotesKeepIt() {
    Query body = term(ArticleSchema.BODY, "putin");
    assertFalse(ArticleDocuments.matchesArticlesOnly(new MatchAllDocsQuery()));
    assertFalse(ArticleDocuments.matchesArticlesOnly(term(ArticleSchema.QUOTE_TEXT, "putin")));
    assertFalse(ArticleDocuments.matchesArticlesOnly(
        new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(body, Occur.MUST_NOT).build()));
    assertFalse(ArticleDocuments.matchesArticlesOnly(
        new BooleanQuery.Builder().add(body, Occur.SHOULD).add(term(ArticleSchema.SPEAKER, "Vladimir Putin"), Occur.SHOULD).build()));
    assertFalse(ArticleDocuments.matchesArticlesOnly(new BooleanQuery.Builder().add(body, Occur.MUST_NOT).build()));
  }

  @Test
  void searchesFindTheSameArticlesWithOrWithoutTheFilter() throws IOException {
    BoxQueryParser parser = new BoxQueryParser(NewsAnalyzer.forQueries(Synonyms.builtIn()));
    IndexSnapshot searcher = index.acquire();
    try {
      int articles = searcher.count(ArticleSchema.articles());
      for (String text : List.of("putin", "xi putin", "\"strategic interaction\"", "taiwan OR putin", "putin -taiwan", "-putin", "")) {
        Query query = parser.parse(text, LuceneSearchService.ARTICLE_FIELDS);
        Query filtered = new BooleanQuery.Builder().add(query, Occur.MUST).add(ArticleSchema.articles(), Occur.FILTER).build();
        assertEquals(hits(searcher, filtered), hits(searcher, ArticleDocuments.only(query)), text);
      }
      // Quote text is on the quote documents only: the filter keeps them out.
      Query quoteWords = parser.parse("relations", Map.of(ArticleSchema.QUOTE_TEXT, 1f));
      assertTrue(searcher.count(quoteWords) > 0);
      assertEquals(0, searcher.count(ArticleDocuments.only(quoteWords)));
      assertEquals(articles, searcher.count(ArticleDocuments.only(new MatchAllDocsQuery())));
      assertNotEquals(articles, searcher.count(new MatchAllDocsQuery()));
    } finally {
      index.release(searcher);
    }
  }

  private static List<String> hits(IndexSnapshot searcher, Query query) throws IOException {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      hits.add(hit.doc + ":" + hit.score);
    }
    return hits;
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }
}
