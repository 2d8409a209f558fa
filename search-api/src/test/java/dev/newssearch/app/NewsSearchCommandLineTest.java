package dev.newssearch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.testing.RepoFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line registers only the subcommand a run names (its start reads no other command's
 * options), and all of them whenever the help or an error has to list them.
 */
class NewsSearchCommandLineTest {
  private static final Set<String> ALL = Set.of("serve", "reindex", "update", "search", "extract", "stats", "help");

  @Test
  void aNamedSubcommandIsTheOnlyOneRegistered() {
    for (String name : List.of("serve", "reindex", "update", "search", "extract", "stats")) {
      assertEquals(Set.of(name), NewsSearch.commandLine(name, "--help").getSubcommands().keySet());
    }
  }

  @Test
  void helpOptionsAndUnknownNamesSeeEverySubcommand() {
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "serve"}, new String[] {"serach"})) {
      assertEquals(ALL, NewsSearch.commandLine(args).getSubcommands().keySet(), String.join(" ", args));
    }
  }

  @Test
  void aBadServeOptionIsAUsageErrorBeforeAnyIndexing(@TempDir Path temp) {
    StringWriter err = new StringWriter();
    CommandLine cli = NewsSearch.commandLine("serve");
    cli.setErr(new PrintWriter(err));
    Path index = temp.resolve("index");
    assertEquals(2,
        cli.execute("serve", "--query-timeout-ms", "-1", "--index", index.toString(), "--seeds", RepoFiles.seeds().toString()));
    assertTrue(err.toString().contains("--query-timeout-ms must be 0 or more"), err.toString());
    assertFalse(Files.exists(index), "the seeds were not indexed");
  }

  @Test
  void theTopLevelHelpListsEverySubcommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = NewsSearch.commandLine("--help");
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--help"));
    for (String name : ALL) {
      assertTrue(out.toString().contains("\n  " + name + " "), name + " missing from:\n" + out);
    }
  }
}
