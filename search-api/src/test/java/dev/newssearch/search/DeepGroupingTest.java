package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Grouping that has to read far down the ranking: twelve stories carried six times each (copies
 * whose extra mentions of the query word move them apart in the ranking, and whose dates spread over
 * years) beside twenty single articles. Every page, by number or by cursor, in every order, must
 * show the groups in the order their first member takes in the ungrouped ranking, each with all its
 * copies: however the reading of the ranking is split into searches, the answer is that of reading
 * it hit by hit.
 */
class DeepGroupingTest {
  private static final int STORIES = 12;
  private static final int COPIES = 6;
  private static final int SINGLES = 20;
  private static final String QUERY = "harbour";
  private static final CopiedStories CORPUS = new CopiedStories(STORIES, COPIES, SINGLES, QUERY);

  @TempDir static Path temp;
  private static LuceneSearchService service;

  @BeforeAll
  static void index() throws IOException {
    service = new LuceneSearchService(new LiveIndex(CORPUS.index(temp, 7), 60_000));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  @ParameterizedTest
  @EnumSource(SearchRequest.SortOrder.class)
  void pagesByNumberShowEachGroupOnceInTheOrderOfItsFirstMember(SearchRequest.SortOrder sort) {
    Map<String, Set<String>> expected = groupsOfUngroupedRanking(sort);
    for (int size : new int[] {1, 3, 7}) {
      Map<String, Set<String>> shown = new LinkedHashMap<>();
      for (int page = 1; ; page++) {
        SearchPage found = service.search(request(sort, page, size, null));
        found.hits().forEach(hit -> shown.put(hit.id(), similarIds(hit)));
        if (found.hits().size() < size) {
          break;
        }
      }
      assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(shown.keySet()), "size " + size);
      assertEquals(expected, shown, "size " + size);
    }
  }

  @ParameterizedTest
  @EnumSource(SearchRequest.SortOrder.class)
  void pagesByCursorShowTheSameGroups(SearchRequest.SortOrder sort) {
    Map<String, Set<String>> expected = groupsOfUngroupedRanking(sort);
    Map<String, Set<String>> shown = new LinkedHashMap<>();
    String cursor = null;
    do {
      SearchPage found = service.search(request(sort, 1, 4, cursor));
      found.hits().forEach(hit -> shown.put(hit.id(), similarIds(hit)));
      cursor = found.nextCursor();
    } while (cursor != null);
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(shown.keySet()));
    assertEquals(expected, shown);
  }

  /** The groups a reader finds walking the ungrouped ranking: each story where its first copy ranks. */
  private static Map<String, Set<String>> groupsOfUngroupedRanking(SearchRequest.SortOrder sort) {
    SearchPage all = service.search(new SearchRequest(QUERY, SearchRequest.QuerySyntax.BOX, SearchRequest.Scope.ALL,
        SearchRequest.Filters.NONE, sort, 1, 100, null, false, null));
    assertEquals(STORIES * COPIES + SINGLES, all.hits().size());
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    Set<String> storiesSeen = new HashSet<>();
    for (ArticleHit hit : all.hits()) {
      String story = hit.id().startsWith("s") ? hit.id().substring(0, hit.id().indexOf('-')) : hit.id();
      if (storiesSeen.add(story)) {
        Set<String> similar = new HashSet<>();
        if (hit.id().startsWith("s")) {
          for (int copy = 0; copy < COPIES; copy++) {
            similar.add(story + "-c" + copy);
          }
          similar.remove(hit.id());
        }
        groups.put(hit.id(), similar);
      }
    }
    assertEquals(STORIES + SINGLES, groups.size(), groups.toString());
    return groups;
  }

  private static SearchRequest request(SearchRequest.SortOrder sort, int page, int size, String cursor) {
    return new SearchRequest(QUERY, SearchRequest.QuerySyntax.BOX, SearchRequest.Scope.ALL, SearchRequest.Filters.NONE, sort,
        page, size, cursor, true, null);
  }

  private static Set<String> similarIds(ArticleHit hit) {
    Set<String> ids = new HashSet<>();
    hit.similar().forEach(other -> ids.add(other.id()));
    return ids;
  }
}
