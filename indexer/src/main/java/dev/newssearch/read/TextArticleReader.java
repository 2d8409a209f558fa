package dev.newssearch.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain text format: an optional header of {@code key value} or {@code key: value} lines
 * (possibly indented) followed by a blank line, then the body with one paragraph per line or
 * paragraphs separated by blank lines.
 *
 * <p>The header is recognised only when every line before the first blank line is a known key, so a
 * body that happens to start with "Date" or "Source" is never eaten.
 */
public final class TextArticleReader implements ArticleReader {

  private static final Pattern HEADER_LINE =
      Pattern.compile("(?i)^\\s*(id|date|title|source|url|author|lang)\\s*(?::\\s*|\\s+)(\\S.*?)\\s*$");

  private final ArticleAssembler assembler;

  public TextArticleReader(ArticleAssembler assembler) {
    this.assembler = assembler;
  }

  @Override
  public void read(SourceFile file, String text, ArticleSink sink) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    Map<String, String> header = new HashMap<>();
    int bodyStart = parseHeader(lines, header);
    StringBuilder body = new StringBuilder();
    for (int i = bodyStart; i < lines.length; i++) {
      // One paragraph per line: make every line break a paragraph break.
      body.append(lines[i]).append("\n\n");
    }
    RawArticle raw =
        new RawArticle(
            header.get("id"),
            header.get("title"),
            header.get("date"),
            header.get("source"),
            header.get("url"),
            header.get("author"),
            body.toString());
    assembler.assemble(file, null, raw, sink).ifPresent(sink::article);
  }

  /** Fills {@code header} and returns the index of the first body line (0 when there is no header). */
  private static int parseHeader(String[] lines, Map<String, String> header) {
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    int first = i;
    Map<String, String> found = new HashMap<>();
    while (i < lines.length && !lines[i].isBlank()) {
      Matcher m = HEADER_LINE.matcher(lines[i]);
      if (!m.matches()) {
        return first;
      }
      found.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      i++;
    }
    if (found.isEmpty() || i >= lines.length) {
      return first; // a file that is only "key value" lines is a body, not a header
    }
    header.putAll(found);
    return i;
  }
}
