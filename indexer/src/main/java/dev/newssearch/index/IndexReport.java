package dev.newssearch.index;

import dev.newssearch.read.ReadProblem;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param mode {@code reindex} or {@code update}
 * @param generation the generation written (the live one for an update)
 * @param files files looked at
 * @param articles articles read from them
 * @param added articles new to the index
 * @param replaced articles whose content changed
 * @param unchanged articles left as they were (update only)
 * @param deleted articles removed because their file is gone (update only)
 * @param problems every skipped file or article and every warning, with its reason
 * @param elapsedMillis wall time of the run
 * @param dryRun whether nothing was written
 */
public record IndexReport(
    String mode,
    String generation,
    int files,
    int articles,
    int added,
    int replaced,
    int unchanged,
    int deleted,
    List<ReadProblem> problems,
    long elapsedMillis,
    boolean dryRun) {

  /** Exit code: everything was read and indexed. */
  public static final int EXIT_OK = 0;
  /** Exit code: the run finished, but some files or articles were skipped. */
  public static final int EXIT_SKIPPED = 3;
  /** Exit code: the run failed and the index was left as it was. */
  public static final int EXIT_FAILED = 4;
  /** Exit code: another process is writing the index; nothing was done. */
  public static final int EXIT_BUSY = 5;

  /** How many files or articles were left out. */
  public long skipped() {
    return problems.stream().filter(p -> p.severity() == ReadProblem.Severity.SKIPPED).count();
  }

  /** How many articles were indexed with a caveat. */
  public long warnings() {
    return problems.stream().filter(p -> p.severity() == ReadProblem.Severity.WARNING).count();
  }

  /** The process exit code this run calls for. */
  public int exitCode() {
    return skipped() > 0 ? EXIT_SKIPPED : EXIT_OK;
  }

  /** Articles per second over the whole run. */
  public double articlesPerSecond() {
    return elapsedMillis == 0 ? articles : articles * 1000.0 / elapsedMillis;
  }
}
