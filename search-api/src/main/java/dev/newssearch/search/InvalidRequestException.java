package dev.newssearch.search;

/**
 * A request the service cannot answer because of what the caller sent: a malformed advanced query,
 * an impossible date range, a parameter out of bounds. The HTTP layer turns it into a 400.
 */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final Integer position;

  /**
   * @param code a stable machine-readable code, such as {@code bad_query}
   * @param message what is wrong, for people
   * @param position the 0-based character of the query where the problem is, or {@code null}
   */
  public InvalidRequestException(String code, String message, Integer position) {
    super(message);
    this.code = code;
    this.position = position;
  }

  /** The machine-readable code. */
  public String code() {
    return code;
  }

  /** Where in the query the problem is, or {@code null}. */
  public Integer position() {
    return position;
  }
}
