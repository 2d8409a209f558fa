package dev.newssearch.testing;

import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.RebuildShape;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.semantic.SemanticIndexing;

/**
 * The embedded indexer as tests build their indexes: the built-in aliases, two threads and the
 * one-segment rebuild that {@code reindex} writes.
 */
public final class TestIndexers {
  private TestIndexers() {}

  /** The indexer, its rebuilds embedding their articles as {@code semantic} says. */
  public static Indexer indexer(SemanticIndexing semantic) {
    return new Indexer(new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), 2,
        RebuildShape.forThisProcess(true), semantic);
  }
}
