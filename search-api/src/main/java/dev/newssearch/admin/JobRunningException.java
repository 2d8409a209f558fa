package dev.newssearch.admin;

/** A job was asked for while another one is still running; only one runs at a time. */
public final class JobRunningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JobRunningException(String message) {
    super(message);
  }
}
