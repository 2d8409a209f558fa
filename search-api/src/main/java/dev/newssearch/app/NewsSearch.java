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
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code news-search} command: full-text search over news articles, with who said what. */
@Command(
    name = "news-search",
    mixinStandardHelpOptions = true,
    version = "news-search 0.1.0",
    description = "Search news articles: what was written, when, and who said it.")
public final class NewsSearch {

  /**
   * The subcommands, in the order the help lists them. They are registered in code rather than in
   * the annotation so that a run registers only the one it names: picocli reads every registered
   * command's options by reflection, and loading the other commands' classes cost the server's
   * start about 0.4 s of a loaded 2-core machine.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      ServeCommand.class,
      ReindexCommand.class,
      UpdateCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      StatsCommand.class,
      CommandLine.HelpCommand.class);

  private NewsSearch() {}

  /** Lucene reports its SIMD set-up through java.util.logging at INFO; keep the terminal for our output. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The configured command line for these arguments: failures print one line, not a stack trace,
   * and map to the documented exit codes. When the first argument names a subcommand only that one
   * is registered; otherwise (no argument, an option, {@code help}, a misspelt name) all are, so
   * that the help and the error messages list them.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(NewsSearch.class);
    for (Class<?> subcommand : subcommandsFor(args)) {
      cli.addSubcommand(subcommand);
    }
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

  private static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand != CommandLine.HelpCommand.class
            && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
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
