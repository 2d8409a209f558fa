package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reading a process's compiler threads from /proc survives threads that end while they are read. */
class ProcessStatsTest {
  @Test
  void threadsEndingWhileReadAreSkipped() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    long self = ProcessHandle.current().pid();
    AtomicBoolean stop = new AtomicBoolean();
    // Short-lived threads with a compiler thread's name, as HotSpot starts and stops C2 threads with
    // the load: a read that opens a thread's stat file just before it ends gets ESRCH from the kernel.
    Thread churn = new Thread(() -> {
      while (!stop.get()) {
        Thread thread = new Thread(() -> {}, "C2 CompilerThread9");
        thread.start();
        try {
          thread.join();
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    churn.start();
    try {
      long end = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < end) {
        assertTrue(ProcessStats.compilerCpuMillis(self) >= 0);
      }
    } finally {
      stop.set(true);
      churn.join();
    }
  }
}
