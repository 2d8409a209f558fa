package dev.newssearch.cli;

import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.RebuildShape;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.semantic.SemanticIndexing;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read article files. */
public final class IndexingOptions {

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      description = "Skip files larger than this, decompressed (default: ${DEFAULT-VALUE}).")
  long maxFileBytes = ArticleFiles.DEFAULT_MAX_FILE_BYTES;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read and enriched at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "Speaker alias file added to the built-in aliases (format in the README).")
  Path aliases;

  /** The alias list: the built-in one, extended by {@code --aliases}. */
  public AliasList aliasList() throws IOException {
    return aliases == null ? AliasList.builtIn() : AliasList.builtIn().merge(AliasList.load(aliases));
  }

  /** How files are found and read, with {@code --max-file-size}. */
  public ArticleFiles files() {
    return new ArticleFiles(maxFileBytes);
  }

  /** The enricher, with the alias list. */
  public Enricher enricher() throws IOException {
    return new Enricher(aliasList());
  }

  /** An indexer configured by these options, its rebuilds of the default shape. */
  public Indexer indexer() throws IOException {
    return new Indexer(files(), enricher(), threads);
  }

  /**
   * An indexer configured by these options whose rebuilds have {@code rebuildShape} and embed
   * their articles as {@code semantic} says.
   */
  public Indexer indexer(RebuildShape rebuildShape, SemanticIndexing semantic) throws IOException {
    return new Indexer(files(), enricher(), threads, rebuildShape, semantic);
  }
}
