package dev.newssearch.index;

import dev.newssearch.article.Article;
import dev.newssearch.article.Quote;
import java.util.List;
import java.util.Locale;

/**
 * The most quotes one article carries into the index. Each quote is a child document of the
 * article's block, and Lucene holds a whole block in memory until it is written: an article of tens
 * of megabytes with tens of thousands of statements (a transcript dump, a scraped log) would need more
 * heap for its block than the rest of the run. The largest real articles stay far below the bounds
 * (147 quotes and 14,000 characters of quoted text in PolNeAR, 36 in Reuters-21578, 33 in BBC News),
 * so they only ever cut an article no reader would read through.
 */
public final class QuoteLimit {
  /** Quotes per article; the ones after it are left out of the index. */
  public static final int MAX_QUOTES = 1_000;
  /** Characters of quoted text per article, all its quotes together. */
  public static final int MAX_QUOTED_CHARS = 1_000_000;

  private QuoteLimit() {}

  /**
   * The article with its first quotes up to both bounds, in body order, and the count of the rest.
   *
   * @param kept the article to index, its speakers those of the kept quotes
   * @param dropped how many quotes were left out
   */
  public record Bounded(Article kept, int dropped) {
    /** The reindex report's line for an article that lost quotes. */
    public String warning() {
      return String.format(Locale.ROOT,
          "article '%s': %,d of %,d quotes not indexed, over the limit of %,d quotes or %,d characters of quoted"
              + " text per article",
          kept.id(), dropped, dropped + kept.quotes().size(), MAX_QUOTES, MAX_QUOTED_CHARS);
    }
  }

  /** {@code article} cut to the bounds; the same article when it is within them. */
  public static Bounded apply(Article article) {
    List<Quote> quotes = article.quotes();
    int keep = 0;
    long chars = 0;
    while (keep < quotes.size() && keep < MAX_QUOTES) {
      chars += quotes.get(keep).text().length();
      if (chars > MAX_QUOTED_CHARS) {
        break;
      }
      keep++;
    }
    if (keep == quotes.size()) {
      return new Bounded(article, 0);
    }
    return new Bounded(article.withQuotes(quotes.subList(0, keep)), quotes.size() - keep);
  }
}
