package dev.newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.IndexReport;
import dev.newssearch.semantic.TextEmbedder;
import dev.newssearch.testing.RepoFiles;
import dev.newssearch.testing.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandsTest {
  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reindexOfTheSeedsSucceedsWithASummary() {
    Run run = run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--index", temp.resolve("idx").toString());
    assertEquals(IndexReport.EXIT_OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("3 files, 3 articles read"), run.out());
    assertTrue(run.out().contains("skipped 0"), run.out());
  }

  @Test
  void reindexTakesNoMergeToPublishItsSegmentsAsWritten() {
    Run run = run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--index", temp.resolve("idx").toString(), "--no-merge");
    assertEquals(IndexReport.EXIT_OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("indexed 3 articles"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--no-merge", "--semantic"})
  void optionsOfTheEmbeddedIndexAreRefusedForOpenSearch(String option) {
    Run run = run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--backend", "OPENSEARCH",
        "--opensearch-url", "http://127.0.0.1:9", option);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(option + " is for the embedded index"), run.err());
  }

  @Test
  void reindexWithBadFilesSaysDoneWithSkipsAndWritesTheReport() throws Exception {
    Path report = temp.resolve("report.json");
    Run run = run(new ReindexCommand(), "--input", TestCorpus.folder().toString(), "--index", temp.resolve("idx").toString(),
        "--max-file-size", Long.toString(TestCorpus.MAX_FILE_BYTES), "--report", report.toString());
    assertEquals(IndexReport.EXIT_SKIPPED, run.exitCode());
    assertTrue(run.out().contains("skipped " + TestCorpus.SKIPPED), run.out());
    assertTrue(run.out().contains("wire.jsonl:3: malformed JSON"), run.out());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals(TestCorpus.ARTICLES, json.get("added").asInt());
    assertEquals(TestCorpus.SKIPPED + 1, json.get("problems").size());
  }

  @Test
  void reindexOfAMissingFolderFailsWithoutAStackTrace() {
    CommandLine cli = new CommandLine(new ReindexCommand());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler((e, c, p) -> {
      c.getErr().println(e.getMessage());
      return IndexReport.EXIT_FAILED;
    });
    int code = cli.execute("--input", temp.resolve("nope").toString(), "--index", temp.resolve("idx").toString());
    assertEquals(IndexReport.EXIT_FAILED, code);
    assertTrue(!Files.exists(temp.resolve("idx/CURRENT")));
  }

  @Test
  void extractPrintsTheSeedsSpeakersAsJson() throws Exception {
    Run run = run(new ExtractCommand(), RepoFiles.seeds().resolve("000_49fbe87d8bcee795.txt").toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("000_49fbe87d8bcee795.txt", json.get("id").asText());
    String speakers = json.get("speakers").toString();
    assertTrue(speakers.contains("\"Vladimir Putin\""), speakers);
    assertTrue(speakers.contains("\"Xi Jinping\""), speakers);
    JsonNode quote = json.get("quotes").get(0);
    for (String field : new String[] {"speaker", "speakerKind", "type", "text", "start", "end", "mention"}) {
      assertTrue(quote.has(field), field);
    }
  }

  @Test
  void statsDescribesTheLiveIndex() {
    run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--index", temp.resolve("idx").toString());
    Run run = run(new StatsCommand(), "--index", temp.resolve("idx").toString());
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("articles    3"), run.out());
    assertTrue(run.out().contains("2025-09-02 .. 2025-09-02"), run.out());
    assertTrue(run.out().contains("embeddings  none"), run.out());
  }

  @Test
  void aSemanticReindexIsKeptByTheNextAndShownByStats() {
    String index = temp.resolve("idx").toString();
    assertEquals(0, run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--index", index, "--semantic").exitCode());
    assertEquals(0, run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--index", index).exitCode());
    assertTrue(run(new StatsCommand(), "--index", index).out().contains("embeddings  " + TextEmbedder.MODEL));
    assertEquals(0, run(new ReindexCommand(), "--input", RepoFiles.seeds().toString(), "--index", index, "--no-semantic").exitCode());
    assertTrue(run(new StatsCommand(), "--index", index).out().contains("embeddings  none"));
  }
}
