package dev.newssearch.admin;

import java.util.Locale;

/** What an indexing job does. */
public enum JobKind {
  /** A full rebuild into a new generation, made live atomically. */
  REINDEX,
  /** An incremental update of the live generation. */
  UPDATE;

  /** The name used in JSON and messages: {@code reindex} or {@code update}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
