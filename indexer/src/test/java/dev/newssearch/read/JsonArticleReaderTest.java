package dev.newssearch.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.article.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {
  private final JsonArticleReader reader = new JsonArticleReader(new ObjectMapper(), new ArticleAssembler());
  private final CollectingSink sink = new CollectingSink();
  private final List<Article> articles = sink.articles();
  private final List<ReadProblem> problems = sink.problems();

  @Test
  void jsonLinesReadsGoodLinesAndReportsTheMalformedOneWithItsLineNumber() {
    String text = """
        {"id": "r1", "title": "Cocoa review", "date": "1987-02-26", "source": "Reuters", "text": "Showers continued\\nthroughout the week.\\n    Second paragraph."}
        {"id": "r2", "title": broken
        {"id": 3, "body": "A body field works too.", "date": null}
        """;
    reader.read(new SourceFile(null, "wire.jsonl"), text, sink);
    assertEquals(2, articles.size());
    Article first = articles.get(0);
    assertEquals("r1", first.id());
    assertEquals(LocalDate.of(1987, 2, 26), first.date());
    assertEquals("Reuters", first.source());
    assertEquals("Showers continued throughout the week.\n\nSecond paragraph.", first.body());
    assertEquals("3", articles.get(1).id());
    assertNull(articles.get(1).date());
    assertEquals(1, problems.size());
    assertEquals(2, problems.get(0).line());
    assertEquals(ReadProblem.Severity.SKIPPED, problems.get(0).severity());
  }

  @Test
  void jsonArrayAndMissingIdFallsBackToPathAndLine() {
    reader.read(new SourceFile(null, "dir/batch.json"), "[{\"text\": \"One.\"}, {\"title\": \"Only a headline\"}, 5]", sink);
    assertEquals(2, articles.size());
    assertEquals("dir/batch.json", articles.get(0).id());
    assertEquals("Only a headline", articles.get(1).body(), "a brief keeps its headline as its text");
    assertEquals(1, problems.size());
  }
}
