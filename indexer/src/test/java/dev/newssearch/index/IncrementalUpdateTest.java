package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.ReadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an update deletes: articles whose file is gone or no longer holds them, never what it merely could not read. */
class IncrementalUpdateTest {
  @TempDir Path temp;

  private final Indexer indexer = new Indexer(new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 2);

  private int count(IndexGenerations generations, Query query) throws IOException {
    try (var dir = FSDirectory.open(generations.folder(generations.live().orElseThrow()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(query);
    }
  }

  /** The body query of a word, analysed as the index analyses it. */
  private static Query body(String word) {
    return new QueryBuilder(new NewsAnalyzer()).createBooleanQuery(ArticleSchema.BODY, word);
  }

  private static Map<String, String> reasons(IndexReport report) {
    return report.problems().stream().collect(Collectors.toMap(ReadProblem::path, ReadProblem::reason));
  }

  @Test
  void anUpdateKeepsTheArticlesOfFilesAndFoldersItCouldNotReadThisTime() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("kept.txt"), "date: 2024-01-01\n\nThe harbour stayed open.\n");
    Files.writeString(input.resolve("garbled.txt"), "date: 2024-01-02\n\nThe bridge reopened on Monday.\n");
    Files.writeString(input.resolve("linked-target.txt"), "date: 2024-01-03\n\nThe tunnel flooded overnight.\n");
    Files.createSymbolicLink(input.resolve("linked.txt"), input.resolve("linked-target.txt"));
    Files.writeString(input.resolve("wire.jsonl"), """
        {"id": "w1", "date": "2024-01-04", "text": "The ferry sailed early."}
        {"id": "w2", "date": "2024-01-05", "text": "The lighthouse was repainted."}
        """);
    Files.createDirectories(input.resolve("desk"));
    Files.writeString(input.resolve("desk/story.txt"), "date: 2024-01-06\n\nThe canal froze.\n");
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    assertEquals(7, indexer.reindex(input, generations, Progress.NONE).added());

    // This time: invalid UTF-8, a link whose target is gone, a malformed JSON line, a folder that cannot be walked.
    Files.write(input.resolve("garbled.txt"), "date: 2024-01-02\n\nThe bridge caf\u00e9 reopened.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.delete(input.resolve("linked-target.txt"));
    Files.writeString(input.resolve("wire.jsonl"), """
        {"id": "w1", "date": "2024-01-04", "text": "The ferry sailed early."}
        {"id": "w2", "date": "2024-01-05", "text": "The lighthouse was
        """);
    Files.delete(input.resolve("desk/story.txt"));
    Files.delete(input.resolve("desk"));
    Files.createSymbolicLink(input.resolve("desk"), input);

    IndexReport update = indexer.update(input, generations, false, Progress.NONE);
    Map<String, String> reasons = reasons(update);
    assertEquals("not valid UTF-8", reasons.get("garbled.txt"));
    assertEquals("no such file: a broken symbolic link, or removed while reading", reasons.get("linked.txt"));
    assertTrue(reasons.get("wire.jsonl").startsWith("malformed JSON"), reasons.toString());
    assertEquals("symlink loop", reasons.get("desk"));
    // linked-target.txt is really gone, and its article with it; the unreadable ones stay.
    assertEquals(1, update.deleted(), update.toString());
    assertEquals(2, update.unchanged(), "kept.txt and w1");
    assertEquals(6, count(generations, ArticleSchema.articles()));
    for (String word : List.of("harbour", "bridge", "tunnel", "ferry", "lighthouse", "canal")) {
      assertEquals(1, count(generations, body(word)), word);
    }
  }

  @Test
  void anUpdateDeletesARecordRemovedFromAJsonLinesFile() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("wire.jsonl"), """
        {"id": "w1", "date": "2024-01-04", "text": "The ferry sailed early."}
        {"id": "w2", "date": "2024-01-05", "text": "The lighthouse was repainted."}
        {"id": "w3", "date": "2024-01-06", "text": "The pier was closed."}
        """);
    IndexGenerations generations = new IndexGenerations(temp.resolve("index"));
    indexer.reindex(input, generations, Progress.NONE);
    Files.writeString(input.resolve("wire.jsonl"), """
        {"id": "w1", "date": "2024-01-04", "text": "The ferry sailed early."}
        {"id": "w3", "date": "2024-01-06", "text": "The pier was closed."}
        """);

    IndexReport update = indexer.update(input, generations, false, Progress.NONE);
    assertEquals(1, update.deleted());
    assertEquals(2, update.unchanged());
    assertEquals(List.of(), update.problems());
    assertEquals(0, count(generations, new TermQuery(ArticleSchema.idTerm("w2"))));
    assertEquals(2, count(generations, ArticleSchema.articles()));
  }
}
