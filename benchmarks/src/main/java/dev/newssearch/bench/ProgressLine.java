package dev.newssearch.bench;

import java.io.PrintStream;

/**
 * The benchmark's progress display: one line rewritten in place on a terminal, or a log line at
 * most every few seconds (and at each new phase) when the output is a file or a pipe.
 */
final class ProgressLine {
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private String phase = "";
  private long lastLogged;
  private int lastWidth;

  ProgressLine(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Starts a phase of the run. */
  synchronized void phase(String name) {
    phase = name;
    show(name, true);
  }

  /** Updates the current phase's detail. */
  synchronized void detail(String detail) {
    show(phase + ": " + detail, false);
  }

  /** Clears the line before the results are printed. */
  synchronized void done() {
    if (terminal && lastWidth > 0) {
      out.print("\r" + " ".repeat(lastWidth) + "\r");
      out.flush();
    }
  }

  private void show(String text, boolean newPhase) {
    String line = String.format(java.util.Locale.ROOT, "[%5.0f s] %s", (System.nanoTime() - started) / 1e9, text);
    if (terminal) {
      out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
      out.flush();
    } else if (newPhase || System.nanoTime() - lastLogged > LOG_EVERY_NANOS) {
      out.println(line);
      lastLogged = System.nanoTime();
    }
  }
}
