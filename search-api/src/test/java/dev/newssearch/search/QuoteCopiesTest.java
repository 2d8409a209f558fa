package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.testing.ArticleLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quote search shows the copies of a quote as one hit: a wire story carried three times (once
 * with curly quotation marks and a line break), and another quote of the same speaker, make two
 * hits, the first standing for three quotes.
 */
class QuoteCopiesTest {
  private static final String SOURCE = "Coast Wire";
  private static final String WIRE = "\"The harbour will reopen in May,\" said Mayor Ana Lima.";

  @TempDir static Path temp;
  private static LuceneSearchService service;

  @BeforeAll
  static void index() throws IOException {
    IndexGenerations generations = IndexedLines.index(temp, out -> {
      ArticleLines.write(out, "wire-1", "Harbour to reopen", "2024-03-01", SOURCE, WIRE + " Work began last year.");
      ArticleLines.write(out, "wire-2", "Harbour reopens in May", "2024-03-01", SOURCE, WIRE + " The port employs 300 people.");
      ArticleLines.write(out, "wire-3", "Port news", "2024-03-02", SOURCE,
          "“The harbour will reopen\nin May,” said Mayor Ana Lima. Boats are waiting.");
      ArticleLines.write(out, "council", "Council meets", "2024-04-10", SOURCE,
          "\"The harbour budget is spent,\" said Mayor Ana Lima. The council meets on Friday.");
    });
    service = new LuceneSearchService(new LiveIndex(generations, 60_000));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  @Test
  void copiesOfAQuoteAreOneHitThatCountsThem() {
    QuotePage page = service.quotes(new QuoteSearchRequest("harbour", SearchRequest.Filters.NONE, 1, 10));
    assertEquals(4, page.total(), "every quote counts in the total");
    assertEquals(2, page.distinct());
    assertEquals(List.of("Ana Lima", "Ana Lima"), page.hits().stream().map(QuotePage.QuoteHit::speaker).toList());
    assertEquals(List.of(3, 1), page.hits().stream().map(QuotePage.QuoteHit::copies).sorted((a, b) -> b - a).toList());
    assertEquals(List.of(new Facets.FacetValue("Ana Lima", 4)), page.speakers(), "the facet counts every quote");
  }

  @Test
  void pagesGoThroughDistinctQuotes() {
    QuotePage first = service.quotes(new QuoteSearchRequest("harbour", SearchRequest.Filters.NONE, 1, 1));
    QuotePage second = service.quotes(new QuoteSearchRequest("harbour", SearchRequest.Filters.NONE, 2, 1));
    QuotePage third = service.quotes(new QuoteSearchRequest("harbour", SearchRequest.Filters.NONE, 3, 1));
    assertEquals(1, first.hits().size());
    assertEquals(1, second.hits().size());
    assertEquals(List.of(), third.hits());
    assertEquals(2, third.distinct(), "a page past the last still says how many there are");
    assertEquals(4, first.hits().get(0).copies() + second.hits().get(0).copies());
  }

  @Test
  void aQuoteSaidOnceIsItsOwnHit() {
    QuotePage page = service.quotes(new QuoteSearchRequest("budget", SearchRequest.Filters.NONE, 1, 10));
    assertEquals(1, page.total());
    assertEquals(1, page.distinct());
    assertEquals("council", page.hits().get(0).articleId());
    assertEquals(1, page.hits().get(0).copies());
  }
}
