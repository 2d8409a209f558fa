package dev.newssearch.cli;

import dev.newssearch.index.IndexReport;
import dev.newssearch.index.RebuildShape;
import dev.newssearch.semantic.SemanticIndexing;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

  @Mixin RunOptions run;

  @Mixin BackendOptions backend;

  @Option(
      names = "--no-merge",
      description = {
        "Publish the segments as written instead of merging them into one at the end:"
            + " the rebuild ends sooner, and every search costs more (one segment is what a rebuilt archive serves best from).",
      })
  boolean noMerge;

  @Option(
      names = "--semantic",
      negatable = true,
      description = {
        "Embed every article with a small sentence-embedding model, so that searches re-rank their best hits by meaning"
            + " as well as by words (about 35 ms of CPU for an article of up to 200 words, 25 ms more per 100 words beyond).",
        "--no-semantic rebuilds without. Default: as the live index is (without, for a new index).",
      })
  Boolean semantic;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (noMerge && backend.remote()) {
      throw new ParameterException(spec.commandLine(), "--no-merge is for the embedded index: an OpenSearch cluster merges its own segments");
    }
    if (Boolean.TRUE.equals(semantic) && backend.remote()) {
      throw new ParameterException(spec.commandLine(), "--semantic is for the embedded index: the OpenSearch backend does not re-rank by meaning");
    }
    IndexReport result = backend.remote()
        ? RemoteIndexer.of(backend.backend()).reindex(backend.url(spec), backend, run.indexing, run.input, RunOptions.progress(out))
        : run.indexing.indexer(RebuildShape.forThisProcess(!noMerge), semanticChoice()).reindex(run.input, run.generations(), RunOptions.progress(out));
    return run.finish(result, out);
  }

  private SemanticIndexing semanticChoice() {
    if (semantic == null) {
      return SemanticIndexing.KEEP;
    }
    return semantic ? SemanticIndexing.ON : SemanticIndexing.OFF;
  }
}
