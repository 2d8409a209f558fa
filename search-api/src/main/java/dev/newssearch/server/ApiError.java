package dev.newssearch.server;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error response: {@code {"error":{"status":400,"code":"bad_query",
 * "message":"…","position":12}}}.
 *
 * @param error the error
 */
public record ApiError(Body error) {

  /**
   * @param status the HTTP status
   * @param code a stable machine-readable code
   * @param message what went wrong, for people
   * @param position where in the query the problem is, when it is in the query
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Body(int status, String code, String message, Integer position) {}

  /** An error without a position. */
  public static ApiError of(int status, String code, String message) {
    return new ApiError(new Body(status, code, message, null));
  }
}
