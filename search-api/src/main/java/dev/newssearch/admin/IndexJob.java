package dev.newssearch.admin;

import dev.newssearch.index.Progress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One indexing run started over HTTP, while it runs: the {@link Progress} the indexer reports to,
 * readable at any time as a {@link JobProgress}.
 */
final class IndexJob implements Progress {
  private final JobKind kind;
  private final Instant startedAt = Instant.now();
  private final long startNanos = System.nanoTime();
  private final AtomicInteger filesDone = new AtomicInteger();
  private final AtomicInteger articlesDone = new AtomicInteger();
  private volatile int files = -1;
  private volatile String phase = "listing";

  IndexJob(JobKind kind) {
    this.kind = kind;
  }

  JobKind kind() {
    return kind;
  }

  Instant startedAt() {
    return startedAt;
  }

  @Override
  public void started(String mode, int fileCount) {
    files = fileCount;
    phase = "reading";
  }

  @Override
  public void fileDone() {
    filesDone.incrementAndGet();
  }

  @Override
  public void articleDone() {
    articlesDone.incrementAndGet();
  }

  @Override
  public void committing() {
    phase = "committing";
  }

  /** The job's progress now. */
  JobProgress view() {
    int total = files;
    return new JobProgress(kind.label(), startedAt.toString(), (System.nanoTime() - startNanos) / 1_000_000, phase,
        total < 0 ? null : total, filesDone.get(), articlesDone.get());
  }
}
