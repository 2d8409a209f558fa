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

/** {@code news-search update}: applies the changes in a folder to the live index. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Update the live index from a folder: add new articles, replace changed ones (by content hash),",
      "delete those whose files are gone. A running server sees the changes within a second.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all files were read",
      "3:done, but some files or articles were skipped",
      "4:failed; the index was left as it was",
      "5:another process is writing the index",
      "2:invalid arguments",
    })
public final class UpdateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR", required = true, description = "Folder of article files, read recursively.")
  Path input;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--dry-run", description = "Say what would be added, replaced and deleted, and write nothing.")
  boolean dryRun;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the run's report as JSON.")
  Path report;

  @Mixin IndexingOptions options;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    IndexReport result =
        options.indexer().update(input, new IndexGenerations(index), dryRun, new ConsoleProgress(out, System.console() != null));
    ReportPrinter printer = new ReportPrinter();
    printer.print(result, out);
    if (report != null) {
      printer.write(result, report);
    }
    return result.exitCode();
  }
}
