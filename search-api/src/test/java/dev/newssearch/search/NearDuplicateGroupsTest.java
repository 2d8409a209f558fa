package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways of finding a hit's candidate copies among the matches, band terms sought in the
 * terms dictionary or read from the matches' signatures, give the same groups in the same order.
 */
class NearDuplicateGroupsTest {
  private static final String WORD = "harbour";
  private static final CopiedStories CORPUS = new CopiedStories(15, 5, 40, WORD);

  @TempDir static Path temp;
  private static LiveIndex index;

  @BeforeAll
  static void index() throws IOException {
    index = new LiveIndex(CORPUS.index(temp, 11), 60_000);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void readingTheMatchesSignaturesGroupsAsSeekingTheirBandTerms() throws IOException {
    Query query = new TermQuery(new Term(ArticleSchema.BODY, WORD));
    SortField byDate = LongField.newSortField(ArticleSchema.DATE, true, SortedNumericSelector.Type.MIN);
    IndexSnapshot searcher = index.acquire();
    try {
      FacetsCollector matches = searcher.search(query, new FacetsCollectorManager(false));
      assertEquals(CORPUS.articles(), searcher.count(query));
      int groupsWithCopies = 0;
      for (Sort sort : new Sort[] {null, new Sort(byDate)}) {
        for (int skip : new int[] {0, 7, 21, 49}) {
          int depth = skip + 7;
          TopDocs top = sort == null ? searcher.search(query, depth) : searcher.search(query, depth, sort);
          List<String> seeking = shown(new NearDuplicateGroups(searcher, query, sort, matches, 0).page(null, top, depth, skip, 7));
          List<String> reading = shown(
              new NearDuplicateGroups(searcher, query, sort, matches, Integer.MAX_VALUE).page(null, top, depth, skip, 7));
          assertEquals(seeking, reading, "sort " + sort + ", skip " + skip);
          groupsWithCopies += (int) reading.stream().filter(group -> group.contains(">")).count();
        }
      }
      assertTrue(groupsWithCopies > 10, "the pages show groups of copies: " + groupsWithCopies);
    } finally {
      index.release(searcher);
    }
  }

  /** Each group as its hit's document, then its similar documents in order. */
  private static List<String> shown(List<NearDuplicateGroups.Group> page) {
    List<String> groups = new ArrayList<>();
    for (NearDuplicateGroups.Group group : page) {
      groups.add(group.hit().doc + (group.similar().isEmpty() ? "" : ">" + group.similar()));
    }
    return groups;
  }
}
