package dev.newssearch.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 and Atom feed files: every {@code <item>} or {@code <entry>} is an article, its
 * source the feed's title. Item bodies are HTML fragments more often than not, so they go through
 * the same paragraph extraction as pages.
 */
public final class FeedArticleReader implements ArticleReader {

  private final ArticleAssembler assembler;

  public FeedArticleReader(ArticleAssembler assembler) {
    this.assembler = assembler;
  }

  @Override
  public void read(SourceFile file, String text, ArticleSink sink) {
    Document feed = Jsoup.parse(text, "", Parser.xmlParser());
    Element rss = feed.selectFirst("rss > channel, rdf|RDF");
    Element atom = feed.selectFirst("feed");
    if (rss != null) {
      String source = childText(rss, "title");
      for (Element item : feed.getElementsByTag("item")) {
        emit(file, sink, item, source, "guid", "link", "pubDate", "dc:date");
      }
    } else if (atom != null) {
      String source = childText(atom, "title");
      for (Element entry : atom.getElementsByTag("entry")) {
        emit(file, sink, entry, source, "id", null, "published", "updated");
      }
    } else {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "not an RSS 2.0 or Atom feed"));
    }
  }

  private void emit(
      SourceFile file, ArticleSink sink, Element item, String source,
      String idTag, String linkTag, String dateTag, String fallbackDateTag) {
    String link = linkTag != null ? childText(item, linkTag) : null;
    if (link == null) {
      Element atomLink = item.selectFirst("link[href]:not([rel]), link[rel=alternate][href]");
      link = atomLink == null ? null : atomLink.attr("href");
    }
    String date = childText(item, dateTag);
    if (date == null) {
      date = childText(item, fallbackDateTag);
    }
    String html = childText(item, "content:encoded");
    if (html == null) {
      html = childText(item, "content");
    }
    if (html == null) {
      html = childText(item, "description");
    }
    if (html == null) {
      html = childText(item, "summary");
    }
    Element authorName = item.selectFirst("author > name");
    String author = authorName != null ? authorName.text() : childText(item, "dc:creator");
    if (author == null) {
      author = childText(item, "author");
    }
    String id = childText(item, idTag);
    RawArticle raw =
        new RawArticle(
            id != null ? id : link,
            childText(item, "title") == null ? null : Jsoup.parse(childText(item, "title")).text(),
            date,
            source,
            link,
            author,
            html == null ? null : HtmlText.fragmentParagraphs(html));
    assembler.assemble(file, null, raw, sink).ifPresent(sink::article);
  }

  private static String childText(Element parent, String tag) {
    for (Element child : parent.children()) {
      if (child.tagName().equalsIgnoreCase(tag)) {
        String value = child.wholeText().strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
