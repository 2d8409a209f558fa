package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up runs whole passes until this JVM's JIT compiler has settled, and never much past its time limit. */
class WarmUpTest {
  private static final List<BenchQuery> QUERIES = QuerySet.load().subList(0, 6);
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final long SELF = ProcessHandle.current().pid();

  /** Real work per query, so that the process's CPU moves: the query's text hashed many times over. */
  private static boolean work(BenchQuery query) {
    long hash = 0;
    for (int i = 0; i < 200_000; i++) {
      hash = hash * 31 + query.text().hashCode() + i;
    }
    return hash != 42;
  }

  @Test
  void theCompilerThreadsOfThisJvmHaveUsedCpu() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    // The test runner itself was compiled on its way here.
    assertTrue(ProcessStats.compilerCpuMillis(SELF) > 0);
    assertTrue(ProcessStats.compilerCpuMillis(SELF) <= ProcessStats.cpuMillis(SELF));
  }

  @Test
  void aWarmUpOfASmallLoopSettlesAndRunsWholePasses() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    AtomicInteger answered = new AtomicInteger();
    WarmUp.Result result = WarmUp.run(QUERIES, q -> answered.incrementAndGet() > 0 && work(q), () -> OS.getProcessCpuTime() / 1e6,
        () -> ProcessStats.compilerCpuMillis(SELF), 120);
    assertTrue(result.settled(), result.describe());
    assertTrue(result.compilerShare() < WarmUp.SETTLED_COMPILER_SHARE, result.describe());
    assertEquals(result.passes() * QUERIES.size(), answered.get(), "whole passes only");
  }

  @Test
  void withoutACompilerClockItRunsToTheTimeLimitAndSaysSo() throws Exception {
    long started = System.nanoTime();
    WarmUp.Result result = WarmUp.run(QUERIES, WarmUpTest::work, () -> OS.getProcessCpuTime() / 1e6, () -> 0, 1.5);
    double seconds = (System.nanoTime() - started) / 1e9;
    assertFalse(result.settled());
    assertTrue(result.seconds() >= 1.5 && seconds < 1.5 + 10, "ran " + seconds + " s");
    assertTrue(result.describe().contains("time limit"), result.describe());
  }
}
