package dev.newssearch.cli;

import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows indexing progress: a redrawn bar with files, rate and time left on a terminal, and a plain
 * log line every few seconds when the output is a file or a pipe.
 */
final class ConsoleProgress implements Progress {
  private static final int BAR_WIDTH = 30;
  private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
  private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final boolean terminal;
  private final AtomicInteger filesDone = new AtomicInteger();
  private final AtomicInteger articlesDone = new AtomicInteger();
  private volatile int total;
  private volatile long startNanos;
  private volatile long lastShownNanos;
  private volatile String mode = "";

  ConsoleProgress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(String runMode, int files) {
    this.mode = runMode;
    this.total = files;
    this.startNanos = System.nanoTime();
    this.lastShownNanos = startNanos;
    if (!terminal) {
      out.printf(Locale.ROOT, "%s: %d files to read%n", runMode, files);
      out.flush();
    }
  }

  @Override
  public void fileDone() {
    filesDone.incrementAndGet();
    maybeShow();
  }

  @Override
  public void articleDone() {
    articlesDone.incrementAndGet();
    maybeShow();
  }

  private void maybeShow() {
    long now = System.nanoTime();
    long interval = terminal ? REDRAW_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
    if (now - lastShownNanos < interval) {
      return;
    }
    synchronized (this) {
      if (now - lastShownNanos >= interval) {
        lastShownNanos = now;
        show(now);
      }
    }
  }

  @Override
  public void committing() {
    if (terminal) {
      out.print("\r\033[K");
    }
    out.println(mode + ": committing");
    out.flush();
  }

  @Override
  public void finished(IndexReport report) {
    out.flush();
  }

  private void show(long now) {
    int files = filesDone.get();
    int articles = articlesDone.get();
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = articles / seconds;
    String eta = files > 0 && total > 1 ? "ETA " + Math.round((total - files) * seconds / files) + "s" : "";
    if (terminal) {
      int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * files / total);
      out.printf(Locale.ROOT, "\r\033[K%s [%s%s] %d/%d files  %,d articles  %,.0f articles/s  %s",
          mode, "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), files, total, articles, rate, eta);
    } else {
      out.printf(Locale.ROOT, "%s: %d/%d files, %,d articles, %,.0f articles/s %s%n", mode, files, total, articles, rate, eta);
    }
    out.flush();
  }
}
