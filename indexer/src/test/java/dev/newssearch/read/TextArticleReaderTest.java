package dev.newssearch.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {
  private final TextArticleReader reader = new TextArticleReader(new ArticleAssembler());

  private List<Article> read(String name, String text, List<ReadProblem> problems) {
    CollectingSink sink = new CollectingSink();
    reader.read(new SourceFile(null, name), text, sink);
    problems.addAll(sink.problems());
    return sink.articles();
  }

  @Test
  void indentedKeyValueHeaderGivesTheDateAndIsNotBody() {
    List<Article> articles = read("004.txt", " date 2025-09-02 \n\n\n\nChina and Russia met. Xi spoke.\n", new ArrayList<>());
    Article article = articles.get(0);
    assertEquals(LocalDate.of(2025, 9, 2), article.date());
    assertEquals("China and Russia met. Xi spoke.", article.body());
    assertEquals("China and Russia met.", article.title());
    assertEquals("004.txt", article.id());
  }

  @Test
  void colonHeaderSetsTitleSourceAndUrl() {
    String text = "title: Summit ends\nsource: Example Wire\nurl: https://example.org/a\nauthor: A. Writer\n\nFirst paragraph.\nSecond paragraph.\n";
    Article article = read("a.txt", text, new ArrayList<>()).get(0);
    assertEquals("Summit ends", article.title());
    assertEquals("Example Wire", article.source());
    assertEquals("https://example.org/a", article.url());
    assertEquals("A. Writer", article.author());
    assertEquals("First paragraph.\n\nSecond paragraph.", article.body());
    assertNull(article.date());
  }

  @Test
  void bodyWithoutHeaderIsUndatedAndKeepsEveryLineAsAParagraph() {
    Article article = read("b.txt", "Date night is back. People said so.\nAnother line.\n", new ArrayList<>()).get(0);
    assertNull(article.date(), "a first line starting with 'Date' is body, not a header");
    assertTrue(article.body().startsWith("Date night is back."));
    assertEquals("Date night is back. People said so.\n\nAnother line.", article.body());
  }

  @Test
  void impossibleDateMakesTheArticleUndatedWithAWarning() {
    List<ReadProblem> problems = new ArrayList<>();
    Article article = read("c.txt", "date: 2025-13-45\n\nBody text here.\n", problems).get(0);
    assertNull(article.date());
    assertEquals(1, problems.size());
    assertEquals(ReadProblem.Severity.WARNING, problems.get(0).severity());
    assertTrue(problems.get(0).reason().contains("2025-13-45"));
  }
}
