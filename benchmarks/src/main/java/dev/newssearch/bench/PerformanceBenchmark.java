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
import dev.newssearch.read.ArticleFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
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
 * server's startup time, peak memory and smallest workable heap. Prints a table and writes the
 * same figures as JSON.
 */
@Command(
    name = "benchmarks/run",
    mixinStandardHelpOptions = true,
    description = {
      "Measures news-search beside plain Lucene on Reuters-21578 replicated to the given size,",
      "at 10,000 articles and each power of ten up to it; prints a table and writes JSON."})
public final class PerformanceBenchmark implements Callable<Integer> {
  private static final int GROWTH_START = 10_000;

  @Option(names = "--size", paramLabel = "N", description = "Largest corpus, in articles (default: ${DEFAULT-VALUE}).")
  int size = 100_000;

  @Option(names = "--smoke", description = "A quick run that proves the command works: 10,000 articles, short runs.")
  boolean smoke;

  @Option(names = "--concurrency", paramLabel = "C,C…", split = ",", description = "Client threads per query run (default: 1,2,8).")
  int[] concurrency = {1, 2, 8};

  @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds per query run (default: 10; 3 with --smoke).")
  Double seconds;

  @Option(names = "--warmup", paramLabel = "S", description = "Warm-up seconds before the query runs (default: 10; 2 with --smoke).")
  Double warmup;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads, ours and plain Lucene's (default: the cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--startups", paramLabel = "N", description = "Server starts timed; the median is reported (default: 3; 1 with --smoke).")
  Integer startups;

  @Option(names = "--heaps", paramLabel = "MB,MB…", split = ",",
      description = "Heap sizes (MiB) the smallest-heap search chooses from (default: 16 to 1024 in steps of about 1.5).")
  List<Integer> heaps = HeapSearch.CANDIDATES_MB;

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
    double warm = warmup != null ? warmup : smoke ? 2 : 10;
    int starts = startups != null ? startups : smoke ? 1 : 3;
    Path reuters = dataFolder().resolve("reuters21578").resolve("articles.jsonl.gz");
    if (!Files.isReadable(reuters)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "cannot read " + reuters + " (set --data or NEWS_SEARCH_SHARED_DATA)");
    }
    if (!Files.isExecutable(launcher)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "no news-search launcher at " + launcher + " (set --launcher)");
    }
    List<BenchQuery> queries = QuerySet.interleaved(QuerySet.load());
    progress = new ProgressLine(System.err, System.console() != null);
    boolean temporary = work == null;
    Path root = temporary ? Files.createTempDirectory("news-search-bench") : Files.createDirectories(work);
    List<SizeFigures> figures = new ArrayList<>();
    try {
      for (int n : sizes(size)) {
        figures.add(measure(reuters, n, root.resolve("n" + n), queries, measured, warm, starts));
        ObjectNode json = ReportWriter.json(machine(), figures, measured, warm);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
      }
    } finally {
      if (temporary) {
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

      List<QueryLoad.Result> plainResults = new ArrayList<>();
      progress.phase(at + ": plain Lucene queries, warm-up");
      QueryLoad.run(searchQueries, plain::search, 2, warm, done -> {});
      for (int c : concurrency) {
        progress.phase(at + ": plain Lucene queries at concurrency " + c);
        plainResults.add(QueryLoad.run(searchQueries, plain::search, c, measured, done -> progress.detail(done + " queries")));
      }

      progress.phase(at + ": server startup");
      double[] startupTimes = new double[starts];
      double[] startupCpu = new double[starts];
      ServerProcess server = null;
      try {
        for (int s = 0; s < starts; s++) {
          if (server != null) {
            server.close();
          }
          server = ServerProcess.start(launcher, ourIndex, "", queries.get(0));
          startupTimes[s] = server.startupMillis();
          startupCpu[s] = server.startupCpuMillis();
        }
        boolean suggest = server.has(QueryType.SUGGEST.endpoint() + "?q=a&prefix=a");
        progress.phase(at + ": API queries, warm-up");
        ServerProcess api = server;
        QueryLoad.run(searchQueries, api::query, 2, warm, done -> {});
        if (suggest) {
          // Suggestions run other code than searches: without their own warm-up, their figures are the JIT's.
          QueryLoad.run(suggestions, api::query, 2, Math.max(1, warm / 3), done -> {});
        }
        List<SizeFigures.QueryComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < concurrency.length; i++) {
          int c = concurrency[i];
          progress.phase(at + ": API queries at concurrency " + c);
          QueryLoad.Result ourResult = QueryLoad.run(searchQueries, api::query, c, measured, done -> progress.detail(done + " queries"));
          QueryLoad.Result suggestResult = null;
          if (suggest) {
            progress.phase(at + ": API suggestions at concurrency " + c);
            suggestResult = QueryLoad.run(suggestions, api::query, c, Math.max(1, measured / 3), done -> {});
          }
          comparisons.add(new SizeFigures.QueryComparison(c, ourResult, plainResults.get(i), ourResult.qps() / plainResults.get(i).qps(),
              suggestResult));
        }
        long peakRss = server.peakRssBytes();
        server.close();
        server = null;
        Integer minHeap = HeapSearch.smallest(launcher, ourIndex, searchQueries, heaps, text -> progress.phase(at + ": " + text));
        return new SizeFigures(n, corpus.bytes(), ours, lucene, comparisons, suggest, median(startupTimes), median(startupCpu), peakRss, minHeap);
      } finally {
        if (server != null) {
          server.close();
        }
      }
    } finally {
      Folders.deleteTree(folder);
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
