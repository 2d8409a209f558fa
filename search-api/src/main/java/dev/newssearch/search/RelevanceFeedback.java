package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Pseudo-relevance feedback for long queries, in the manner of RM3: the words that dominate the
 * best few articles of the query (weighted by each article's score and the word's share of its
 * text) are added as optional body terms. A question names a topic with a few of its words; the
 * top articles supply the rest of its vocabulary, which lifts the other articles on the topic.
 *
 * <p>A word found in more than half of all articles is never added: however often the best
 * articles use it ("said", "which", "government" in a political archive), it cannot tell an article
 * on the topic from the rest, and it would take the place of one that can.
 *
 * <p>The expanded query keeps the original as a required clause, so feedback only reorders the
 * articles the query matched; it never adds one that matches none of the user's words.
 *
 * <p>The rule is the same on every backend; where the best articles are read is the backend's
 * {@link Articles}.
 */
public final class RelevanceFeedback {
  /** Top articles read for feedback. */
  static final int FEEDBACK_ARTICLES = 5;
  /** Words added to the query. */
  static final int FEEDBACK_TERMS = 10;
  /** Share of the original query in the expanded one (RM3's interpolation weight). */
  static final float ORIGINAL_WEIGHT = 0.5f;
  /** Words in a larger share of all articles than this are too common to add. */
  static final double MAX_ARTICLE_SHARE = 0.5;
  /** The leading words, by weight, whose commonness is checked to find the words added. */
  static final int CANDIDATE_TERMS = 3 * FEEDBACK_TERMS;

  /**
   * One of the best articles of a query.
   *
   * @param score its score for the query
   * @param body its body text
   */
  public record Scored(float score, String body) {}

  /** Where feedback reads the best articles of a query, and how common words are. */
  public interface Articles {
    /** The best {@code count} articles for {@code query} (its words alone, without the search's filters), best first. */
    List<Scored> best(Query query, int count) throws IOException;

    /**
     * For each of {@code words} (analysed body terms, as feedback finds them), the share of all
     * articles whose body holds it, from 0 to 1.
     */
    Map<String, Double> bodyShares(List<String> words) throws IOException;
  }

  private final Analyzer analyzer;

  RelevanceFeedback(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The best articles of a query in an embedded index, with their stored bodies, and how common words are there. */
  static Articles of(IndexSearcher searcher) {
    return new Articles() {
      @Override
      public List<Scored> best(Query query, int count) throws IOException {
        List<Scored> best = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(ArticleDocuments.only(query), count).scoreDocs) {
          best.add(new Scored(hit.score, searcher.storedFields().document(hit.doc).get(ArticleSchema.BODY)));
        }
        return best;
      }

      @Override
      public Map<String, Double> bodyShares(List<String> words) throws IOException {
        // Only articles have a body; both counts are the index's term statistics, as BM25's are.
        double articles = Math.max(1, searcher.getIndexReader().getDocCount(ArticleSchema.BODY));
        Map<String, Double> shares = new HashMap<>();
        for (String word : words) {
          shares.put(word, searcher.getIndexReader().docFreq(new Term(ArticleSchema.BODY, word)) / articles);
        }
        return shares;
      }
    };
  }

  /**
   * The query expanded with its feedback terms, or the query itself when it finds nothing.
   *
   * @param query the query as the user wrote it
   * @param source where its best articles are read
   */
  Query expand(Query query, Articles source) {
    try {
      List<Scored> top = source.best(query, FEEDBACK_ARTICLES);
      if (top.isEmpty()) {
        return query;
      }
      List<Map.Entry<String, Double>> terms = feedbackTerms(top, source);
      double total = terms.stream().mapToDouble(Map.Entry::getValue).sum();
      if (terms.isEmpty() || total <= 0) {
        return query;
      }
      BooleanQuery.Builder expansion = new BooleanQuery.Builder();
      for (Map.Entry<String, Double> term : terms) {
        Query word = new TermQuery(new Term(ArticleSchema.BODY, term.getKey()));
        expansion.add(new BoostQuery(word, (float) (term.getValue() / total)), Occur.SHOULD);
      }
      return new BooleanQuery.Builder()
          .add(new BoostQuery(query, ORIGINAL_WEIGHT), Occur.MUST)
          .add(new BoostQuery(expansion.build(), 1 - ORIGINAL_WEIGHT), Occur.SHOULD)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Relevance-model weights (per article, score share times the term's share of the article), for
   * the leading words that are not too common.
   */
  private List<Map.Entry<String, Double>> feedbackTerms(List<Scored> top, Articles source) throws IOException {
    double scoreSum = 0;
    for (Scored hit : top) {
      scoreSum += hit.score();
    }
    Map<String, Double> weights = new HashMap<>();
    for (Scored hit : top) {
      String body = hit.body();
      Map<String, Integer> counts = new HashMap<>();
      int length = 0;
      try (TokenStream tokens = analyzer.tokenStream(ArticleSchema.BODY, body == null ? "" : body)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          counts.merge(term.toString(), 1, Integer::sum);
          length++;
        }
        tokens.end();
      }
      double articleWeight = hit.score() / scoreSum;
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        weights.merge(count.getKey(), articleWeight * count.getValue() / length, Double::sum);
      }
    }
    // Single characters and bare numbers say little about a topic.
    List<Map.Entry<String, Double>> candidates = weights.entrySet().stream()
        .filter(e -> e.getKey().length() > 1 && !e.getKey().chars().allMatch(Character::isDigit))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CANDIDATE_TERMS)
        .toList();
    Map<String, Double> shares = source.bodyShares(candidates.stream().map(Map.Entry::getKey).toList());
    return candidates.stream()
        .filter(e -> shares.getOrDefault(e.getKey(), 0.0) <= MAX_ARTICLE_SHARE)
        .limit(FEEDBACK_TERMS)
        .toList();
  }
}
