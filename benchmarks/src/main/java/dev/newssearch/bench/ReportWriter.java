package dev.newssearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark's figures as a table and turns them into the JSON document. */
final class ReportWriter {

  /**
   * The machine the figures were measured on.
   *
   * @param cores available processors
   * @param memoryBytes physical memory
   * @param jvm JVM name and version
   * @param os operating system and architecture
   * @param indexingThreads threads both indexers used
   */
  record Machine(int cores, long memoryBytes, String jvm, String os, int indexingThreads) {}

  /**
   * A target of the performance issue, checked at the largest size.
   *
   * @param figure what is measured
   * @param target the goal, in words
   * @param measured the figure, formatted
   * @param met whether the goal is reached
   */
  record Target(String figure, String target, String measured, boolean met) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportWriter() {}

  static ObjectNode json(Machine machine, List<SizeFigures> sizes, double seconds, double warmupLimit) {
    ObjectNode root = JSON.createObjectNode();
    root.set("machine", JSON.valueToTree(machine));
    ObjectNode settings = root.putObject("settings");
    settings.put("secondsPerRun", seconds);
    settings.put("warmupLimitSeconds", warmupLimit);
    settings.put("querySet", QuerySet.RESOURCE);
    settings.put("queries", QuerySet.load().size());
    ArrayNode array = root.putArray("sizes");
    for (SizeFigures size : sizes) {
      ObjectNode node = JSON.valueToTree(size);
      node.put("indexingRatio", size.indexingRatio());
      array.add(node);
    }
    root.set("targets", JSON.valueToTree(targets(sizes.get(sizes.size() - 1))));
    return root;
  }

