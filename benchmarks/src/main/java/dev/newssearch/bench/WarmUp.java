package dev.newssearch.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Warms a target up until its JIT compiler has settled: rounds of whole passes of the query set on
 * two threads, until the compiler threads used less than {@value #SETTLED_COMPILER_SHARE} of the
 * process's CPU over a round, or a time limit is spent.
 *
 * <p>A fixed warm-up of a few seconds is not enough for a server: at 100,000 articles on a loaded
 * 2-core machine, the JIT was still compiling (Jetty, Javalin, Jackson, Lucene and our code) two
 * minutes into a load at concurrency 2, a third of the server's CPU per query after a 10 s warm-up,
 * and the measured runs then timed the compiler as much as the search. The same rule warms plain
 * Lucene and our server, so neither is measured cold.
 */
final class WarmUp {
  /** The share of the process's CPU its compiler threads may use in a round for the JIT to count as settled. */
  static final double SETTLED_COMPILER_SHARE = 0.05;
  /** A round runs whole passes until it has lasted this long: one pass of a fast target is too short to judge. */
  static final double ROUND_SECONDS = 5;
  private static final int THREADS = 2;

  /**
   * What a warm-up did.
   *
   * @param seconds how long it ran
   * @param passes whole passes of the query set it ran
   * @param compilerShare the compiler threads' share of the process's CPU in the last round
   * @param settled whether that share was below {@link #SETTLED_COMPILER_SHARE} before the time limit
   */
  record Result(double seconds, int passes, double compilerShare, boolean settled) {
    /** One line for the progress display and the log. */
    String describe() {
      return String.format(Locale.ROOT, "%d %s in %.0f s, JIT %.1f%% of the CPU in the last round%s", passes, passes == 1 ? "pass" : "passes",
          seconds, 100 * compilerShare, settled ? "" : " (time limit reached before it settled)");
    }
  }

  /** CPU time some process has used so far, in ms. */
  @FunctionalInterface
  interface CpuClock {
    double millis() throws IOException;
  }

  private WarmUp() {}

  /**
   * Runs the warm-up.
   *
   * @param queries the query set, every one run in each pass
   * @param target what answers them
   * @param process CPU of the process that answers (its compiler's included)
   * @param compiler CPU of that process's JIT compiler threads; where it reads 0 (no {@code /proc}),
   *     the warm-up runs for the whole time limit
   * @param limitSeconds the longest the warm-up may run; a pass once started is finished
   */
  static Result run(List<BenchQuery> queries, QueryLoad.Target target, CpuClock process, CpuClock compiler, double limitSeconds)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    int passes = 0;
    double share = 1;
    while (true) {
      double processBefore = process.millis();
      double compilerBefore = compiler.millis();
      long roundStarted = System.nanoTime();
      do {
        QueryLoad.once(queries, target, THREADS);
        passes++;
      } while (seconds(roundStarted) < ROUND_SECONDS && seconds(started) < limitSeconds);
      double used = process.millis() - processBefore;
      double compilerAfter = compiler.millis();
      share = used > 0 ? (compilerAfter - compilerBefore) / used : 1;
      boolean settled = used > 0 && compilerAfter > 0 && share < SETTLED_COMPILER_SHARE;
      if (settled || seconds(started) >= limitSeconds) {
        return new Result(seconds(started), passes, share, settled);
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
