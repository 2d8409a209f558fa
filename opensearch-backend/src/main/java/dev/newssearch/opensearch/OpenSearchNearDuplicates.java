package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NearDuplicateSignature;
import dev.newssearch.search.NearDuplicateGrouping;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Near-duplicate grouping ({@link NearDuplicateGrouping}, the embedded backend's rule) over an
 * OpenSearch index. Articles are named by id; their band terms and signatures come back in the
 * source of the hits. The candidates of a whole page are fetched in one request (the search's query
 * as a filter, with a {@code terms} filter on the band terms of every ranked hit), and those of the
 * candidates found in one more, so grouping a page costs two round trips whatever it holds, and two
 * more for each further read of the ranking when copies folded away left the page short.
 */
final class OpenSearchNearDuplicates implements NearDuplicateGrouping.Matches<String> {
  /** Source fields a hit of a grouped search needs: what it shows, and what groups it. */
  static final List<String> FIELDS = List.of(OpenSearchSchema.DISPLAY_TITLE, ArticleSchema.DATE, ArticleSchema.SOURCE,
      ArticleSchema.SPEAKER, ArticleSchema.NEAR_DUPLICATE_BANDS, ArticleSchema.NEAR_DUPLICATE_SIGNATURE);
  /**
   * Candidates read per request at most: a band term is shared by one article in most indexes, and
   * a group keeps {@link NearDuplicateGrouping#MAX_GROUP} members.
   */
  private static final int MAX_CANDIDATES = 10_000;
  /** Ranked hits read at most while filling a page: an index's default {@code max_result_window}. */
  private static final int MAX_RANKED = 10_000;

  /** Reads the search's ranking from where the page starts. */
  interface Ranking {
    /** The first {@code count} hits of the ranking, with the sources of {@link #FIELDS}. */
    List<Hit<JsonNode>> read(int count) throws IOException;
  }

  private final OpenSearchClient client;
  private final String index;
  private final Query query;
  private final List<SortOptions> sort;
  private final Ranking ranking;
  /** Hits read from the ranking, by id: the hits a page shows. */
  private final Map<String, Hit<JsonNode>> ranked = new HashMap<>();
  /** The source of every article read, by id. */
  private final Map<String, JsonNode> sources = new HashMap<>();
  /** The matching articles of each band term looked up, in id order. */
  private final Map<String, List<String>> byBand = new HashMap<>();

  /**
   * @param client the cluster
   * @param index the concrete index or alias searched
   * @param query the search's query
   * @param sort the search's sort, ties broken by id
   * @param ranking reads further down the same ranking
   */
  OpenSearchNearDuplicates(OpenSearchClient client, String index, Query query, List<SortOptions> sort, Ranking ranking) {
    this.client = client;
    this.index = index;
    this.query = query;
    this.sort = sort;
    this.ranking = ranking;
  }

  /**
   * The groups of one page, as {@link NearDuplicateGrouping#page}.
   *
   * @param first the search's first ranked hits, with the sources of {@link #FIELDS}
   */
  List<NearDuplicateGrouping.Group<String>> page(List<Hit<JsonNode>> first, boolean fromTop, int asked, int skip, int count)
      throws IOException {
    return new NearDuplicateGrouping<>(this, MAX_RANKED).page(prefetched(remember(first)), fromTop, asked, skip, count);
  }

  /** A hit read from the ranking. */
  Hit<JsonNode> hit(String id) {
    return ranked.get(id);
  }

  /** The source of an article read while grouping. */
  JsonNode source(String id) {
    return sources.get(id);
  }

  @Override
  public List<String> withBands(List<String> bands) throws IOException {
    fetchBands(bands.stream().filter(band -> !byBand.containsKey(band)).toList());
    List<String> found = new ArrayList<>();
    for (String band : bands) {
      found.addAll(byBand.get(band));
    }
    return found;
  }

  @Override
  public NearDuplicateSignature signature(String id) throws IOException {
    if (!sources.containsKey(id)) {
      read(Query.of(q -> q.ids(i -> i.values(id))), 1);
    }
    JsonNode source = sources.get(id);
    return source == null ? null : OpenSearchSchema.signature(source);
  }

  @Override
  public List<String> ranked(int count) throws IOException {
    return prefetched(remember(ranking.read(count)));
  }

  /**
   * The hits, after the candidates of all of them have been looked up in one request, and those of
   * the candidates found (most are copies, whose bands the grouping follows next) in one more: one
   * request per article would cost a round trip for every hit and copy of a page.
   */
  private List<String> prefetched(List<String> hits) throws IOException {
    Set<String> bands = bandsOf(hits);
    fetchBands(bands.stream().filter(band -> !byBand.containsKey(band)).toList());
    Set<String> candidates = new LinkedHashSet<>();
    bands.forEach(band -> candidates.addAll(byBand.get(band)));
    candidates.removeAll(hits);
    fetchBands(bandsOf(candidates).stream().filter(band -> !byBand.containsKey(band)).toList());
    return hits;
  }

  private Set<String> bandsOf(Collection<String> articles) {
    Set<String> bands = new LinkedHashSet<>();
    for (String id : articles) {
      JsonNode source = sources.get(id);
      if (source != null) {
        source.path(ArticleSchema.NEAR_DUPLICATE_BANDS).forEach(band -> bands.add(band.asText()));
      }
    }
    return bands;
  }

  @Override
  public List<String> inSearchOrder(List<String> members) throws IOException {
    Query only = Query.of(q -> q.bool(b -> b.must(query).filter(f -> f.ids(i -> i.values(members)))));
    List<String> ordered = new ArrayList<>(members.size());
    for (Hit<JsonNode> hit : client.search(s -> s.index(index).query(only).size(members.size()).sort(sort)
        .source(src -> src.fetch(false)), JsonNode.class).hits().hits()) {
      ordered.add(hit.id());
    }
    return ordered;
  }

  private List<String> remember(List<Hit<JsonNode>> hits) {
    List<String> ids = new ArrayList<>(hits.size());
    for (Hit<JsonNode> hit : hits) {
      ranked.putIfAbsent(hit.id(), hit);
      sources.putIfAbsent(hit.id(), hit.source());
      ids.add(hit.id());
    }
    return ids;
  }

  /** Looks up the matching articles of band terms not looked up yet, in one request. */
  private void fetchBands(Collection<String> bands) throws IOException {
    if (bands.isEmpty()) {
      return;
    }
    Set<String> wanted = new HashSet<>(bands);
    wanted.forEach(band -> byBand.put(band, new ArrayList<>()));
    List<FieldValue> terms = bands.stream().map(FieldValue::of).toList();
    Query candidates = Query.of(q -> q.bool(b -> b.filter(query)
        .filter(f -> f.terms(t -> t.field(ArticleSchema.NEAR_DUPLICATE_BANDS).terms(v -> v.value(terms))))));
    for (Hit<JsonNode> hit : read(candidates, MAX_CANDIDATES)) {
      for (JsonNode band : hit.source().path(ArticleSchema.NEAR_DUPLICATE_BANDS)) {
        List<String> holders = byBand.get(band.asText());
        if (holders != null && wanted.contains(band.asText())) {
          holders.add(hit.id());
        }
      }
    }
  }

  /** The articles a filter finds, in id order, remembered with their sources. */
  private List<Hit<JsonNode>> read(Query filter, int size) throws IOException {
    List<Hit<JsonNode>> hits = client.search(s -> s.index(index).query(filter).size(size)
        .sort(o -> o.field(f -> f.field(ArticleSchema.ID).order(SortOrder.Asc)))
        .source(src -> src.filter(f -> f.includes(FIELDS))), JsonNode.class).hits().hits();
    hits.forEach(hit -> sources.putIfAbsent(hit.id(), hit.source()));
    return hits;
  }
}
