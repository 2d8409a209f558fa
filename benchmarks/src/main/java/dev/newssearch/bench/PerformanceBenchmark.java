package dev.newssearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.Enricher;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Indexer;
import dev.newssearch.index.Progress;
import dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess;
import dev.newssearch.read.ArticleFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The performance benchmark: our engine beside plain Lucene on the same replicated Reuters corpus,
 * at growing sizes. Indexing speed and index size, query throughput and latency by query type at
 * several concurrencies (our REST API over HTTP with full responses, plain Lucene in-process), the
 * server's startup time, peak memory and smallest workable heap. With {@code --backends
 * lucene,opensearch} the same product runs on a single OpenSearch node started for the run, and its
 * figures stand beside the embedded ones. Prints a table and writes the same figures as JSON.
 */
@Command(
    name = "benchmarks/run",
    mixinStandardHelpOptions = true,
    description = {
      "Measures news-search beside plain Lucene on Reuters-21578 replicated to the given size,",
      "at 10,000 articles and each power of ten up to it; prints a table and writes JSON.",
      "With --backends lucene,opensearch, also on a single OpenSearch node, beside the embedded index."})
public final class PerformanceBenchmark implements Callable<Integer> {
  private static final int GROWTH_START = 10_000;
  private static final String LUCENE = "lucene";
  private static final String OPENSEARCH = "opensearch";
  /** The alias `reindex --backend opensearch` points at the live index by default. */
  private static final String OPENSEARCH_ALIAS = "news-search";

  @Option(names = "--size", paramLabel = "N", description = "Largest corpus, in articles (default: ${DEFAULT-VALUE}).")
  int size = 100_000;

  @Option(names = "--smoke", description = "A quick run that proves the command works: 10,000 articles, short runs.")
  boolean smoke;

  @Option(names = "--concurrency", paramLabel = "C,C…", split = ",", description = "Client threads per query run (default: 1,2,8).")
  int[] concurrency = {1, 2, 8};

  @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds per query run (default: 10; 3 with --smoke).")
  Double seconds;

  @Option(names = "--warmup", paramLabel = "S", description = "The longest warm-up before the query runs, in seconds: whole passes of "
      + "the query set until the JIT compiler uses under 5%% of the CPU (default: 300; 2 with --smoke).")
  Double warmup;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads, ours and plain Lucene's (default: the cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--startups", paramLabel = "N", description = "Server starts timed; the median is reported (default: 3; 1 with --smoke).")
  Integer startups;

  @Option(names = "--heaps", paramLabel = "MB,MB…", split = ",",
      description = "Heap sizes (MiB) the smallest-heap search chooses from (default: 16 to 1024 in steps of about 1.5).")
  List<Integer> heaps = HeapSearch.CANDIDATES_MB;

  @Option(names = {"--backends", "--backend"}, paramLabel = "B,B…", split = ",",
      description = "Our backends to measure: lucene (the embedded index, always measured: the others are read beside it) and opensearch "
          + "(a single OpenSearch node started for the run, in its own JVM, from the jars in --opensearch-node). Default: lucene.")
  List<String> backends = List.of(LUCENE);

  @Option(names = "--opensearch-heap", paramLabel = "SIZE", defaultValue = "1g",
      description = "The OpenSearch node's heap, such as 1g or 512m (default: ${DEFAULT-VALUE}).")
  String opensearchHeap;

  @Option(names = "--opensearch-node", paramLabel = "DIR", defaultValue = "opensearch-node/target",
      description = "The opensearch-node module's build folder, holding classes/ and lib/ (default: ${DEFAULT-VALUE}).")
  Path opensearchNode;

  @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder holding reuters21578/ (default: $NEWS_SEARCH_SHARED_DATA, else ../shared/data).")
  Path data;

