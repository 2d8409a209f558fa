package dev.newssearch.app;

import dev.newssearch.cli.ExtractCommand;
import dev.newssearch.cli.ReindexCommand;
import dev.newssearch.cli.StatsCommand;
import dev.newssearch.cli.UpdateCommand;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.search.InvalidRequestException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code news-search} command: full-text search over news articles, with who said what. */
@Command(
    name = "news-search",
    mixinStandardHelpOptions = true,
    version = "news-search 0.1.0",
    description = "Search news articles: what was written, when, and who said it.",
    subcommands = {
      ServeCommand.class,
      ReindexCommand.class,
      UpdateCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      StatsCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class NewsSearch {

  private NewsSearch() {}

  /** Lucene reports its SIMD set-up through java.util.logging at INFO; keep the terminal for our output. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line: failures print one line, not a stack trace, and map to the
   * documented exit codes.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(NewsSearch.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(e));
      commandLine.getErr().flush();
      if (e instanceof IndexGenerations.IndexBusyException) {
        return IndexReport.EXIT_BUSY;
      }
      if (e instanceof InvalidRequestException) {
        return CommandLine.ExitCode.USAGE;
      }
      return IndexReport.EXIT_FAILED;
    });
    return cli;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile()
          + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
