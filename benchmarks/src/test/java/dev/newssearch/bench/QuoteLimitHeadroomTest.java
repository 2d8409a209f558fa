package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.article.Article;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.QuoteLimit;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ArticleSink;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.read.SourceFile;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link QuoteLimit} only ever cuts articles no reader would read through: no article of the
 * shared news corpora comes within a fifth of its quote count or a tenth of its quoted text. Runs
 * only with {@code -Pshared-data}; prints each corpus's largest article.
 */
@Tag("shared-data")
class QuoteLimitHeadroomTest {
  private final Enricher enricher = new Enricher(AliasList.builtIn());

  @ParameterizedTest
  @ValueSource(strings = {"reuters21578", "bbc-news", "polnear"})
  void noRealArticleComesNearTheQuoteLimit(String corpus) {
    Path file = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), corpus, "articles.jsonl.gz");
    Largest largest = new Largest();
    new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES).read(new SourceFile(file, corpus + "/" + file.getFileName()), new ArticleSink() {
      @Override
      public void article(Article article) {
        largest.add(enricher.enrich(article));
      }

      @Override
      public void problem(ReadProblem problem) {
        // Records without text (a few in Reuters-21578) are no articles and carry no quotes.
      }
    });
    System.out.printf(Locale.ROOT, "%s: %,d articles; at most %,d quotes and %,d characters of quoted text in one article%n",
        corpus, largest.articles, largest.quotes, largest.chars);
    assertTrue(largest.articles > 1000, corpus + " was read");
    assertTrue(largest.quotes * 5 < QuoteLimit.MAX_QUOTES, () -> corpus + ": an article with " + largest.quotes + " quotes");
    assertTrue(largest.chars * 10 < QuoteLimit.MAX_QUOTED_CHARS, () -> corpus + ": an article with " + largest.chars + " quoted characters");
  }

  /** The largest quote count and quoted text of the articles seen. */
  private static final class Largest {
    int articles;
    int quotes;
    long chars;

    void add(Article article) {
      articles++;
      quotes = Math.max(quotes, article.quotes().size());
      chars = Math.max(chars, article.quotes().stream().mapToLong(q -> q.text().length()).sum());
    }
  }
}