  @Option(names = "--launcher", paramLabel = "FILE", defaultValue = "news-search", description = "The news-search launcher that serves (default: ${DEFAULT-VALUE}).")
  Path launcher;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "benchmarks/target/perf.json", description = "Where the JSON goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for corpora and indexes (default: a temporary folder, deleted after).")
  Path work;

  @Spec CommandSpec spec;
  private ProgressLine progress;
  private int opensearchHeapMb;

  /** Runs the benchmark and exits with its code. */
  public static void main(String[] args) {
    java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.WARNING);
    System.exit(new CommandLine(new PerformanceBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (smoke) {
      size = Math.min(size, GROWTH_START);
    }
    double measured = seconds != null ? seconds : smoke ? 3 : 10;
    double warm = warmup != null ? warmup : smoke ? 2 : 300;
    int starts = startups != null ? startups : smoke ? 1 : 3;
    for (String backend : backends) {
      if (!backend.equals(LUCENE) && !backend.equals(OPENSEARCH)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--backends: unknown backend '" + backend + "' (lucene, opensearch)");
      }
    }
    opensearchHeapMb = heapMb(opensearchHeap);
    if (measuresOpenSearch() && !Files.isDirectory(opensearchNode.resolve("lib"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no OpenSearch jars in " + opensearchNode.resolve("lib") + " (build the opensearch-node module, or set --opensearch-node)");
    }
    Path reuters = dataFolder().resolve("reuters21578").resolve("articles.jsonl.gz");
    if (!Files.isReadable(reuters)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + reuters + " (set --data or NEWS_SEARCH_SHARED_DATA)");
    }
    if (!Files.isExecutable(launcher)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no news-search launcher at " + launcher + " (set --launcher)");
    }
    List<BenchQuery> queries = QuerySet.interleaved(QuerySet.load());
    progress = new ProgressLine(System.err, System.console() != null);
    boolean temporary = work == null;
    Path root = temporary ? Files.createTempDirectory("news-search-bench") : Files.createDirectories(work);
    List<SizeFigures> figures = new ArrayList<>();
    // Ctrl-C or a kill ends the JVM without running the finally below: the corpora and indexes go all the same.
    Thread deleteOnExit = new Thread(() -> {
      try {
        Folders.deleteTree(root);
      } catch (IOException | UncheckedIOException e) {
        System.err.println("benchmarks: could not delete " + root + ": " + e.getMessage());
      }
    }, "delete-work-folder");
    if (temporary) {
      Runtime.getRuntime().addShutdownHook(deleteOnExit);
    }
    try {
      for (int n : sizes(size)) {
        figures.add(measure(reuters, n, root.resolve("n" + n), queries, measured, warm, starts));
        ObjectNode json = ReportWriter.json(machine(), figures, measured, warm);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
      }
    } finally {
      if (temporary) {
        Runtime.getRuntime().removeShutdownHook(deleteOnExit);
        Folders.deleteTree(root);
      }
    }
    progress.done();
    PrintWriter console = spec.commandLine().getOut();
    ReportWriter.table(console, machine(), figures);
    console.println("JSON: " + out);
    console.flush();
    return 0;
  }

  private Path dataFolder() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("NEWS_SEARCH_SHARED_DATA");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
  }

  /** A heap size such as {@code 1g}, {@code 512m} or {@code 768} (MiB), in MiB. */
  private int heapMb(String size) {
    Matcher m = Pattern.compile("(\\d{1,6})([mMgG]?)").matcher(size.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--opensearch-heap: '" + size + "' is not a size such as 1g or 512m");
    }
    return Integer.parseInt(m.group(1)) * (m.group(2).equalsIgnoreCase("g") ? 1024 : 1);
  }

  /** 10,000, then each power of ten below {@code largest}, then {@code largest}. */
  static List<Integer> sizes(int largest) {
    List<Integer> sizes = new ArrayList<>();
    for (long n = GROWTH_START; n < largest; n *= 10) {
      sizes.add((int) n);
    }
    sizes.add(largest);
    return sizes;
  }

  private SizeFigures measure(Path reuters, int n, Path folder, List<BenchQuery> queries, double measured, double warm, int starts)
      throws Exception {
    String at = String.format(Locale.ROOT, "%,d articles", n);
    progress.phase(at + ": writing the corpus");
    ReplicatedCorpus corpus = ReplicatedCorpus.write(reuters, n, folder.resolve("corpus"));

    // Ours first: plain Lucene then runs on a JVM warmed by our run, which can only favour the baseline.
    progress.phase(at + ": our reindex");
    Path ourIndex = folder.resolve("ours");
    AtomicInteger ourDone = new AtomicInteger();
    SizeFigures.Indexing ours = timed(corpus, ourIndex, () -> new Indexer(
        new ArticleFiles(ArticleFiles.DEFAULT_MAX_FILE_BYTES), new Enricher(AliasList.builtIn()), threads)
        .reindex(corpus.folder(), new IndexGenerations(ourIndex), new Progress() {
          @Override
          public void articleDone() {
            int done = ourDone.incrementAndGet();
            if (done % 500 == 0) {
              progress.detail(String.format(Locale.ROOT, "%,d / %,d", done, n));
            }
          }
        }));

    progress.phase(at + ": plain Lucene indexing");
    Path luceneIndex = folder.resolve("lucene");
    SizeFigures.Indexing lucene;
    ServerProcess server = null;
    ServerProcess remoteServer = null;
    OpenSearchNodeProcess node = null;
    try (PlainLucene plain = new PlainLucene(luceneIndex)) {
      lucene = timed(corpus, luceneIndex, () -> {
        plain.index(corpus, threads, done -> {
          if (done % 500 == 0) {
            progress.detail(String.format(Locale.ROOT, "%,d / %,d", done, n));
          }
        });
        return null;
      });
      plain.open();
      List<BenchQuery> searchQueries = queries.stream().filter(q -> PlainLucene.supports(q.type())).toList();
      List<BenchQuery> suggestions = queries.stream().filter(q -> q.type() == QueryType.SUGGEST).toList();

      List<QueryRun> plainRuns = new ArrayList<>();
      progress.phase(at + ": plain Lucene queries, warm-up");
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long self = ProcessHandle.current().pid();
      WarmUp.Result plainWarmUp = WarmUp.run(searchQueries, plain::search, () -> os.getProcessCpuTime() / 1e6,
          () -> ProcessStats.compilerCpuMillis(self), warm);
      progress.phase(at + ": plain Lucene warmed up: " + plainWarmUp.describe());
      for (int c : concurrency) {
        progress.phase(at + ": plain Lucene queries at concurrency " + c);
        plainRuns.add(QueryRun.of(searchQueries, plain::search, c, measured, done -> progress.detail(done + " queries"),
            () -> os.getProcessCpuTime() / 1e6));
      }

      // The node is started after plain Lucene's runs, so that its background work does not slow them.
      SizeFigures.Indexing remoteIndexing = null;
      double nodeIndexingCpu = 0;
      if (measuresOpenSearch()) {
        progress.phase(at + ": starting an OpenSearch node (-Xmx" + opensearchHeapMb + "m)");
        node = OpenSearchNodeProcess.start(OpenSearchNodeProcess.Options.of(opensearchNode, "bench").heapMb(opensearchHeapMb)
            // A large heap on a loaded machine starts slower than the launcher's default allows.
            .startTimeout(Duration.ofSeconds(180)));
        progress.phase(at + ": our reindex into OpenSearch");
        double nodeCpu = ProcessStats.cpuMillis(node.pid());
        remoteIndexing = reindexInto(node, corpus, folder);
        nodeIndexingCpu = (ProcessStats.cpuMillis(node.pid()) - nodeCpu) / 1e3;
        remoteIndexing = SizeFigures.Indexing.of(corpus.articles(), corpus.bytes(), remoteIndexing.seconds(),
            remoteIndexing.cpuSeconds() + nodeIndexingCpu, remoteIndexing.indexBytes());
      }

      progress.phase(at + ": server startup");
      double[] startupTimes = new double[starts];
      double[] startupCpu = new double[starts];
      double[] remoteStartupTimes = new double[starts];
      double[] remoteStartupCpu = new double[starts];
      // Both servers start in turns, so that a change in the machine's load touches both alike.
      for (int s = 0; s < starts; s++) {
        if (server != null) {
          server.close();
        }
        server = ServerProcess.start(launcher, ourIndex, "", queries.get(0));
        startupTimes[s] = server.startupMillis();
        startupCpu[s] = server.startupCpuMillis();
        if (node != null) {
          if (remoteServer != null) {
            remoteServer.close();
          }
          remoteServer = ServerProcess.start(launcher, remoteBackend(node), "", queries.get(0));
          remoteStartupTimes[s] = remoteServer.startupMillis();
          remoteStartupCpu[s] = remoteServer.startupCpuMillis();
        }
      }
      ServerProcess api = server;
      ServerProcess remoteApi = remoteServer;
      OpenSearchNodeProcess remoteNode = node;
      boolean suggest = api.has(QueryType.SUGGEST.endpoint() + "?q=a&prefix=a");
      boolean remoteSuggest = remoteApi != null && remoteApi.has(QueryType.SUGGEST.endpoint() + "?q=a&prefix=a");
      progress.phase(at + ": API queries, warm-up");
      warmUp(api, suggest, searchQueries, suggestions, warm, at + ": API");
      if (remoteApi != null) {
        progress.phase(at + ": API queries on OpenSearch, warm-up");
        warmUp(remoteApi, remoteSuggest, searchQueries, suggestions, warm, at + ": API on OpenSearch");
      }
      List<SizeFigures.QueryComparison> comparisons = new ArrayList<>();
      List<SizeFigures.QueryComparison> remoteComparisons = new ArrayList<>();
      // Each concurrency level runs on both backends one after the other, for the same reason.
      for (int i = 0; i < concurrency.length; i++) {
        int c = concurrency[i];
        QueryRun plainRun = plainRuns.get(i);
        progress.phase(at + ": API queries at concurrency " + c);
        comparisons.add(compare(api, null, suggest, searchQueries, suggestions, c, measured, plainRun, at + ": API"));
        if (remoteApi != null) {
          progress.phase(at + ": API queries on OpenSearch at concurrency " + c);
          remoteComparisons.add(compare(remoteApi, remoteNode, remoteSuggest, searchQueries, suggestions, c, measured, plainRun,
              at + ": API on OpenSearch"));
        }
      }
      long peakRss = api.peakRssBytes();
      server.close();
      server = null;
      SizeFigures.OpenSearch remote = null;
      if (node != null) {
        remote = new SizeFigures.OpenSearch(opensearchHeapMb, remoteIndexing, nodeIndexingCpu, remoteComparisons, remoteSuggest,
            median(remoteStartupTimes), median(remoteStartupCpu), remoteApi.peakRssBytes(), ProcessStats.peakRssBytes(node.pid()));
        remoteServer.close();
        remoteServer = null;
        node.close();
        node = null;
      }
      Integer minHeap = HeapSearch.smallest(launcher, ourIndex, searchQueries, heaps, text -> progress.phase(at + ": " + text));
      return new SizeFigures(n, corpus.bytes(), ours, lucene, comparisons, suggest, median(startupTimes), median(startupCpu), peakRss, minHeap,
          remote);
    } finally {
      for (AutoCloseable open : new AutoCloseable[] {server, remoteServer, node}) {
        if (open != null) {
          open.close();
        }
      }
      Folders.deleteTree(folder);
    }
  }

  private boolean measuresOpenSearch() {
    return backends.contains(OPENSEARCH);
  }

  private static List<String> remoteBackend(OpenSearchNodeProcess node) {
    return List.of("--backend", "opensearch", "--opensearch-url", node.url());
  }

  /**
   * Our {@code reindex --backend opensearch} into the node, as a user runs it: one shard, no replica
   * (a single node has nowhere to put one), timed until the node's merges are done, as the embedded
   * reindex is timed to its commit. The CPU is the command's; the node's is added by the caller.
   */
  private SizeFigures.Indexing reindexInto(OpenSearchNodeProcess node, ReplicatedCorpus corpus, Path folder)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "reindex", "--input", corpus.folder().toString(),
        "--threads", Integer.toString(threads)));
    command.addAll(remoteBackend(node));
    command.addAll(List.of("--opensearch-shards", "1", "--opensearch-replicas", "0"));
    // In the size's folder, so that an interrupted run deletes it with the rest.
    Path log = folder.resolve("reindex-opensearch.log");
    double cpu = ProcessStats.endedChildrenCpuMillis();
    long started = System.nanoTime();
    int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    double cpuSeconds = (ProcessStats.endedChildrenCpuMillis() - cpu) / 1e3;
    if (exit != 0) {
      List<String> lines = Files.readAllLines(log);
      throw new IOException("reindex --backend opensearch exited with " + exit + ": "
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }
    try (OpenSearchIndexStats stats = new OpenSearchIndexStats(node.url())) {
      stats.awaitMerges(OPENSEARCH_ALIAS);
      double seconds = (System.nanoTime() - started) / 1e9;
      return SizeFigures.Indexing.of(corpus.articles(), corpus.bytes(), seconds, cpuSeconds, stats.storeBytes(OPENSEARCH_ALIAS));
    }
  }

  private void warmUp(ServerProcess api, boolean suggest, List<BenchQuery> searchQueries, List<BenchQuery> suggestions, double warm,
      String label) throws IOException, InterruptedException {
    WarmUp.Result searches = WarmUp.run(searchQueries, api::query, api::cpuMillis, api::compilerCpuMillis, warm);
    progress.phase(label + " warmed up: " + searches.describe());
    if (suggest) {
      // Suggestions run other code than searches: without their own warm-up, their figures are the JIT's.
      WarmUp.Result suggesting = WarmUp.run(suggestions, api::query, api::cpuMillis, api::compilerCpuMillis, Math.max(1, warm / 3));
      progress.phase(label + " suggestions warmed up: " + suggesting.describe());
    }
  }

  /** One measured run of the server at concurrency {@code c}, then its suggestions alone, beside plain Lucene's run. */
  private SizeFigures.QueryComparison compare(ServerProcess api, OpenSearchNodeProcess node, boolean suggest, List<BenchQuery> searchQueries,
      List<BenchQuery> suggestions, int c, double measured, QueryRun plain, String label) throws Exception {
    CpuClock nodeClock = node == null ? () -> 0 : () -> ProcessStats.cpuMillis(node.pid());
    double nodeBefore = nodeClock.millis();
    QueryRun run = QueryRun.of(searchQueries, api::query, c, measured, done -> progress.detail(done + " queries"), api::cpuMillis);
    double nodeCpuPerQuery = (nodeClock.millis() - nodeBefore) / Math.max(1, run.result().queries());
    QueryLoad.Result suggestResult = null;
    if (suggest) {
      progress.phase(label + " suggestions at concurrency " + c);
      suggestResult = QueryLoad.run(suggestions, api::query, c, Math.max(1, measured / 3), done -> {});
    }
    return new SizeFigures.QueryComparison(c, run.result(), plain.result(), run.result().qps() / plain.result().qps(), suggestResult,
        run.cpuMsPerQuery(), nodeCpuPerQuery, plain.cpuMsPerQuery());
  }

  /** Milliseconds of CPU some process has used so far. */
  @FunctionalInterface
  private interface CpuClock {
    double millis() throws IOException;
  }

  /** A load run and the CPU its target used per answered query. */
  private record QueryRun(QueryLoad.Result result, double cpuMsPerQuery) {
    static QueryRun of(List<BenchQuery> queries, QueryLoad.Target target, int concurrency, double seconds, LongConsumer tick,
        CpuClock clock) throws IOException, InterruptedException {
      double before = clock.millis();
      QueryLoad.Result result = QueryLoad.run(queries, target, concurrency, seconds, tick);
      return new QueryRun(result, (clock.millis() - before) / Math.max(1, result.queries()));
    }
  }

  @FunctionalInterface
  private interface Work {
    Object run() throws Exception;
  }

  private static SizeFigures.Indexing timed(ReplicatedCorpus corpus, Path index, Work work) throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    long cpu = os.getProcessCpuTime();
    long started = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    return SizeFigures.Indexing.of(corpus.articles(), corpus.bytes(), seconds, cpuSeconds, treeSize(index));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private ReportWriter.Machine machine() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new ReportWriter.Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
        System.getProperty("java.vm.name") + " " + Runtime.version(), System.getProperty("os.name") + " " + System.getProperty("os.arch"), threads);
  }

  private static long treeSize(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

}
