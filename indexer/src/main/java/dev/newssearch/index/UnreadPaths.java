package dev.newssearch.index;

import dev.newssearch.read.ReadProblem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files and folders an update skipped, wholly or in part, in this run. An article stored from
 * one of them and not seen this time may still be there: an update keeps it rather than delete what
 * it merely could not read. Every backend's update decides deletions by this one rule.
 */
public final class UnreadPaths {
  private final Set<String> paths;

  private UnreadPaths(Set<String> paths) {
    this.paths = paths;
  }

  /** The paths of the run's skipped files and articles. */
  public static UnreadPaths of(List<ReadProblem> problems) {
    Set<String> paths = new HashSet<>();
    for (ReadProblem problem : List.copyOf(problems)) {
      if (problem.severity() == ReadProblem.Severity.SKIPPED) {
        paths.add(problem.path());
      }
    }
    return new UnreadPaths(paths);
  }

  /** Whether the file at {@code path} (relative to the input folder), or a folder above it, had something skipped. */
  public boolean covers(String path) {
    for (String at = path; ; at = at.substring(0, at.lastIndexOf('/'))) {
      if (paths.contains(at)) {
        return true;
      }
      if (at.indexOf('/') < 0) {
        return false;
      }
    }
  }
}
