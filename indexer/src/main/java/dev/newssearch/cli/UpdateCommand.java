package dev.newssearch.cli;

import dev.newssearch.index.IndexReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      "4:failed; the index was left as it was (on a cluster, the batches sent before the failure are in: run update again)",
      "5:another process is writing the index",
      "2:invalid arguments",
    })
public final class UpdateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RunOptions run;

  @Option(names = "--dry-run", description = "Say what would be added, replaced and deleted, and write nothing.")
  boolean dryRun;

  @Mixin BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    IndexReport result = backend.remote()
        ? RemoteIndexer.of(backend.backend()).update(backend.url(spec), backend, run.indexing, run.input, dryRun, RunOptions.progress(out))
        : run.indexing.indexer().update(run.input, run.generations(), dryRun, RunOptions.progress(out));
    return run.finish(result, out);
  }
}
