package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.search.TypoTolerance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.core.search.SuggestSort;
import org.opensearch.client.opensearch.core.search.TermSuggestOption;

/**
 * The words typo tolerance corrects to ({@link TypoTolerance}, the embedded backend's rules), read
 * from an OpenSearch index: candidates from a {@code term} suggester over the body's words as
 * written ({@link OpenSearchSchema#BODY_WORDS}), each counted, as on the embedded backend, by the
 * articles whose body has its stem (one {@code filters} aggregation for all the candidates of a
 * word). One instance serves one search: the counts it read are kept for its other words.
 */
final class OpenSearchVocabulary implements TypoTolerance.Vocabulary {
  /**
   * Candidates the suggester weighs per correction, as the embedded backend's spell checker: enough
   * to find the most common among equally close words.
   */
  private static final int INSPECTIONS = 50;
  /**
   * Above any shard's article count: a word is corrected however common it is (the suggester's
   * default leaves words in over 1% of the articles alone), and a whole number, as it must be.
   */
  private static final float ANY_FREQUENCY = 1e9f;
  private static final String SUGGESTION = "word";

  private final OpenSearchClient client;
  private final String index;
  private final Analyzer indexAnalyzer;
  private final Map<String, Long> articlesPerStem = new HashMap<>();

  /**
   * @param client the cluster
   * @param index the index (or alias) searched
   * @param indexAnalyzer the analysis of article text, whose stems the index holds
   */
  OpenSearchVocabulary(OpenSearchClient client, String index, Analyzer indexAnalyzer) {
    this.client = client;
    this.index = index;
    this.indexAnalyzer = indexAnalyzer;
  }

  @Override
  public List<TypoTolerance.Word> corrections(String word, int maxEdits, int limit) {
    try {
      var response = client.search(s -> s.index(index).size(0).suggest(sg -> sg.suggesters(SUGGESTION, f -> f.text(word)
          .term(t -> t.field(OpenSearchSchema.BODY_WORDS).suggestMode(SuggestMode.Always).maxEdits(maxEdits).prefixLength(1)
              .minWordLength(1).maxTermFreq(ANY_FREQUENCY).maxInspections(INSPECTIONS).size(limit).sort(SuggestSort.Score)))),
          JsonNode.class);
      Map<String, Double> scores = new HashMap<>();
      for (Suggest<JsonNode> suggestion : response.suggest().getOrDefault(SUGGESTION, List.of())) {
        for (TermSuggestOption option : suggestion.term().options()) {
          // As the embedded vocabulary: words of letters, not numbers or codes.
          if (option.text().length() >= 2 && option.text().chars().allMatch(Character::isLetter)) {
            scores.putIfAbsent(option.text(), option.score());
          }
        }
      }
      Map<String, String> stems = new HashMap<>();
      scores.keySet().forEach(candidate -> stems.put(candidate, TypoTolerance.stemOf(candidate, indexAnalyzer)));
      Set<String> toCount = new LinkedHashSet<>(stems.values());
      toCount.add(TypoTolerance.stemOf(word, indexAnalyzer));
      count(toCount);
      List<TypoTolerance.Word> words = new ArrayList<>();
      for (Map.Entry<String, String> candidate : stems.entrySet()) {
        long articles = candidate.getValue() == null ? 0 : articlesPerStem.getOrDefault(candidate.getValue(), 0L);
        if (articles > 0) {
          words.add(new TypoTolerance.Word(candidate.getKey(), candidate.getValue(), articles));
        }
      }
      // The embedded spell checker's order: closest first, then the most used, then alphabetical.
      words.sort(Comparator.comparingDouble((TypoTolerance.Word w) -> -scores.get(w.text()))
          .thenComparing(Comparator.comparingLong(TypoTolerance.Word::articles).reversed())
          .thenComparing(TypoTolerance.Word::text));
      return words.subList(0, Math.min(limit, words.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long articlesWith(String word) {
    String stem = TypoTolerance.stemOf(word, indexAnalyzer);
    if (stem == null) {
      return 0;
    }
    try {
      count(Set.of(stem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articlesPerStem.get(stem);
  }

  /** Counts the articles whose body has each stem not counted yet, in one request. */
  private void count(Set<String> stems) throws IOException {
    List<String> missing = stems.stream().filter(stem -> stem != null && !articlesPerStem.containsKey(stem)).toList();
    if (missing.isEmpty()) {
      return;
    }
    Map<String, Query> filters = new HashMap<>();
    for (String stem : missing) {
      filters.put(stem, Query.of(q -> q.term(t -> t.field(ArticleSchema.BODY).value(v -> v.stringValue(stem)))));
    }
    var response = client.search(s -> s.index(index).size(0)
        .aggregations("stems", a -> a.filters(f -> f.filters(b -> b.keyed(filters)))), JsonNode.class);
    Map<String, FiltersBucket> buckets = response.aggregations().get("stems").filters().buckets().keyed();
    for (String stem : missing) {
      FiltersBucket bucket = buckets.get(stem);
      articlesPerStem.put(stem, bucket == null ? 0 : bucket.docCount());
    }
  }
}
