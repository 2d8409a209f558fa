package dev.newssearch.server;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets a fresh server's first request reach Javalin alone. Javalin 7 builds its per-servlet request
 * configuration on the first request through lazy values that are not thread-safe: when several
 * requests arrive at once on a new server, one may read the half-built value and fail with a
 * NullPointerException, a 500 (seen in the load test, eight clients starting together). Requests
 * that arrive while the first is being set up wait until Javalin has built its context for it
 * ({@link #open()}, called from a before-handler), until the first request is done, or for at most
 * {@link #MAX_WAIT_MILLIS}; after that nothing waits.
 */
final class FirstRequestAlone extends Handler.Wrapper {
  /** The longest a request waits for the first one: a slow first download must not hold the rest. */
  static final long MAX_WAIT_MILLIS = 2_000;

  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile boolean open;

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!open) {
      if (claimed.compareAndSet(false, true)) {
        try {
          return super.handle(request, response, callback);
        } finally {
          open();
        }
      }
      ready.await(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }
    return super.handle(request, response, callback);
  }

  /** Lets every request through: Javalin has built what the first request needed. */
  void open() {
    if (!open) {
      open = true;
      ready.countDown();
    }
  }
}
