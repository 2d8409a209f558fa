package dev.newssearch.app;

import dev.newssearch.admin.AdminToken;
import dev.newssearch.admin.IndexJobs;
import dev.newssearch.admin.IndexRuns;
import dev.newssearch.cli.BackendOptions;
import dev.newssearch.cli.IndexingOptions;
import dev.newssearch.cli.RemoteIndexer;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import dev.newssearch.search.LiveIndex;
import dev.newssearch.search.LuceneSearchService;
import dev.newssearch.search.QueryBudget;
import dev.newssearch.search.SearchService;
import dev.newssearch.server.AdminHandlers;
import dev.newssearch.search.Synonyms;
import dev.newssearch.server.ApiServer;
import dev.newssearch.server.ServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.synonym.SynonymMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code news-search serve}: the REST API and the search page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search page and the REST API. When the index folder has no index yet, the seed",
      "articles are indexed first. The server follows reindex and update runs without a restart.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped by a signal", "2:invalid arguments (an unreadable synonym file)", "4:could not start (port in use, unreadable index)"})
public final class ServeCommand implements Callable<Integer> {

  /** How often the server looks for a new index generation or commit. */
  private static final long REFRESH_MILLIS = 500;

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to accept other machines).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
      description = "Articles indexed on first start, when the index folder is empty (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Folder that POST /api/admin/reindex and /api/admin/update read (default: the --seeds folder).")
  Path input;

  @Option(names = "--query-timeout-ms", paramLabel = "MS", defaultValue = "2000",
      description = "Time a search may spend collecting hits before it answers with what it found, flagged timedOut (default: ${DEFAULT-VALUE}).")
  long queryTimeoutMillis;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Let pages of this one origin (https://newsroom.example) call the API from a browser; CORS is off without it.")
  String corsOrigin;

  @Option(names = "--synonyms", paramLabel = "FILE",
      description = "Query synonyms in Solr's format, added to the built-in list (repeatable).")
  List<Path> synonyms = List.of();

  @Mixin IndexingOptions options;

  @Mixin BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    // Options are checked before anything is done: a mistyped value must not index the seeds first.
    if (queryTimeoutMillis < 0) {
      throw new ParameterException(spec.commandLine(), "--query-timeout-ms must be 0 or more");
    }
    var out = spec.commandLine().getOut();
    IndexGenerations generations = new IndexGenerations(index);
    if (!backend.remote() && generations.live().isEmpty() && Files.isDirectory(seeds)) {
      out.println("serve: no index at " + generations.root() + "; indexing " + seeds.toAbsolutePath().normalize());
      out.flush();
      IndexReport report = options.indexer().reindex(seeds, generations, Progress.NONE);
      out.printf(Locale.ROOT, "serve: indexed %d articles (%d skipped)%n", report.added(), report.skipped());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ServerOptions serverOptions;
    try {
      serverOptions = ServerOptions.DEFAULT.withCorsOrigin(corsOrigin);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--cors-origin: " + e.getMessage());
    }
    SynonymMap synonymMap;
    try {
      synonymMap = Synonyms.load(synonyms);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--synonyms: " + e.getMessage());
    }
    Optional<AdminToken> token = AdminToken.of(System.getenv(AdminToken.ENVIRONMENT_VARIABLE));
    Path jobInput = (input == null ? seeds : input).toAbsolutePath().normalize();
    SearchService service;
    IndexRuns runs;
    IndexJobs.IndexChanged afterJob;
    if (backend.remote()) {
      String url = backend.url(spec);
      service = RemoteSearch.of(backend.backend()).open(url, backend, synonymMap, queryTimeoutMillis);
      runs = IndexRuns.remote(RemoteIndexer.of(backend.backend()), url, backend, options);
      // A cluster's jobs refresh the index before they end and the alias is read on every search: nothing to reopen.
      afterJob = () -> {};
    } else {
      LiveIndex liveIndex = new LiveIndex(generations, REFRESH_MILLIS);
      service = new LuceneSearchService(liveIndex, synonymMap, new QueryBudget(queryTimeoutMillis));
      runs = IndexRuns.local(options.indexer(), generations);
      afterJob = liveIndex::refresh;
    }
    // A daemon thread: a job in progress never holds up a shutdown, and an unfinished job publishes nothing.
    Executor adminJobs = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "admin-job");
      thread.setDaemon(true);
      return thread;
    });
    AdminHandlers admin = AdminHandlers.of(new IndexJobs(runs, jobInput, adminJobs, afterJob), token);
    ApiServer server = new ApiServer(service, admin, serverOptions).start(host, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // SIGTERM: stop accepting, let requests in flight finish, then close the index cleanly.
      server.close();
      service.close();
      stopped.countDown();
    }, "shutdown"));
    out.printf(Locale.ROOT, "serve: %d articles, search at http://%s:%d/%n", service.status().articles(), host, server.port());
    out.println("serve: admin endpoints " + (token.isPresent()
        ? "enabled; their reindex and update read " + jobInput
        : "disabled (set " + AdminToken.ENVIRONMENT_VARIABLE + " to enable)"));
    out.flush();
    stopped.await();
    return 0;
  }
}
