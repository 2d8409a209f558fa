package dev.newssearch.search;

/** There is no index to search yet (nothing published), or it could not be opened. */
public final class IndexUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
