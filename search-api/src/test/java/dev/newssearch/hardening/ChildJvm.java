package dev.newssearch.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code news-search} command in a JVM of its own, for what a test cannot do to its own JVM:
 * kill it with SIGKILL, stop it with SIGTERM, cap its heap. Its output (stdout and stderr merged) is
 * collected as it comes.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new ArrayList<>();

  private ChildJvm(Process process) {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          synchronized (lines) {
            lines.add(line);
            lines.notifyAll();
          }
        }
      } catch (IOException closed) {
        // the process died; what it printed so far is kept
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code news-search ARGS} with the test's class path.
   *
   * @param heap the {@code -Xmx} value, such as {@code 512m}
   * @param workDir the working folder
   */
  static ChildJvm start(String heap, Path workDir, String... args) throws IOException {
    return start(heap, List.of(), workDir, args);
  }

  /**
   * Starts {@code news-search ARGS} with the test's class path and extra JVM options.
   *
   * @param heap the {@code -Xmx} value, such as {@code 512m}
   * @param jvmOptions options before the main class, such as system properties
   * @param workDir the working folder
   */
  static ChildJvm start(String heap, List<String> jvmOptions, Path workDir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.newssearch.app.NewsSearch"));
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start());
  }

  /** Waits for a line matching {@code pattern} and returns its match. */
  Matcher awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int next = 0;
    synchronized (lines) {
      while (true) {
        for (; next < lines.size(); next++) {
          Matcher matcher = pattern.matcher(lines.get(next));
          if (matcher.find()) {
            return matcher;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && next == lines.size())) {
          throw new AssertionError("no line matching " + pattern + " in:\n" + output());
        }
        lines.wait(Math.max(1, Math.min(200, left / 1_000_000)));
      }
    }
  }

  /** The port a {@code serve} child listens on, once it says so. */
  int awaitServing() throws InterruptedException {
    return Integer.parseInt(awaitLine(Pattern.compile("search at http://127\\.0\\.0\\.1:(\\d+)/"), Duration.ofSeconds(60)).group(1));
  }

  /** Everything the child printed so far. */
  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: the process dies at once, as in a power cut of the process. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the process runs its shutdown hooks. */
  void terminate() {
    process.destroy();
  }

  /** Waits for the process to exit and returns its exit code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the child did not exit within " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  /** Kills the child if it still runs, so that no test leaves a process behind. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
