package dev.newssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time and peak memory of processes, read from Linux's {@code /proc}: the servers and the
 * OpenSearch node run as processes of their own, so what they cost is not in this JVM's figures.
 * Every figure is 0 where {@code /proc} is not available.
 */
final class ProcessStats {
  /** Linux's USER_HZ, the unit of the CPU times in /proc/PID/stat, on every common architecture. */
  private static final int CLOCK_TICKS_PER_SECOND = 100;

  private ProcessStats() {}

  /** CPU time (user + system) process {@code pid} has used so far, in ms. */
  static double cpuMillis(long pid) throws IOException {
    return statTicks(Path.of("/proc", Long.toString(pid), "stat"), 11) * 1000.0 / CLOCK_TICKS_PER_SECOND;
  }

  /**
   * CPU time (user + system) of this JVM's child processes that have ended and been waited for, in
   * ms: how a command run to its end (a reindex) is measured, since its own {@code /proc} entry is
   * gone by then.
   */
  static double endedChildrenCpuMillis() throws IOException {
    return statTicks(Path.of("/proc", "self", "stat"), 13) * 1000.0 / CLOCK_TICKS_PER_SECOND;
  }

  /**
   * CPU time (user + system) the JIT compiler threads of JVM {@code pid} have used so far, in ms:
   * the HotSpot threads named {@code C1 CompilerThread…} and {@code C2 CompilerThread…} (the kernel
   * keeps the first 15 characters of a thread's name).
   */
  static double compilerCpuMillis(long pid) throws IOException {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return 0;
    }
    long ticks = 0;
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : threads.toList()) {
        try {
          if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
            ticks += statTicks(thread.resolve("stat"), 11);
          }
        } catch (NoSuchFileException e) {
          // The thread ended while the list was read: compiler threads come and go with the load.
        } catch (IOException e) {
          if (Files.exists(thread)) {
            throw e;
          }
          // The thread ended while its files were read: the kernel answers ESRCH ("No such process").
        }
      }
    }
    return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
  }

  /** Peak resident memory (VmHWM) of process {@code pid}, in bytes. */
  static long peakRssBytes(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.isReadable(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    return 0;
  }

  /** The sum of two consecutive tick counts of a stat file, from {@code first} counted after the command name. */
  private static long statTicks(Path stat, int first) throws IOException {
    if (!Files.isReadable(stat)) {
      return 0;
    }
    String line = Files.readString(stat);
    // Fields after the command name (which may hold spaces), 1-based from field 3: utime is 14, stime 15,
    // cutime 16, cstime 17.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1]);
  }
}
