package dev.newssearch.cli;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.semantic.SemanticIndexing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.NumericUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code news-search stats}: describes the live index. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Describe the live index: generation, articles, quotes, date range, embedding model, size on disk.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the index was described", "4:there is no index"})
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Override
  public Integer call() throws Exception {
    IndexGenerations generations = new IndexGenerations(index);
    var live = generations.live();
    if (live.isEmpty()) {
      spec.commandLine().getErr().println("stats: no index at " + generations.root());
      return IndexReport.EXIT_FAILED;
    }
    Path folder = generations.folder(live.get());
    try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int articles = searcher.count(ArticleSchema.articles());
      int quotes = searcher.count(ArticleSchema.quotes());
      long minDay = Long.MAX_VALUE;
      long maxDay = Long.MIN_VALUE;
      for (LeafReaderContext leaf : reader.leaves()) {
        PointValues points = leaf.reader().getPointValues(ArticleSchema.DATE);
        if (points != null) {
          minDay = Math.min(minDay, NumericUtils.sortableBytesToLong(points.getMinPackedValue(), 0));
          maxDay = Math.max(maxDay, NumericUtils.sortableBytesToLong(points.getMaxPackedValue(), 0));
        }
      }
      long bytes;
      try (Stream<Path> files = Files.list(folder)) {
        bytes = files.mapToLong(f -> f.toFile().length()).sum();
      }
      var out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "index       %s%n", generations.root());
      out.printf(Locale.ROOT, "generation  %s%n", live.get());
      out.printf(Locale.ROOT, "articles    %d%n", articles);
      out.printf(Locale.ROOT, "quotes      %d%n", quotes);
      out.printf(Locale.ROOT, "dates       %s%n",
          minDay == Long.MAX_VALUE ? "none" : LocalDate.ofEpochDay(minDay) + " .. " + LocalDate.ofEpochDay(maxDay));
      String model = reader.getIndexCommit().getUserData().get(SemanticIndexing.COMMIT_KEY);
      out.printf(Locale.ROOT, "embeddings  %s%n", model == null ? "none" : model);
      out.printf(Locale.ROOT, "size        %s%n", bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3) : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6));
      out.flush();
    }
    return IndexReport.EXIT_OK;
  }
}