  static void table(PrintWriter out, Machine machine, List<SizeFigures> sizes) {
    out.printf(Locale.ROOT, "news-search beside plain Lucene: %d cores, %.0f GiB, %s, %s%n", machine.cores(),
        machine.memoryBytes() / (double) (1L << 30), machine.jvm(), machine.os());
    for (SizeFigures size : sizes) {
      SizeFigures.OpenSearch remote = size.opensearch();
      out.println();
      out.printf(Locale.ROOT, "== %,d articles (%.1f MB of JSON Lines), %d indexing threads%n", size.articles(), size.corpusBytes() / 1e6,
          machine.indexingThreads());
      if (remote == null) {
        out.printf(Locale.ROOT, "%-22s %12s %12s %8s%n", "indexing", "ours", "Lucene", "ratio");
      } else {
        out.printf(Locale.ROOT, "%-22s %12s %12s %12s %8s %8s %8s%n", "indexing", "ours", "OpenSearch", "Lucene", "ratio", "OS ratio", "OS/ours");
      }
      SizeFigures.Indexing os = remote == null ? null : remote.indexing();
      row(out, "articles/s", size.ours().articlesPerSecond(), os == null ? null : os.articlesPerSecond(), size.lucene().articlesPerSecond());
      row(out, "MB/s", size.ours().mbPerSecond(), os == null ? null : os.mbPerSecond(), size.lucene().mbPerSecond());
      row(out, "wall s", size.ours().seconds(), os == null ? null : os.seconds(), size.lucene().seconds());
      row(out, "CPU s", size.ours().cpuSeconds(), os == null ? null : os.cpuSeconds(), size.lucene().cpuSeconds());
      row(out, "index MB", size.ours().indexBytes() / 1e6, os == null ? null : os.indexBytes() / 1e6, size.lucene().indexBytes() / 1e6);
      if (remote != null) {
        out.printf(Locale.ROOT, "  (OpenSearch: the reindex command's wall time; CPU of the command and the node, %.1f s of it the node's;"
            + " the primary shard's size)%n", remote.nodeIndexingCpuSeconds());
      }
      for (int i = 0; i < size.queries().size(); i++) {
        SizeFigures.QueryComparison c = size.queries().get(i);
        SizeFigures.QueryComparison r = remote == null ? null : remote.queries().get(i);
        out.println();
        out.printf(Locale.ROOT, "queries at concurrency %d: ours %.0f/s (HTTP, full response), Lucene %.0f/s (in-process, top 10), ratio %.2f%s%n",
            c.concurrency(), c.ours().qps(), c.lucene().qps(), c.qpsRatio(),
            c.ours().errors() + c.lucene().errors() > 0 ? "; errors: ours " + c.ours().errors() + ", Lucene " + c.lucene().errors() : "");
        if (r != null) {
          out.printf(Locale.ROOT, "  on OpenSearch: %.0f/s, ratio to Lucene %.2f, to ours %.2f%s%n", r.ours().qps(), r.qpsRatio(),
              r.ours().qps() / c.ours().qps(), r.ours().errors() > 0 ? "; errors " + r.ours().errors() : "");
        }
        out.printf(Locale.ROOT, "  CPU per query: ours %.2f ms (server), Lucene %.2f ms (in-process)%s%n", c.cpuMsPerQuery(), c.luceneCpuMsPerQuery(),
            r == null ? "" : format(", OpenSearch %.2f ms (server %.2f + node %.2f)", r.cpuMsPerQuery() + r.nodeCpuMsPerQuery(), r.cpuMsPerQuery(),
                r.nodeCpuMsPerQuery()));
        if (r == null) {
          out.printf(Locale.ROOT, "  %-14s %10s %10s %10s %10s %10s%n", "type", "p50 ours", "p50 Luc.", "p99 ours", "p99 Luc.", "p50 ratio");
        } else {
          out.printf(Locale.ROOT, "  %-14s %10s %10s %10s %10s %10s %10s %10s %10s%n", "type", "p50 ours", "p50 OS", "p50 Luc.", "p99 ours", "p99 OS",
              "p99 Luc.", "p50 ratio", "OS/ours");
        }
        typeRow(out, "all", c.ours().p50Ms(), r == null ? null : r.ours().p50Ms(), c.lucene().p50Ms(), c.ours().p99Ms(),
            r == null ? null : r.ours().p99Ms(), c.lucene().p99Ms());
        for (Map.Entry<String, QueryLoad.TypeFigures> e : c.ours().byType().entrySet()) {
          QueryLoad.TypeFigures plain = c.lucene().byType().get(e.getKey());
          QueryLoad.TypeFigures onRemote = r == null ? null : r.ours().byType().get(e.getKey());
          typeRow(out, e.getKey(), e.getValue().p50Ms(), r == null ? null : onRemote == null ? Double.NaN : onRemote.p50Ms(),
              plain == null ? Double.NaN : plain.p50Ms(), e.getValue().p99Ms(), r == null ? null : onRemote == null ? Double.NaN : onRemote.p99Ms(),
              plain == null ? Double.NaN : plain.p99Ms());
        }
        if (c.suggest() != null) {
          QueryLoad.Result remoteSuggest = r == null ? null : r.suggest();
          typeRow(out, "suggest", c.suggest().p50Ms(), r == null ? null : remoteSuggest == null ? Double.NaN : remoteSuggest.p50Ms(), Double.NaN,
              c.suggest().p99Ms(), r == null ? null : remoteSuggest == null ? Double.NaN : remoteSuggest.p99Ms(), Double.NaN);
        } else {
          out.printf(Locale.ROOT, "  %-14s %10s%n", "suggest", "n/a (no /api/suggest)");
        }
      }
      out.println();
      out.printf(Locale.ROOT, "startup to first answer: %.0f ms (%.0f ms of CPU); peak RSS %.0f MB; smallest -Xmx that served: %s%n",
          size.startupMillis(), size.startupCpuMillis(),
          size.peakRssBytes() / 1e6, size.minHeapMb() == null ? "more than tried" : size.minHeapMb() + " MB");
      if (remote != null) {
        out.printf(Locale.ROOT, "on OpenSearch (node already up): startup to first answer %.0f ms (%.0f ms of CPU); server peak RSS %.0f MB;"
            + " node peak RSS %.0f MB (-Xmx%dm)%n", remote.startupMillis(), remote.startupCpuMillis(), remote.peakRssBytes() / 1e6,
            remote.nodePeakRssBytes() / 1e6, remote.nodeHeapMb());
      }
    }
    if (sizes.size() > 1) {
      boolean anyRemote = sizes.stream().anyMatch(size -> size.opensearch() != null);
      out.println();
      out.println("== growth");
      out.printf(Locale.ROOT, "%10s %10s %10s %8s %10s %10s %8s %9s %9s %9s%s%n", "articles", "idx ours/s", "idx Luc./s", "idx MB",
          "QPS ours", "QPS Luc.", "p99 ms", "start ms", "RSS MB", "heap MB", anyRemote ? format(" %10s %8s %8s", "idx OS/s", "QPS OS", "p99 OS") : "");
      for (SizeFigures size : sizes) {
        SizeFigures.QueryComparison c2 = atConcurrency(size.queries(), 2);
        SizeFigures.OpenSearch remote = size.opensearch();
        String remoteColumns = remote == null ? "" : format(" %10.0f %8.0f %8.1f", remote.indexing().articlesPerSecond(),
            atConcurrency(remote.queries(), 2).ours().qps(), atConcurrency(remote.queries(), 2).ours().p99Ms());
        out.printf(Locale.ROOT, "%,10d %10.0f %10.0f %8.0f %10.0f %10.0f %8.1f %9.0f %9.0f %9s%s%n", size.articles(), size.ours().articlesPerSecond(),
            size.lucene().articlesPerSecond(), size.ours().indexBytes() / 1e6, c2.ours().qps(), c2.lucene().qps(), c2.ours().p99Ms(),
            size.startupMillis(), size.peakRssBytes() / 1e6, size.minHeapMb() == null ? "failed" : size.minHeapMb().toString(), remoteColumns);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "== targets at %,d articles%n", sizes.get(sizes.size() - 1).articles());
    for (Target target : targets(sizes.get(sizes.size() - 1))) {
      out.printf(Locale.ROOT, "  %-40s %-12s %-22s %s%n", target.figure(), target.target(), target.measured(), target.met() ? "met" : "NOT met");
    }
  }

  /** The targets; query figures at concurrency 2 (or the nearest measured). */
  static List<Target> targets(SizeFigures size) {
    SizeFigures.QueryComparison c2 = atConcurrency(size.queries(), 2);
    QueryLoad.Result suggest = c2.suggest();
    return List.of(
        new Target("reindex articles/s vs plain Lucene", ">= 0.70", format("%.2f", size.indexingRatio()), size.indexingRatio() >= 0.70),
        new Target("API QPS vs plain Lucene, concurrency " + c2.concurrency(), ">= 0.50", format("%.2f", c2.qpsRatio()), c2.qpsRatio() >= 0.50),
        new Target("API p99, concurrency " + c2.concurrency(), "<= 15 ms", format("%.1f ms", c2.ours().p99Ms()), c2.ours().p99Ms() <= 15),
        new Target("suggest p99", "<= 5 ms", suggest == null ? "n/a" : format("%.1f ms", suggest.p99Ms()), suggest != null && suggest.p99Ms() <= 5),
        new Target("startup to first answer", "<= 1500 ms", format("%.0f ms", size.startupMillis()), size.startupMillis() <= 1500),
        new Target("heap for serving", "<= 256 MB", size.minHeapMb() == null ? "more than tried" : size.minHeapMb() + " MB",
            size.minHeapMb() != null && size.minHeapMb() <= 256));
  }

  private static SizeFigures.QueryComparison atConcurrency(List<SizeFigures.QueryComparison> queries, int wanted) {
    return queries.stream()
        .min((a, b) -> Integer.compare(Math.abs(a.concurrency() - wanted), Math.abs(b.concurrency() - wanted)))
        .orElseThrow();
  }

  /** An indexing row; without OpenSearch ({@code remote} null) the columns of the embedded backend and plain Lucene only. */
  private static void row(PrintWriter out, String label, double ours, Double remote, double lucene) {
    if (remote == null) {
      out.printf(Locale.ROOT, "  %-20s %12.1f %12.1f %8.2f%n", label, ours, lucene, ours / lucene);
    } else {
      out.printf(Locale.ROOT, "  %-20s %12.1f %12.1f %12.1f %8.2f %8.2f %8.2f%n", label, ours, remote, lucene, ours / lucene, remote / lucene,
          remote / ours);
    }
  }

  /** A latency row; {@code remoteP50} and {@code remoteP99} null without OpenSearch, NaN where a figure is missing. */
  private static void typeRow(PrintWriter out, String label, double p50, Double remoteP50, double plainP50, double p99, Double remoteP99,
      double plainP99) {
    String ratio = Double.isNaN(plainP50) ? "" : format("%.1f", p50 / plainP50);
    if (remoteP50 == null) {
      out.printf(Locale.ROOT, "  %-14s %10.2f %10s %10.2f %10s %10s%n", label, p50, orNa(plainP50), p99, orNa(plainP99), ratio);
    } else {
      out.printf(Locale.ROOT, "  %-14s %10.2f %10s %10s %10.2f %10s %10s %10s %10s%n", label, p50, orNa(remoteP50), orNa(plainP50), p99,
          orNa(remoteP99), orNa(plainP99), ratio, Double.isNaN(remoteP50) ? "" : format("%.1f", remoteP50 / p50));
    }
  }

  private static String orNa(double value) {
    return Double.isNaN(value) ? "n/a" : format("%.2f", value);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
