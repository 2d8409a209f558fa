package dev.newssearch.index;

/** Receives the progress of an indexing run; called from indexing threads, so must be thread-safe. */
public interface Progress {

  /** Nothing to show. */
  Progress NONE = new Progress() {};

  /** The run has listed its input. */
  default void started(String mode, int files) {}

  /** One more file was read. */
  default void fileDone() {}

  /** One more article was enriched and written. */
  default void articleDone() {}

  /** The run is writing its last commit. */
  default void committing() {}

  /** The run is over. */
  default void finished(IndexReport report) {}
}
