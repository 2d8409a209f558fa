package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A benchmark corpus of any size made from Reuters-21578: the stories in order, then again as often
 * as needed, each copy with fresh ids ({@code r1-…}, {@code r2-…}) and its dates moved on by one
 * year per copy, so larger corpora spread over more years as a growing archive does. Written as JSON
 * Lines files of {@value #PER_FILE} articles, the form both our indexer and plain Lucene read.
 *
 * @param folder the folder holding the JSON Lines files
 * @param articles how many articles were written
 * @param bytes the size of the files
 * @param textBytes the UTF-8 size of the titles and bodies, what both indexers analyse
 */
public record ReplicatedCorpus(Path folder, int articles, long bytes, long textBytes) {
  /** Articles per file: enough files for every indexing thread to read one at a time. */
  static final int PER_FILE = 5_000;

  /**
   * Writes {@code size} articles into {@code folder}.
   *
   * @param reuters {@code articles.jsonl.gz} of Reuters-21578
   */
  public static ReplicatedCorpus write(Path reuters, int size, Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> originals = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode record = json.readTree(line);
        // Briefs without text are read as title-only articles; keep only what both indexers read alike.
        if (!record.path("text").asText("").isBlank()) {
          originals.add(record);
        }
      }
    }
    Files.createDirectories(folder);
    long bytes = 0;
    long textBytes = 0;
    BufferedWriter out = null;
    try {
      for (int i = 0; i < size; i++) {
        if (i % PER_FILE == 0) {
          if (out != null) {
            out.close();
          }
          out = Files.newBufferedWriter(folder.resolve(String.format(Locale.ROOT, "part-%04d.jsonl", i / PER_FILE)), StandardCharsets.UTF_8);
        }
        int copy = i / originals.size();
        JsonNode original = originals.get(i % originals.size());
        ObjectNode article = json.createObjectNode();
        article.put("id", "r" + copy + "-" + original.path("id").asText());
        article.put("title", original.path("title").asText(""));
        article.put("date", LocalDate.parse(original.path("date").asText()).plusYears(copy).toString());
        article.put("source", original.path("source").asText("Reuters"));
        article.put("text", original.path("text").asText());
        String line = json.writeValueAsString(article);
        out.write(line);
        out.write('\n');
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
        textBytes += article.get("title").asText().getBytes(StandardCharsets.UTF_8).length
            + article.get("text").asText().getBytes(StandardCharsets.UTF_8).length;
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return new ReplicatedCorpus(folder, size, bytes, textBytes);
  }

  /** The JSON Lines files, in order. */
  public List<Path> files() throws IOException {
    try (var listing = Files.list(folder)) {
      return listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }
}
