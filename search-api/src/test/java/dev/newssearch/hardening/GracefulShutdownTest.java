package dev.newssearch.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.index.IndexGenerations;
import dev.newssearch.index.Progress;
import dev.newssearch.testing.SeedServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM stops the server gracefully: it stops accepting connections at once, finishes the request
 * in flight, closes the index and exits. The request in flight is the download of a large article by
 * a client that reads slowly, so the server is still writing it when the signal arrives.
 */
class GracefulShutdownTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Large enough to outgrow the socket buffers, so the server blocks until the client reads. */
  private static final int BODY_CHARS = 3_000_000;

  @Test
  void sigtermFinishesTheRequestInFlightThenStops(@TempDir Path temp) throws Exception {
    String word = "abcdefghij".repeat(50);
    StringBuilder body = new StringBuilder(BODY_CHARS + 1000);
    while (body.length() < BODY_CHARS) {
      body.append(word).append(body.length() % 40_000 < 510 ? "\n\n" : " ");
    }
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("long.txt"), "title A long article\n\n" + body);
    IndexGenerations index = new IndexGenerations(temp.resolve("index"));
    SeedServer.indexer().reindex(input, index, Progress.NONE);

    try (ChildJvm server = ChildJvm.start("256m", temp, "serve", "--index", index.root().toString(), "--port", "0")) {
      int port = server.awaitServing();
      try (Socket slow = new Socket()) {
        slow.setReceiveBufferSize(4096); // before connecting, so the window stays small
        slow.connect(new InetSocketAddress("127.0.0.1", port));
        slow.getOutputStream().write(("GET /api/articles/long.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        slow.getOutputStream().flush();
        InputStream in = slow.getInputStream();
        byte[] first = in.readNBytes(12);
        assertEquals("HTTP/1.1 200", new String(first, StandardCharsets.ISO_8859_1));
        Thread.sleep(500); // the server fills the socket buffers and waits for the client

        long signalled = System.nanoTime();
        server.terminate();
        Thread.sleep(1_000);
        assertTrue(server.isAlive(), "the server waits for the request in flight:\n" + server.output());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "no new connections once stopping");

        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        in.transferTo(rest);
        String response = new String(first, StandardCharsets.ISO_8859_1) + rest.toString(StandardCharsets.UTF_8);
        JsonNode article = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertEquals("long.txt", article.get("id").asText());
        assertTrue(article.get("body").asText().length() >= BODY_CHARS - 1000, "the whole article arrived");

        int exit = server.waitFor(Duration.ofSeconds(30));
        assertEquals(143, exit, "exited on SIGTERM (128 + 15)");
        System.out.printf(Locale.ROOT, "graceful: SIGTERM with a %d-byte answer in flight; it completed and the server exited %.1f s after the signal%n",
            response.length(), (System.nanoTime() - signalled) / 1e9);
      }
    }
  }
}
