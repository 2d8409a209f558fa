package dev.newssearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs a query set against a target from a fixed number of threads for a fixed time, each thread
 * issuing its next query as soon as the previous one is answered (a closed loop), and records every
 * latency by query type.
 */
public final class QueryLoad {

  /** Something that answers queries: plain Lucene in-process, or our server over HTTP. */
  @FunctionalInterface
  public interface Target {
    /** Runs one query; {@code false} when it was not answered properly. */
    boolean run(BenchQuery query) throws Exception;
  }

  /**
   * Latency figures of one query type.
   *
   * @param count queries answered
   * @param qps queries of this type answered per second (its share of the total)
   * @param p50Ms median latency
   * @param p99Ms 99th percentile latency
   */
  public record TypeFigures(long count, double qps, double p50Ms, double p99Ms) {}

  /**
   * The outcome of one load run.
   *
   * @param concurrency threads issuing queries
   * @param seconds measured time
   * @param queries queries answered properly
   * @param errors queries not answered properly
   * @param qps answered queries per second
   * @param p50Ms median latency over all types
   * @param p99Ms 99th percentile latency over all types
   * @param byType the same per query type, by its label
   */
  public record Result(int concurrency, double seconds, long queries, long errors, double qps, double p50Ms, double p99Ms,
      Map<String, TypeFigures> byType) {}

  private QueryLoad() {}

  /** Runs every query once, on {@code concurrency} threads; returns how many were not answered properly. */
  public static long once(List<BenchQuery> queries, Target target, int concurrency) throws InterruptedException {
    AtomicLong errors = new AtomicLong();
    AtomicLong next = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      threads.add(Thread.ofPlatform().daemon().start(() -> {
        for (long i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
          if (!runQuietly(target, queries.get((int) i))) {
            errors.incrementAndGet();
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return errors.get();
  }

  /**
   * Runs the queries in a loop for {@code seconds} on {@code concurrency} threads, each thread
   * starting at a different place in the set.
   *
   * @param tick called about every 100 ms with the queries answered so far, for a progress display
   */
  public static Result run(List<BenchQuery> queries, Target target, int concurrency, double seconds, LongConsumer tick)
      throws InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong answered = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    Recorder[] recorders = new Recorder[concurrency];
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      Recorder recorder = recorders[t] = new Recorder();
      int offset = t * queries.size() / concurrency;
      threads.add(Thread.ofPlatform().daemon().start(() -> {
        for (int i = offset; System.nanoTime() < deadline; i++) {
          BenchQuery query = queries.get(i % queries.size());
          long before = System.nanoTime();
          boolean ok = runQuietly(target, query);
          long took = System.nanoTime() - before;
          if (ok) {
            recorder.add(query.type(), took);
            answered.incrementAndGet();
          } else {
            errors.incrementAndGet();
          }
        }
      }));
    }
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      tick.accept(answered.get());
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double measured = (System.nanoTime() - started) / 1e9;
    Map<String, TypeFigures> byType = new LinkedHashMap<>();
    List<long[]> all = new ArrayList<>();
    for (QueryType type : QueryType.values()) {
      List<long[]> parts = new ArrayList<>();
      for (Recorder recorder : recorders) {
        parts.add(recorder.of(type));
      }
      long[] latencies = concat(parts);
      if (latencies.length > 0) {
        byType.put(type.label(), new TypeFigures(latencies.length, latencies.length / measured, percentile(latencies, 50), percentile(latencies, 99)));
        all.add(latencies);
      }
    }
    long[] latencies = concat(all);
    return new Result(concurrency, measured, answered.get(), errors.get(), answered.get() / measured,
        percentile(latencies, 50), percentile(latencies, 99), byType);
  }

  private static boolean runQuietly(Target target, BenchQuery query) {
    try {
      return target.run(query);
    } catch (Exception e) {
      return false;
    }
  }

  private static long[] concat(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** The nearest-rank percentile in milliseconds; sorts {@code nanos}. */
  static double percentile(long[] nanos, int percent) {
    if (nanos.length == 0) {
      return 0;
    }
    Arrays.sort(nanos);
    int rank = (int) Math.ceil(percent / 100.0 * nanos.length);
    return nanos[Math.max(0, rank - 1)] / 1e6;
  }

  /** One thread's latencies, by type; never shared between threads while recording. */
  private static final class Recorder {
    private final Map<QueryType, long[]> values = new EnumMap<>(QueryType.class);
    private final Map<QueryType, Integer> sizes = new EnumMap<>(QueryType.class);

    void add(QueryType type, long nanos) {
      long[] array = values.computeIfAbsent(type, t -> new long[1024]);
      int size = sizes.getOrDefault(type, 0);
      if (size == array.length) {
        array = Arrays.copyOf(array, size * 2);
        values.put(type, array);
      }
      array[size] = nanos;
      sizes.put(type, size + 1);
    }

    long[] of(QueryType type) {
      long[] array = values.get(type);
      return array == null ? new long[0] : Arrays.copyOf(array, sizes.get(type));
    }
  }
}
