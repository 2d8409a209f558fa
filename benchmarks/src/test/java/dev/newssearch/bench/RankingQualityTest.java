package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins the ranking quality measured by {@link RankingEvaluation} on the TIME collection, so that it
 * cannot fall silently: our REST API in its default mode must stay at the figures it reached and
 * above plain Lucene's.
 */
class RankingQualityTest {

  @Test
  void scoresARunAgainstJudgmentsExactly() {
    Map<String, String> topics = Map.of("1", "q");
    Map<String, Set<String>> qrels = Map.of("1", Set.of("a", "c"));
    RankingEvaluation.Figures f = RankingEvaluation.score(Map.of("1", List.of("a", "b", "c")), topics, qrels);
    // AP = (1/1 + 2/3) / 2; DCG = 1 + 1/log2(4) = 1.5 over IDCG = 1 + 1/log2(3).
    assertTrue(Math.abs(f.map() - 5.0 / 6) < 1e-9, "MAP " + f.map());
    assertTrue(Math.abs(f.ndcg10() - 1.5 / (1 + 1 / (Math.log(3) / Math.log(2)))) < 1e-9, "nDCG " + f.ndcg10());
    assertTrue(Math.abs(f.p10() - 0.2) < 1e-9, "P@10 " + f.p10());
    assertTrue(Math.abs(f.recall100() - 1.0) < 1e-9, "Recall " + f.recall100());
  }

  @Test
  void splitsTopicsIntoOddAndEvenIds() {
    Map<String, String> topics = Map.of("1", "q", "2", "q", "3", "q");
    Map<String, Set<String>> qrels = Map.of("1", Set.of("a"), "2", Set.of("a"), "3", Set.of("b"));
    Map<String, List<String>> runs = Map.of("1", List.of("a"), "2", List.of("b", "a"), "3", List.of("c"));
    RankingEvaluation.Halves halves = RankingEvaluation.halves(runs, topics, qrels);
    // Odd: topic 1 finds its article first (AP 1), topic 3 misses (AP 0). Even: topic 2 finds it second.
    assertEquals(2, halves.oddTopics());
    assertEquals(1, halves.evenTopics());
    assertEquals(0.5, halves.odd().map(), 1e-9);
    assertEquals(0.5, halves.even().map(), 1e-9);
    assertEquals(1 / (Math.log(3) / Math.log(2)), halves.even().ndcg10(), 1e-9);
  }

  @Test
  @Tag("shared-data")
  void defaultModeBeatsPlainLuceneOnTime() throws Exception {
    RankingEvaluation.Result result = new RankingEvaluation(Path.of(System.getProperty("shared.data.dir"))).run();
    RankingEvaluation.print(result, System.out);
    assertTrue(result.ours().map() >= 0.719, "MAP " + result.ours().map());
    assertTrue(result.ours().ndcg10() >= 0.775, "nDCG@10 " + result.ours().ndcg10());
    assertTrue(result.ours().p10() >= 0.296, "P@10 " + result.ours().p10());
    assertTrue(result.ours().recall100() >= 0.953, "Recall@100 " + result.ours().recall100());
    // Each half of the topics holds too, so a change cannot buy one half's gain with the other's loss.
    assertTrue(result.oursByHalf().odd().map() >= 0.715, "odd topics' MAP " + result.oursByHalf().odd().map());
    assertTrue(result.oursByHalf().odd().ndcg10() >= 0.774, "odd topics' nDCG@10 " + result.oursByHalf().odd().ndcg10());
    assertTrue(result.oursByHalf().even().map() >= 0.723, "even topics' MAP " + result.oursByHalf().even().map());
    assertTrue(result.oursByHalf().even().ndcg10() >= 0.775, "even topics' nDCG@10 " + result.oursByHalf().even().ndcg10());
    assertTrue(result.ours().map() > result.plainLucene().map(), "MAP above plain Lucene's");
    assertTrue(result.ours().ndcg10() > result.plainLucene().ndcg10(), "nDCG@10 above plain Lucene's");
    // On an index built with embeddings the same requests are re-ranked by meaning: the issue's
    // targets (MAP 0.74, nDCG@10 0.80), on the whole and on each half.
    RankingEvaluation.Figures semantic = result.oursSemantic();
    assertTrue(semantic.map() >= 0.749, "semantic MAP " + semantic.map());
    assertTrue(semantic.ndcg10() >= 0.812, "semantic nDCG@10 " + semantic.ndcg10());
    assertTrue(semantic.recall100() >= 0.953, "semantic Recall@100 " + semantic.recall100());
    RankingEvaluation.Halves halves = result.oursSemanticByHalf();
    assertTrue(halves.odd().map() >= 0.74 && halves.odd().ndcg10() >= 0.80, "odd topics " + halves.odd());
    assertTrue(halves.even().map() >= 0.74 && halves.even().ndcg10() >= 0.80, "even topics " + halves.even());
  }
}
