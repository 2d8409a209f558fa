package dev.newssearch.server;

import dev.newssearch.admin.AdminToken;
import dev.newssearch.admin.IndexJobs;
import dev.newssearch.admin.JobKind;
import dev.newssearch.admin.JobRunningException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The admin endpoints: start a reindex or an update, and show their status. Every request must
 * carry the admin token; without a configured token the endpoints answer 404, as if absent.
 */
public final class AdminHandlers {
  private final Optional<IndexJobs> jobs;
  private final Optional<AdminToken> token;

  private AdminHandlers(Optional<IndexJobs> jobs, Optional<AdminToken> token) {
    this.jobs = jobs;
    this.token = token;
  }

  /**
   * Admin endpoints guarded by {@code token}; disabled when it is empty.
   *
   * @param jobs runs the jobs
   * @param token the admin token, from the environment
   */
  public static AdminHandlers of(IndexJobs jobs, Optional<AdminToken> token) {
    return new AdminHandlers(Optional.of(jobs), token);
  }

  /** Admin endpoints that answer 404 to everyone. */
  public static AdminHandlers disabled() {
    return new AdminHandlers(Optional.empty(), Optional.empty());
  }

  void reindex(Context ctx) {
    start(ctx, JobKind.REINDEX);
  }

  void update(Context ctx) {
    start(ctx, JobKind.UPDATE);
  }

  void status(Context ctx) {
    authorized(ctx).ifPresent(admin -> ctx.json(admin.status()));
  }

  private void start(Context ctx, JobKind kind) {
    authorized(ctx).ifPresent(admin -> {
      try {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("started", admin.start(kind));
        body.put("status", "/api/admin/status");
        ctx.status(HttpStatus.ACCEPTED).json(body);
      } catch (JobRunningException e) {
        ctx.status(HttpStatus.CONFLICT).json(ApiError.of(409, "job_running", e.getMessage()));
      }
    });
  }

  /** The jobs, when the request may use them; otherwise the error has been answered. */
  private Optional<IndexJobs> authorized(Context ctx) {
    if (jobs.isEmpty() || token.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).json(ApiError.of(404, "admin_disabled",
          "admin endpoints are disabled: start the server with the environment variable " + AdminToken.ENVIRONMENT_VARIABLE + " set"));
      return Optional.empty();
    }
    if (!token.get().accepts(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      ctx.status(HttpStatus.UNAUTHORIZED).json(ApiError.of(401, "unauthorized", "a valid admin token is required (Authorization: Bearer TOKEN)"));
      return Optional.empty();
    }
    return jobs;
  }
}
