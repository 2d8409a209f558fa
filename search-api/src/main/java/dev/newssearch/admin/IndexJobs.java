package dev.newssearch.admin;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.IndexReport;
import dev.newssearch.index.Indexer;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs full reindexes and incremental updates in the background, one at a time, with the same
 * indexer the command line uses ({@link IndexRuns}: the embedded one or a cluster's), and keeps the
 * running job's progress and the last job's result for a status query.
 *
 * <p>The folder read is fixed when the server starts, never taken from a request, so a client can
 * make the server read only what its operator chose. On the embedded index, a job that fails leaves
 * the index as it was (the indexer rolls back), and the writer lock of the index folder keeps a job
 * and a command-line run from writing at once: the later one fails with "index is being written by …".
 */
public final class IndexJobs {
  private static final Logger LOG = LoggerFactory.getLogger(IndexJobs.class);

  private final IndexRuns runs;
  private final Path input;
  private final Executor executor;
  private final IndexChanged afterJob;
  private final AtomicReference<IndexJob> running = new AtomicReference<>();
  private volatile JobResult last;

  /**
   * Jobs on the embedded index.
   *
   * @param indexer how articles are read and written
   * @param generations the index folder the server searches
   * @param input the folder of article files every job reads
   * @param executor runs the jobs; one job at a time is ever handed to it
   * @param afterJob called when a job has changed the index, before its result is shown, so that
   *     searches see the new content as soon as the status says the job is done
   */
  public IndexJobs(Indexer indexer, IndexGenerations generations, Path input, Executor executor, IndexChanged afterJob) {
    this(IndexRuns.local(indexer, generations), input, executor, afterJob);
  }

  /**
   * Jobs on whichever index {@code runs} writes.
   *
   * @param runs the reindex and the update a job starts
   * @param input the folder of article files every job reads
   * @param executor runs the jobs; one job at a time is ever handed to it
   * @param afterJob called when a job has changed the index, before its result is shown, so that
   *     searches see the new content as soon as the status says the job is done
   */
  public IndexJobs(IndexRuns runs, Path input, Executor executor, IndexChanged afterJob) {
    this.runs = runs;
    this.input = input.toAbsolutePath().normalize();
    this.executor = executor;
    this.afterJob = afterJob;
  }

  /**
   * Starts a job in the background.
   *
   * @return its progress at the start
   * @throws JobRunningException when a job is already running
   */
  public JobProgress start(JobKind kind) {
    IndexJob job = new IndexJob(kind);
    IndexJob current = running.compareAndExchange(null, job);
    if (current != null) {
      throw new JobRunningException("a " + current.kind().label() + " started at " + current.startedAt()
          + " is still running; see /api/admin/status");
    }
    try {
      executor.execute(() -> run(job));
    } catch (RejectedExecutionException e) {
      running.set(null);
      throw e;
    }
    return job.view();
  }

  /** The running job, if any, and the last finished one. */
  public AdminStatus status() {
    IndexJob job = running.get();
    return new AdminStatus(job == null ? null : job.view(), last);
  }

  private void run(IndexJob job) {
    try {
      last = runToEnd(job);
    } finally {
      // Cleared after the result is published, so a status query never sees neither; cleared even
      // after an Error, so that one failure cannot refuse every later job with a 409.
      running.set(null);
    }
  }

  private JobResult runToEnd(IndexJob job) {
    try {
      IndexReport report = job.kind() == JobKind.REINDEX ? runs.reindex(input, job) : runs.update(input, job);
      refreshSearchers();
      LOG.info("{} done: {} articles, {} skipped, generation {}", job.kind().label(), report.articles(), report.skipped(), report.generation());
      return new JobResult(job.kind().label(), job.startedAt().toString(), Instant.now().toString(),
          report.skipped() > 0 ? "done_with_skips" : "done", report.exitCode(), null, report);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} failed: {}", job.kind().label(), describe(e));
      return new JobResult(job.kind().label(), job.startedAt().toString(), Instant.now().toString(), "failed",
          e instanceof IndexGenerations.IndexBusyException ? IndexReport.EXIT_BUSY : IndexReport.EXIT_FAILED, describe(e), null);
    }
  }

  private void refreshSearchers() {
    try {
      afterJob.indexChanged();
    } catch (IOException | RuntimeException e) {
      // The searchers also look for changes on their own schedule; they will catch up.
      LOG.warn("could not refresh the searchers after a job: {}", e.toString());
    }
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile() + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Told when a job has written the index. */
  @FunctionalInterface
  public interface IndexChanged {
    /** The index changed; look at it again. */
    void indexChanged() throws IOException;
  }
}
