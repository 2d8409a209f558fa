package dev.newssearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newssearch.article.Article;
import dev.newssearch.article.Quote;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.IndexReport;
import dev.newssearch.read.ArticleFiles;
import dev.newssearch.read.CollectingSink;
import dev.newssearch.read.ReadProblem;
import dev.newssearch.read.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code news-search extract FILE}: prints a file's articles as the indexer sees them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the parsed and enriched article of FILE as JSON: date, speakers, and quotes with offsets into the body.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the file was read", "3:the file, or some of its articles, could not be read", "2:invalid arguments"})
public final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "An article file in any supported format.")
  Path file;

  @Option(names = "--body", description = "Include the cleaned body the quote offsets refer to.")
  boolean includeBody;

  @Mixin IndexingOptions options;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("extract: no such file: " + file);
      return IndexReport.EXIT_FAILED;
    }
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    SourceFile source = new SourceFile(absolute, parent.relativize(absolute).toString());
    CollectingSink read = new CollectingSink();
    new ArticleFiles(options.maxFileBytes).read(source, read);
    List<Article> articles = read.articles();
    List<ReadProblem> problems = read.problems();
    Enricher enricher = new Enricher(options.aliasList());
    List<ArticleView> views = articles.stream().map(a -> ArticleView.of(enricher.enrich(a), includeBody)).toList();
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    var out = spec.commandLine().getOut();
    out.println(json.writeValueAsString(views.size() == 1 ? views.get(0) : views));
    out.flush();
    problems.forEach(p -> spec.commandLine().getErr().println(p.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + p));
    boolean skipped = problems.stream().anyMatch(p -> p.severity() == ReadProblem.Severity.SKIPPED);
    return skipped ? IndexReport.EXIT_SKIPPED : IndexReport.EXIT_OK;
  }

  /** The JSON shape of an extracted article. */
  record ArticleView(
      String id, String title, String date, String timestamp, String source, String url, String author,
      List<String> speakers, List<QuoteView> quotes, String body) {

    static ArticleView of(Article a, boolean withBody) {
      return new ArticleView(a.id(), a.title(), a.date() == null ? null : a.date().toString(),
          a.timestamp() == null ? null : a.timestamp().toString(), a.source(), a.url(), a.author(), a.speakers(),
          a.quotes().stream().map(QuoteView::of).toList(), withBody ? a.body() : null);
    }
  }

  /** The JSON shape of a quote. */
  record QuoteView(String speaker, String speakerKind, String type, String text, int start, int end, MentionView mention) {
    static QuoteView of(Quote q) {
      return new QuoteView(q.speaker(), q.speakerKind().label(), q.type().label(), q.text(), q.start(), q.end(),
          q.mention() == null ? null : new MentionView(q.mention().start(), q.mention().end(), q.mention().text()));
    }
  }

  /** Where the speaker is named. */
  record MentionView(int start, int end, String text) {}
}
