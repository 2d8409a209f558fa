package dev.newssearch.article;

import java.util.Locale;

/** How a statement is reported. */
public enum QuoteType {
  /** A whole clause inside quotation marks: "We maintain permanent contact," Putin said. */
  DIRECT,
  /** A quoted fragment inside reported speech: called him his "dear friend". */
  MIXED,
  /** Reported speech without quotation marks: Xi said China would coordinate positions. */
  INDIRECT;

  /** The lower-case name used in JSON and in the index. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
