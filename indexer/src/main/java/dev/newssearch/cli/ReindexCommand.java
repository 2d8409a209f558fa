package dev.newssearch.cli;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code news-search reindex}: rebuilds the index into a new generation and makes it live. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the index from a folder of article files (.txt, .json, .jsonl, .html, .rss/.atom, optionally .gz).",
      "The new index is written beside the live one and made live in one atomic step; a running server switches to it.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all files were indexed",
      "3:done, but some files or articles were skipped (see the summary or --report)",
      "4:failed; the live index was left as it was",
      "5:another process is writing the index",
      "2:invalid arguments",
    })
public final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR", required = true, description = "Folder of article files, read recursively.")
  Path input;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the run's report, with every skipped file and why, as JSON.")
  Path report;

  @Mixin IndexingOptions options;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    IndexReport result =
        options.indexer().reindex(input, new IndexGenerations(index), new ConsoleProgress(out, System.console() != null));
    ReportPrinter printer = new ReportPrinter();
    printer.print(result, out);
    if (report != null) {
      printer.write(result, report);
    }
    return result.exitCode();
  }
}
