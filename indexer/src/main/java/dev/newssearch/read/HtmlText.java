package dev.newssearch.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the readable paragraphs of an HTML fragment or page, leaving out what is not article
 * text: scripts, navigation, headers and footers, asides, comments, share bars and related-link
 * lists.
 */
final class HtmlText {

  /** Elements that never hold article text on a news page. */
  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, figure figcaption,"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true],"
          + " [class~=(?i)(comment|related|share|social|newsletter|promo|advert|\\bads?\\b|breadcrumb|subscribe|recommend)],"
          + " [id~=(?i)(comment|related|share|social|newsletter|promo|advert|breadcrumb|subscribe|recommend)]";

  private HtmlText() {}

  /** The paragraphs of a whole page, preferring its {@code <article>} or {@code <main>}. */
  static String paragraphs(Document page) {
    Element scope = page.selectFirst("article");
    if (scope == null) {
      scope = page.selectFirst("main, [role=main]");
    }
    if (scope == null) {
      scope = page.body();
    }
    return scope == null ? "" : paragraphs(scope);
  }

  /** The paragraphs of an HTML fragment, as in a feed item's description. */
  static String fragmentParagraphs(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    return paragraphs(doc.body());
  }

  private static String paragraphs(Element scope) {
    Element copy = scope.clone();
    copy.select(BOILERPLATE).remove();
    Elements blocks = copy.select("p, h2, h3, blockquote, li");
    StringBuilder out = new StringBuilder();
    if (blocks.isEmpty()) {
      return copy.wholeText().strip();
    }
    for (Element block : blocks) {
      // Nested blocks (a <p> inside a <blockquote>) are taken once, at the innermost level.
      if (!block.select("p, h2, h3, blockquote, li").not(":root").isEmpty()) {
        continue;
      }
      if (block.tagName().equals("li") && block.parents().is("ul, ol") && block.select("a").size() > 0
          && block.text().length() < 120) {
        continue; // link lists ("Related stories") rather than prose
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        out.append(text).append("\n\n");
      }
    }
    return out.toString();
  }
}
