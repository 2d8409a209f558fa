package dev.newssearch.app;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.search.ArticleHit;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.search.SearchPage;
import dev.newssearch.search.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code news-search search QUERY}: ranked results in the terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index and print ranked hits: rank, date, id, title, speakers.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the search ran (with or without hits)", "2:invalid query or arguments", "4:no index"})
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Search-box syntax: words, \"phrases\", -exclusions, OR, prefix*.")
  List<String> words = List.of();

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker (repeatable).")
  List<String> speakers = List.of();

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this outlet (repeatable).")
  List<String> sources = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles on or before this day.")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance, date_desc or date_asc (default: ${DEFAULT-VALUE}).")
  SearchRequest.SortOrder sort;

  @Option(names = "--advanced", description = "Read QUERY in the advanced syntax (fields, ranges, proximity, fuzzy).")
  boolean advanced;

  @Option(names = {"-n", "--size"}, paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int size;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    IndexGenerations generations = new IndexGenerations(index);
    if (generations.live().isEmpty()) {
      spec.commandLine().getErr().println("search: no index at " + generations.root() + "; run reindex first");
      return IndexReport.EXIT_FAILED;
    }
    if (from != null && to != null && from.isAfter(to)) {
      spec.commandLine().getErr().println("search: --from is after --to");
      return 2;
    }
    SearchRequest request = new SearchRequest(
        String.join(" ", words),
        advanced ? SearchRequest.QuerySyntax.ADVANCED : SearchRequest.QuerySyntax.BOX,
        SearchRequest.Scope.ALL,
        new SearchRequest.Filters(speakers, sources, from, to, null),
        sort, 1, Math.max(1, Math.min(size, 1000)));
    try (LuceneSearchService service = new LuceneSearchService(new LiveIndex(generations, Long.MAX_VALUE / 4))) {
      SearchPage page = service.search(request);
      out.printf(Locale.ROOT, "%d hits%n", page.total());
      int rank = 1;
      for (ArticleHit hit : page.hits()) {
        out.printf(Locale.ROOT, "%3d  %-10s  %s  %s%n", rank++, hit.date() == null ? "undated" : hit.date(), hit.id(), hit.title());
        if (!hit.speakers().isEmpty()) {
          out.printf(Locale.ROOT, "     speakers: %s%n", String.join(", ", hit.speakers()));
        }
        if (!hit.similar().isEmpty()) {
          out.printf(Locale.ROOT, "     +%d similar: %s%n", hit.similar().size(),
              String.join(", ", hit.similar().stream().map(ArticleHit.SimilarArticle::id).toList()));
        }
      }
      out.flush();
    }
    return IndexReport.EXIT_OK;
  }
}
