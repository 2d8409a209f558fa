package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.aggregations.MaxAggregate;
import org.opensearch.client.opensearch._types.query_dsl.FunctionBoostMode;
import org.opensearch.client.opensearch._types.query_dsl.FunctionScore;
import org.opensearch.client.opensearch._types.query_dsl.FunctionScoreMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The recency boost of the embedded backend on OpenSearch: a hit's score times
 * {@code 1 + 0.5^(age / halfLife)}, age counted from the newest dated article of the index, undated
 * articles ×1. It is a {@code function_score} that multiplies the score by the sum of two functions:
 * a constant 1, and an {@code exp} decay of the date (0.5 at one half-life from the newest article)
 * that only dated articles get, since a decay function scores a missing date as 1.
 *
 * <p>The newest article's day comes from a {@code max} aggregation, kept per index for
 * {@link #LIFETIME}, so that articles added by an update soon count.
 */
final class OpenSearchRecencyBoost {
  /** How long the newest day of an index is reused before it is asked again. */
  static final Duration LIFETIME = Duration.ofMinutes(1);
  /**
   * An offset beyond any article's age (27,000 years): a decay within it is exactly 1. The client
   * cannot send a function of a bare {@code weight}, so the constant 1 is a decay that never decays.
   */
  private static final String NEVER = "10000000d";

  private record Newest(Optional<LocalDate> day, Instant readAt) {}

  private final OpenSearchClient client;
  private final Map<String, Newest> newest = new ConcurrentHashMap<>();

  OpenSearchRecencyBoost(OpenSearchClient client) {
    this.client = client;
  }

  /**
   * The query with its scores boosted by recency, or the query itself when no article is dated.
   *
   * @param query the search's query
   * @param index the index (or alias) searched, whose newest article is the reference
   * @param halfLife the age at which the boost has fallen to half; positive
   */
  Query apply(Query query, String index, Duration halfLife) throws IOException {
    Optional<LocalDate> day = newestDay(index);
    if (day.isEmpty()) {
      return query;
    }
    JsonData origin = JsonData.of(day.get().toString());
    JsonData scale = JsonData.of(halfLife.toMillis() + "ms");
    FunctionScore one = FunctionScore.of(f -> f.exp(e -> e.field(ArticleSchema.DATE)
        .placement(p -> p.origin(origin).scale(scale).offset(JsonData.of(NEVER)).decay(0.5))));
    FunctionScore decay = FunctionScore.of(f -> f.filter(x -> x.exists(e -> e.field(ArticleSchema.DATE)))
        .exp(e -> e.field(ArticleSchema.DATE).placement(p -> p.origin(origin).scale(scale).decay(0.5))));
    return Query.of(q -> q.functionScore(fs -> fs.query(query).functions(one, decay)
        .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
  }

  private Optional<LocalDate> newestDay(String index) throws IOException {
    Newest known = newest.get(index);
    if (known != null && known.readAt().plus(LIFETIME).isAfter(Instant.now())) {
      return known.day();
    }
    MaxAggregate max = client.search(s -> s.index(index).size(0)
        .aggregations("newest", a -> a.max(m -> m.field(ArticleSchema.DATE))), JsonNode.class)
        .aggregations().get("newest").max();
    Double millis = max.value();
    Optional<LocalDate> day = millis == null || millis.isInfinite() || millis.isNaN()
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(millis.longValue()).atZone(ZoneOffset.UTC).toLocalDate());
    newest.put(index, new Newest(day, Instant.now()));
    return day;
  }
}
