package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
  private static final int STORIES = 15;
  private static final int COPIES = 5;
  private static final int SINGLES = 40;
  private static final String WORD = "harbour";

  @TempDir static Path temp;
  private static LiveIndex index;

  @BeforeAll
  static void index() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(11);
    try (BufferedWriter out = Files.newBufferedWriter(input.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      for (int story = 0; story < STORIES; story++) {
        String body = text(random, 50);
        for (int copy = 0; copy < COPIES; copy++) {
          // Copies rank apart: each repeats the word a different number of times at its end.
          write(out, json, "s" + story + "-c" + copy, LocalDate.of(2020, 1, 1).plusDays(story * 3L + copy * 200L),
              body + (" " + WORD).repeat((copy * 3 + story) % 4));
        }
      }
      for (int single = 0; single < SINGLES; single++) {
        write(out, json, "u" + single, LocalDate.of(2021, 3, 1).plusDays(single * 5L), text(random, 30 + single));
      }
    }
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    SeedServer.indexer().reindex(input, generations, Progress.NONE);
    index = new LiveIndex(generations, 60_000);
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
      assertEquals(STORIES * COPIES + SINGLES, searcher.count(query));
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

  private static void write(BufferedWriter out, ObjectMapper json, String id, LocalDate date, String text) throws IOException {
    ObjectNode article = json.createObjectNode();
    article.put("id", id);
    article.put("title", "Story " + id);
    article.put("date", date.toString());
    article.put("source", "Wire");
    article.put("text", text);
    out.write(json.writeValueAsString(article));
    out.write('\n');
  }

  /** Made-up words that no two stories share runs of, with the word searched first. */
  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder(WORD);
    for (int i = 0; i < words; i++) {
      text.append(' ');
      int letters = 3 + random.nextInt(6);
      for (int c = 0; c < letters; c++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.append('.').toString();
  }
}
