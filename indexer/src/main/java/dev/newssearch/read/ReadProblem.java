package dev.newssearch.read;

/**
 * Something a reader could not use, reported instead of stopping the run.
 *
 * @param path the file, relative to the input folder
 * @param line the 1-based line the problem is on, or {@code null} when it concerns the whole file
 * @param reason one line saying why
 * @param severity whether the article or file was left out, or indexed with a caveat
 */
public record ReadProblem(String path, Integer line, String reason, Severity severity) {

  /** How bad a problem is. */
  public enum Severity {
    /** The file, or the article at {@code line}, was not indexed. */
    SKIPPED,
    /** The article was indexed, but something in it was dropped (an impossible date, say). */
    WARNING
  }

  /** A file or article that was left out. */
  public static ReadProblem skipped(String path, Integer line, String reason) {
    return new ReadProblem(path, line, reason, Severity.SKIPPED);
  }

  /** An article that was indexed with a caveat. */
  public static ReadProblem warning(String path, Integer line, String reason) {
    return new ReadProblem(path, line, reason, Severity.WARNING);
  }

  /** The problem as one line: {@code path:line: reason}. */
  @Override
  public String toString() {
    return path + (line == null ? "" : ":" + line) + ": " + reason;
  }
}
