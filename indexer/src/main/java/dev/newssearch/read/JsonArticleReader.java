package dev.newssearch.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JSON and JSON Lines: objects with {@code id}, {@code title}, {@code date}, {@code source},
 * {@code url}, {@code author} and {@code text} (or {@code body}). A {@code .json} file may hold one
 * object or an array of them; a {@code .jsonl} file holds one object per line, and a malformed line
 * is reported with its number while the good lines are read.
 */
public final class JsonArticleReader implements ArticleReader {

  private final ObjectMapper json;
  private final ArticleAssembler assembler;

  public JsonArticleReader(ObjectMapper json, ArticleAssembler assembler) {
    this.json = json;
    this.assembler = assembler;
  }

  @Override
  public void read(SourceFile file, String text, ArticleSink sink) {
    if (file.relativePath().endsWith(".json")) {
      readDocument(file, text, sink);
    } else {
      readLines(file, text, sink);
    }
  }

  private void readDocument(SourceFile file, String text, ArticleSink sink) {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      sink.problem(
          ReadProblem.skipped(
              file.relativePath(), e.getLocation() == null ? null : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage()));
      return;
    }
    if (root != null && root.isArray()) {
      int index = 0;
      for (JsonNode node : root) {
        index++;
        readObject(file, null, node, sink, "array element " + index);
      }
    } else {
      readObject(file, null, root, sink, "document");
    }
  }

  private void readLines(SourceFile file, String text, ArticleSink sink) {
    int lineNumber = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNumber++;
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        sink.problem(ReadProblem.skipped(file.relativePath(), lineNumber, "malformed JSON: " + e.getOriginalMessage()));
        continue;
      }
      readObject(file, lineNumber, node, sink, "line");
    }
  }

  private void readObject(SourceFile file, Integer line, JsonNode node, ArticleSink sink, String what) {
    if (node == null || !node.isObject()) {
      sink.problem(ReadProblem.skipped(file.relativePath(), line, what + " is not a JSON object"));
      return;
    }
    String body = text(node, "text");
    if (body == null) {
      body = text(node, "body");
    }
    RawArticle raw =
        new RawArticle(
            text(node, "id"),
            text(node, "title"),
            text(node, "date"),
            text(node, "source"),
            text(node, "url"),
            text(node, "author"),
            body);
    assembler.assemble(file, line, raw, sink).ifPresent(sink::article);
  }

  /** A field as text: strings as they are, numbers (ids) as written, anything else absent. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return value.asText();
  }
}
