package dev.newssearch.server;

import dev.newssearch.search.IndexUnavailableException;
import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.SearchService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the REST API under {@code /api}, health, the OpenAPI document and the search page.
 * It binds to loopback unless told otherwise and answers every error with the JSON error shape.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /** Content-Security-Policy of every response: our own scripts and styles only, nothing inline. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Requests that take at least this long are logged at INFO; the others at DEBUG. */
  static final long SLOW_REQUEST_MILLIS = 500;

  /** How long a connection may stall while the server stops before it is closed. */
  static final long SHUTDOWN_IDLE_MILLIS = 5_000;

  private final Javalin app;

  /**
   * Configures (but does not start) the server with the default {@link ServerOptions}.
   *
   * @param service the search service the handlers call
   */
  public ApiServer(SearchService service) {
    this(service, AdminHandlers.disabled(), ServerOptions.DEFAULT);
  }

  /**
   * Configures (but does not start) the server, with the admin endpoints and the default
   * {@link ServerOptions}.
   *
   * @param service the search service the handlers call
   * @param admin the handlers of {@code /api/admin/*}
   */
  public ApiServer(SearchService service, AdminHandlers admin) {
    this(service, admin, ServerOptions.DEFAULT);
  }

  /**
   * Configures (but does not start) the server, without the admin endpoints.
   *
   * @param service the search service the handlers call
   * @param options size limits, CORS and shutdown
   */
  public ApiServer(SearchService service, ServerOptions options) {
    this(service, AdminHandlers.disabled(), options);
  }

  /**
   * Configures (but does not start) the server.
   *
   * @param service the search service the handlers call
   * @param admin the handlers of {@code /api/admin/*}
   * @param options size limits, CORS and shutdown
   */
  public ApiServer(SearchService service, AdminHandlers admin, ServerOptions options) {
    tellJettyTheReferenceSize();
    JavalinJackson json = new JavalinJackson();
    ApiHandlers handlers = new ApiHandlers(service, json.getMapper());
    RequestMetrics metrics = new RequestMetrics();
    FirstRequestAlone firstRequest = new FirstRequestAlone();
    this.app = Javalin.create(config -> {
      config.jsonMapper(json);
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxRequestBytes();
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(options.maxHeaderBytes()));
      config.jetty.modifyServer(server -> {
        server.setErrorHandler(new JsonErrorHandler());
        // On stop: stop accepting, then wait up to the timeout for requests in flight (GracefulHandler).
        server.setStopTimeout(options.stopTimeoutMillis());
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(firstRequest); // Javalin attaches its own handler inside the innermost wrapper
        server.setHandler(graceful);
      });
      if (options.corsOrigin() != null) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(options.corsOrigin())));
      }
      // Javalin's own handler reads the page's files as class-path resources; Jetty's (the default)
      // mounts the whole jar as a zip file system first, indexing every entry of the runnable jar:
      // a sixth of the main thread's work before the port opens.
      config.resourceHandler(new JavalinStaticResourceHandler());
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.requestLogger.http((ctx, ms) -> {
        // Every request at DEBUG; at INFO only the slow and the failed ones: a line per request was a
        // visible share of the server's time at hundreds of requests per second.
        int status = ctx.status().getCode();
        if (ms >= SLOW_REQUEST_MILLIS || status >= 500) {
          LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), status, Math.round(ms));
        } else if (LOG.isDebugEnabled()) {
          LOG.debug("{} {} {} {}ms", ctx.method(), ctx.path(), status, Math.round(ms));
        }
        metrics.record(endpointOf(ctx), status, (long) (ms * 1_000_000));
      });
      config.routes.before(ctx -> firstRequest.open());
      config.routes.before(ApiServer::securityHeaders);
      config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "alive")));
      config.routes.get("/health/ready", handlers::health);
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(metrics.render(service.status(), service.usage())));
      config.routes.get("/api/search", handlers::search);
      config.routes.get("/api/quotes", handlers::quotes);
      config.routes.get("/api/speakers", handlers::speakers);
      config.routes.get("/api/suggest", handlers::suggest);
      // Before the article route, whose <id> may contain slashes and would otherwise take ".../related".
      config.routes.get("/api/articles/<id>/related", handlers::related);
      config.routes.get("/api/articles/<id>", handlers::article);
      config.routes.get("/health", handlers::health);
      config.routes.get("/openapi.json", ApiServer::openApi);
      config.routes.post("/api/admin/reindex", admin::reindex);
      config.routes.post("/api/admin/update", admin::update);
      config.routes.get("/api/admin/status", admin::status);
      config.routes.exception(InvalidRequestException.class, (e, ctx) ->
          ctx.status(400).json(new ApiError(new ApiError.Body(400, e.code(), e.getMessage(), e.position()))));
      config.routes.exception(IndexUnavailableException.class, (e, ctx) ->
          ctx.status(503).json(ApiError.of(503, "index_unavailable", e.getMessage())));
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(ApiError.of(e.getStatus(), "http_" + e.getStatus(), e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        ctx.status(500).json(ApiError.of(500, "internal_error", "the server failed to answer; this is a bug"));
      });
      config.routes.error(404, ctx -> {
        // Handlers that answer 404 themselves (an unknown article id) have already written JSON.
        if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
          ctx.json(ApiError.of(404, "not_found", "no such page or endpoint: " + ctx.path()));
        }
      });
      config.routes.error(405, ctx -> ctx.json(ApiError.of(405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path())));
    });
  }

  /**
   * Jetty pads its queues to the cache line and, unless told how many object references fill one,
   * starts the JMX platform server to ask the VM whether references are compressed: a third of a
   * second of a server's start. They are below a 32 GB heap, four bytes each in a 64-byte line. A
   * value set on the command line wins.
   */
  private static void tellJettyTheReferenceSize() {
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
    }
  }

  private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  /** The API's contract, kept beside the code as a resource. */
  private static void openApi(Context ctx) {
    ctx.contentType("application/json").result(ApiServer.class.getResourceAsStream("/api/openapi.json"));
  }

  /** The route a request matched, as a metrics label; {@code other} for unknown paths and static files. */
  private static String endpointOf(Context ctx) {
    try {
      String path = ctx.endpoint().path;
      return path.startsWith("/api/") || path.startsWith("/health") || path.equals("/metrics") || path.equals("/openapi.json") ? path : "other";
    } catch (RuntimeException noEndpoint) {
      return "other";
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** Starts listening. */
  public ApiServer start(String host, int port) {
    app.start(host, port);
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof AbstractConnector stoppable) {
        // While stopping, Jetty closes connections that make no progress for this long (1 s by
        // default), which would cut off a response still being read by a slow client.
        stoppable.setShutdownIdleTimeout(SHUTDOWN_IDLE_MILLIS);
      }
    }
    return this;
  }

  /** The port listened on (useful after starting on port 0). */
  public int port() {
    return app.port();
  }

  /** Stops accepting requests, lets requests in flight finish, and stops. */
  @Override
  public void close() {
    app.stop();
  }
}
