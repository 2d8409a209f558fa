package dev.newssearch.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.article.Article;
import dev.newssearch.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
  private final ArticleFiles files = new ArticleFiles(TestCorpus.MAX_FILE_BYTES);
  private final CollectingSink sink = new CollectingSink();
  private final List<Article> articles = sink.articles();
  private final List<ReadProblem> problems = sink.problems();

  @TempDir Path temp;

  @BeforeEach
  void readCorpus() throws Exception {
    Path corpus = TestCorpus.copyTo(temp.resolve("corpus"));
    Files.createSymbolicLink(corpus.resolve("nested/deeper/loop"), corpus.resolve("nested"));
    for (SourceFile file : files.list(corpus, problems)) {
      files.read(file, sink);
    }
  }

  private Map<String, Article> byId() {
    return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  private String reasonFor(String path) {
    return problems.stream().filter(p -> p.path().equals(path)).map(ReadProblem::reason).findFirst().orElse("(none)");
  }

  @Test
  void readsEveryGoodArticleInEveryFormat() {
    assertEquals(TestCorpus.ARTICLES, articles.size(), articles.stream().map(Article::id).toList().toString());
    Map<String, Article> byId = byId();
    assertEquals(LocalDate.of(2024, 3, 5), byId.get("plain.txt").date());
    assertEquals(LocalDate.of(2024, 3, 2), byId.get("wire-2").date());
    assertNull(byId.get("wire-4").date());
    assertEquals(LocalDate.of(2025, 9, 2), byId.get("arch-1").date());
    assertEquals(LocalDate.of(2025, 9, 2), byId.get("feed-ferry-1").date());
    assertEquals("Example Feed News", byId.get("feed-ferry-1").source());
    assertEquals("The ferry will run every hour from Monday.\n\nOperators said demand had grown.", byId.get("feed-ferry-1").body());
    assertEquals("urn:example:park-opens", byId.get("urn:example:park-opens").id());
    assertEquals("Ada Green", byId.get("urn:example:park-opens").author());
  }

  @Test
  void htmlPageKeepsTheArticleAndDropsBoilerplate() {
    Article page = byId().get("page.html");
    assertEquals("Bridge vote passes", page.title());
    assertEquals(LocalDate.of(2024, 4, 10), page.date());
    assertEquals("The Daily Example", page.source());
    assertEquals("https://example.org/news/bridge-vote", page.url());
    assertEquals(
        "The council voted 7 to 2 on Wednesday to build the new bridge.\n\n"
            + "\"This bridge will connect our town,\" Mayor Lena Ortiz said after the vote.",
        page.body());
  }

  @Test
  void everyBadFileIsSkippedWithItsReason() {
    assertTrue(reasonFor("empty.txt").contains("empty"));
    assertTrue(reasonFor("binary.txt").contains("binary"));
    assertTrue(reasonFor("latin1.txt").contains("UTF-8"));
    assertTrue(reasonFor("broken.jsonl.gz").contains("gzip"));
    assertTrue(reasonFor("notes.docx").contains("unsupported"));
    assertTrue(reasonFor("oversized.txt").contains("too large"));
    assertTrue(reasonFor("nested/deeper/loop").contains("symlink loop"));
    ReadProblem malformed = problems.stream().filter(p -> p.path().equals("wire.jsonl")).findFirst().orElseThrow();
    assertEquals(3, malformed.line());
    assertEquals(2, problems.stream().filter(p -> p.path().equals("latin1.txt")).findFirst().orElseThrow().line());
    ReadProblem badDate = problems.stream().filter(p -> p.path().equals("bad-date.json")).findFirst().orElseThrow();
    assertEquals(ReadProblem.Severity.WARNING, badDate.severity());
    assertNull(byId().get("bad-date-1").date());
    long skipped = problems.stream().filter(p -> p.severity() == ReadProblem.Severity.SKIPPED).count();
    assertEquals(TestCorpus.SKIPPED + 1, skipped, problems.toString()); // + the symlink loop made above
  }
}
