package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.testing.ArticleLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups of quotes that rank equally: one sentence said by seven people scores the same for each,
 * and one of them is carried by twenty articles. Paged one group at a time, the ranking must be read
 * past the tie before any group can be placed; each group then shows once, in the order of the
 * article that stands for it, with every copy counted.
 */
class QuoteCopiesOrderTest {
  private static final String WORDS = "\"The harbour will reopen in May,\" said ";
  private static final List<String> SPEAKERS = List.of("Mayor Ana Lima", "Bo Chen", "Carla Diaz", "Dev Patel", "Eva Novak",
      "Farid Haddad", "Greta Holm");

  @TempDir static Path temp;
  private static LuceneSearchService service;

  @BeforeAll
  static void index() throws IOException {
    IndexGenerations generations = IndexedLines.index(temp, out -> {
      // The wire copies come first in the index, under ids that sort after the others'.
      for (int i = 0; i < 20; i++) {
        ArticleLines.write(out, String.format("wire-%02d", 19 - i), "Harbour to reopen", "2024-03-01", "Coast Wire",
            WORDS + SPEAKERS.get(0) + ". Boats are waiting.");
      }
      for (int i = SPEAKERS.size() - 1; i > 0; i--) {
        ArticleLines.write(out, "local-" + i, "Harbour news", "2024-03-02", "Town Paper",
            WORDS + SPEAKERS.get(i) + ". Boats are waiting.");
      }
    });
    service = new LuceneSearchService(new LiveIndex(generations, 60_000));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  @Test
  void equallyRankedGroupsComeOnceEachInTheOrderOfTheirArticles() {
    List<String> articles = new ArrayList<>();
    List<Integer> copies = new ArrayList<>();
    for (int page = 1; page <= SPEAKERS.size() + 1; page++) {
      QuotePage one = service.quotes(new QuoteSearchRequest("harbour", SearchRequest.Filters.NONE, page, 1));
      assertEquals(26, one.total());
      assertEquals(SPEAKERS.size(), one.distinct());
      one.hits().forEach(hit -> {
        articles.add(hit.articleId());
        copies.add(hit.copies());
      });
    }
    assertEquals(List.of("local-1", "local-2", "local-3", "local-4", "local-5", "local-6", "wire-00"), articles);
    assertEquals(List.of(1, 1, 1, 1, 1, 1, 20), copies);
    QuotePage all = service.quotes(new QuoteSearchRequest("harbour", SearchRequest.Filters.NONE, 1, 10));
    assertEquals(articles, all.hits().stream().map(QuotePage.QuoteHit::articleId).toList(), "the same order on one page");
  }
}
