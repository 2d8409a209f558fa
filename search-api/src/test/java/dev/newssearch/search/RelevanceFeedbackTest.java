package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NewsAnalyzer;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Which words relevance feedback adds to a long query, over a real in-memory index. */
class RelevanceFeedbackTest {
  private static final NewsAnalyzer ANALYZER = new NewsAnalyzer();

  /**
   * Two articles on a dock strike and four on other things; "officials" and "said" fill the strike
   * articles as much as "dockers" does, but most articles use them.
   */
  private static final List<String> BODIES = List.of(
      "Dockers walked out. Officials said the dockers want pay. Officials said dockers picket the harbour.",
      "Dockers marched again. Officials said the dockers stay out. Officials said cargo waits.",
      "Officials said the budget passed.",
      "Officials said the bridge reopened.",
      "Officials said rain is coming.",
      "A film opened to good reviews.");

  @Test
  void addsWordsThatDominateTheBestArticlesButNotThoseMostArticlesUse() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
        for (String body : BODIES) {
          Document doc = new Document();
          doc.add(new StringField(ArticleSchema.DOC_TYPE, ArticleSchema.ARTICLE, Field.Store.NO));
          doc.add(new TextField(ArticleSchema.BODY, body, Field.Store.YES));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        RelevanceFeedback.Articles articles = RelevanceFeedback.of(searcher);
        Map<String, Double> shares = articles.bodyShares(List.of("offici", "docker", "absent"));
        assertEquals(5 / 6.0, shares.get("offici"), 1e-9);
        assertEquals(2 / 6.0, shares.get("docker"), 1e-9);
        assertEquals(0.0, shares.get("absent"), 1e-9);

        Query expanded = new RelevanceFeedback(ANALYZER).expand(new TermQuery(new Term(ArticleSchema.BODY, "strike")), articles);
        // No article holds "strike": nothing to read, nothing added.
        assertEquals(new TermQuery(new Term(ArticleSchema.BODY, "strike")), expanded);

        Set<String> added = words(new RelevanceFeedback(ANALYZER).expand(new TermQuery(new Term(ArticleSchema.BODY, "harbour")), articles));
        assertTrue(added.containsAll(Set.of("docker", "pai", "picket")), added.toString());
        assertFalse(added.contains("offici"), "in 5 of 6 articles: " + added);
        assertFalse(added.contains("said"), "in 5 of 6 articles: " + added);
      }
    }
  }

  private static Set<String> words(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Set<String> words = new HashSet<>();
    terms.forEach(term -> words.add(term.text()));
    return words;
  }
}
