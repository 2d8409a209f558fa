package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Article;
import dev.newssearch.article.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the enricher hands the quote extractor besides the body: the byline, the writer's name. */
class EnricherTest {
  private final Enricher enricher = new Enricher(AliasList.builtIn());

  private static Article article(String author, String body) {
    return new Article("a1", "", null, null, null, null, author, body, "a1.txt", List.of());
  }

  @Test
  void whatTheWriterStatesIsTheBylines() {
    Article enriched = enricher.enrich(article("Jane Doe", "I believe the senator will run again."));
    assertEquals(List.of("Jane Doe"), enriched.quotes().stream().map(Quote::speaker).toList());
  }

  @Test
  void withoutABylineTheWritersWordsAreNoQuote() {
    Article enriched = enricher.enrich(article(null, "I believe the senator will run again."));
    assertEquals(List.of(), enriched.quotes());
  }
}
