package dev.newssearch.server;

/**
 * How the HTTP server protects itself and whom it lets in, beyond its routes.
 *
 * @param corsOrigin the one origin allowed to call the API from a browser page of another site
 *     ({@code https://newsroom.example}), or {@code null} for none: CORS is off
 * @param maxRequestBytes largest request body accepted; a larger one is a 413
 * @param maxHeaderBytes largest request line plus headers accepted; a longer URI is a 414, larger
 *     headers a 431
 * @param stopTimeoutMillis how long a stopping server waits for requests in flight to finish
 */
public record ServerOptions(String corsOrigin, long maxRequestBytes, int maxHeaderBytes, long stopTimeoutMillis) {

  /** Defaults: no CORS, 1 MB bodies, 16 KiB of headers, 10 s to finish requests in flight. */
  public static final ServerOptions DEFAULT = new ServerOptions(null, 1_000_000, 16 * 1024, 10_000);

  public ServerOptions {
    if (corsOrigin != null && (corsOrigin.isBlank() || corsOrigin.equals("*"))) {
      throw new IllegalArgumentException("a CORS origin must be one site such as https://newsroom.example, not '" + corsOrigin + "'");
    }
  }

  /** These options with CORS allowed for {@code origin} ({@code null}: off). */
  public ServerOptions withCorsOrigin(String origin) {
    return new ServerOptions(origin, maxRequestBytes, maxHeaderBytes, stopTimeoutMillis);
  }
}
