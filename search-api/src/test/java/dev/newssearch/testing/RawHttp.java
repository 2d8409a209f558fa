package dev.newssearch.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client library would refuse or rewrite:
 * {@code ../} and encoded dots in paths, NUL bytes, oversized request lines and headers.
 *
 * @param status the status code of the answer
 * @param headers the header block, lower case
 * @param body the body
 */
public record RawHttp(int status, String headers, String body) {

  /** Sends {@code GET target} with extra header lines and reads the whole answer. */
  public static RawHttp get(int port, String target, String... headerLines) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      for (String line : headerLines) {
        request.append(line).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    // One char per byte, so that chunk sizes (in bytes) can be counted in chars.
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static RawHttp parse(String response) {
    int headerEnd = response.indexOf("\r\n\r\n");
    String head = headerEnd < 0 ? response : response.substring(0, headerEnd);
    String body = headerEnd < 0 ? "" : response.substring(headerEnd + 4);
    int status = Integer.parseInt(head.substring(9, 12));
    if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = dechunk(body);
    }
    String text = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return new RawHttp(status, head.toLowerCase(java.util.Locale.ROOT), text);
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", i);
      int size = Integer.parseInt(chunked.substring(i, lineEnd).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toString();
  }
}
