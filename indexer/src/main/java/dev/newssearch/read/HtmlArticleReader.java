package dev.newssearch.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved article page: title from Open Graph or {@code <title>}, the publication date from
 * the usual meta tags ({@code article:published_time}, {@code datePublished}, Dublin Core) or the
 * first {@code <time datetime>}, and the article's paragraphs without boilerplate.
 */
public final class HtmlArticleReader implements ArticleReader {

  private static final String[] DATE_SELECTORS = {
    "meta[property=article:published_time]",
    "meta[name=article:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[name=publish-date]",
    "meta[name=dc.date]",
    "meta[name=DC.date.issued]",
    "meta[property=og:published_time]",
  };

  private final ArticleAssembler assembler;

  public HtmlArticleReader(ArticleAssembler assembler) {
    this.assembler = assembler;
  }

  @Override
  public void read(SourceFile file, String text, ArticleSink sink) {
    Document page = Jsoup.parse(text);
    String title = firstContent(page, "meta[property=og:title]", "meta[name=twitter:title]");
    if (title == null) {
      Element h1 = page.selectFirst("article h1, h1");
      title = h1 != null ? h1.text() : page.title();
    }
    RawArticle raw =
        new RawArticle(
            firstContent(page, "meta[name=article:id]", "meta[property=article:id]"),
            title,
            date(page),
            firstContent(page, "meta[property=og:site_name]", "meta[name=publisher]"),
            url(page),
            firstContent(page, "meta[name=author]", "meta[property=article:author]"),
            HtmlText.paragraphs(page));
    assembler.assemble(file, null, raw, sink).ifPresent(sink::article);
  }

  private static String date(Document page) {
    String meta = firstContent(page, DATE_SELECTORS);
    if (meta != null) {
      return meta;
    }
    Element time = page.selectFirst("article time[datetime], time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      return canonical.attr("href");
    }
    return firstContent(page, "meta[property=og:url]");
  }

  private static String firstContent(Document page, String... selectors) {
    for (String selector : selectors) {
      Element element = page.selectFirst(selector + "[content]");
      if (element != null && !element.attr("content").isBlank()) {
        return element.attr("content");
      }
    }
    return null;
  }
}
