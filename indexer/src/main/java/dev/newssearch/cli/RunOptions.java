package dev.newssearch.cli;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that run the indexer ({@code reindex}, {@code update}) and how they report. */
public final class RunOptions {

  @Option(names = "--input", paramLabel = "DIR", required = true, description = "Folder of article files, read recursively.")
  Path input;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the run's report, with every skipped file and why, as JSON.")
  Path report;

  @Mixin IndexingOptions indexing;

  /** The index folder. */
  IndexGenerations generations() {
    return new IndexGenerations(index);
  }

  /** Progress shown on {@code out}: a bar on a terminal, log lines otherwise. */
  static Progress progress(PrintWriter out) {
    return new ConsoleProgress(out, System.console() != null);
  }

  /** Prints the summary, writes {@code --report} when asked, and returns the exit code. */
  int finish(IndexReport result, PrintWriter out) throws IOException {
    ReportPrinter printer = new ReportPrinter();
    printer.print(result, out);
    if (report != null) {
      printer.write(result, report);
    }
    return result.exitCode();
  }
}
