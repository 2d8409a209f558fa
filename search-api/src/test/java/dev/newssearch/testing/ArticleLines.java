package dev.newssearch.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** Writes test articles as JSON Lines, one object per line, in the fields the reader knows. */
public final class ArticleLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleLines() {}

  /** Writes one article as a line. */
  public static void write(Writer out, String id, String title, String date, String source, String text)
      throws IOException {
    ObjectNode article = JSON.createObjectNode();
    article.put("id", id);
    article.put("title", title);
    article.put("date", date);
    article.put("source", source);
    article.put("text", text);
    out.write(JSON.writeValueAsString(article));
    out.write('\n');
  }
}
