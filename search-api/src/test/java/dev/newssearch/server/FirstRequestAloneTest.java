package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first request reaches the handler inside alone; the others wait until Javalin has built its
 * context ({@link FirstRequestAlone#open()}) or the first request is done, and never longer than
 * the cap. The handler inside stands for Javalin: it holds the first request until the test lets
 * it go, and counts how many requests are inside it at once.
 */
class FirstRequestAloneTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger mostInside = new AtomicInteger();
  private final AtomicInteger handled = new AtomicInteger();
  private final CountDownLatch firstEntered = new CountDownLatch(1);
  private final CountDownLatch releaseFirst = new CountDownLatch(1);

  private final FirstRequestAlone gate = new FirstRequestAlone();

  {
    gate.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        try {
          if (handled.getAndIncrement() == 0) {
            firstEntered.countDown();
            releaseFirst.await(10, TimeUnit.SECONDS);
          }
          return true;
        } finally {
          inside.decrementAndGet();
        }
      }
    });
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Future<Boolean> request() {
    return threads.submit(() -> gate.handle(null, null, Callback.NOOP));
  }

  @Test
  void othersWaitUntilTheFirstIsDone() throws Exception {
    Future<Boolean> first = request();
    assertTrue(firstEntered.await(5, TimeUnit.SECONDS));
    Future<Boolean> second = request();
    Future<Boolean> third = request();
    Thread.sleep(300);
    assertEquals(1, handled.get(), "the others wait while the first is being set up");
    releaseFirst.countDown();
    assertTrue(first.get(5, TimeUnit.SECONDS) && second.get(5, TimeUnit.SECONDS) && third.get(5, TimeUnit.SECONDS));
    assertEquals(3, handled.get());
  }

  @Test
  void othersGoOnOnceJavalinHasBuiltItsContext() throws Exception {
    Future<Boolean> first = request();
    assertTrue(firstEntered.await(5, TimeUnit.SECONDS));
    Future<Boolean> second = request();
    Thread.sleep(300);
    assertEquals(1, handled.get());
    gate.open(); // what the before-handler does once the first request is in Javalin's pipeline
    assertTrue(second.get(5, TimeUnit.SECONDS));
    assertEquals(2, mostInside.get(), "after that, requests run together");
    releaseFirst.countDown();
    assertTrue(first.get(5, TimeUnit.SECONDS));
  }

  @Test
  void noRequestWaitsLongerThanTheCap() throws Exception {
    Future<Boolean> first = request();
    assertTrue(firstEntered.await(5, TimeUnit.SECONDS));
    long started = System.nanoTime();
    assertTrue(request().get(FirstRequestAlone.MAX_WAIT_MILLIS + 5_000, TimeUnit.MILLISECONDS));
    long waited = (System.nanoTime() - started) / 1_000_000;
    assertTrue(waited >= FirstRequestAlone.MAX_WAIT_MILLIS - 100, "waited " + waited + " ms");
    releaseFirst.countDown();
    assertTrue(first.get(5, TimeUnit.SECONDS));
  }
}
