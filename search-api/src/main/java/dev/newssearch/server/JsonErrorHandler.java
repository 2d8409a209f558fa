package dev.newssearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a request reaches our routes — a URI or headers over the
 * size limit, a malformed request line — with the same JSON error shape as the API, instead of
 * Jetty's HTML error page. Nothing of the request is echoed back.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(status)), callback);
  }

  /** The JSON error body for a status Jetty chose. */
  static byte[] body(int status) {
    ApiError error = switch (status) {
      case 413 -> ApiError.of(413, "request_too_large", "the request body is larger than the server accepts");
      case 414 -> ApiError.of(414, "uri_too_long", "the URI is longer than the server accepts; shorten the query");
      case 431 -> ApiError.of(431, "headers_too_large", "the request headers are larger than the server accepts");
      case 400 -> ApiError.of(400, "bad_request", "the request is not valid HTTP");
      default -> ApiError.of(status, "http_" + status, String.valueOf(HttpStatus.getMessage(status)));
    };
    try {
      return JSON.writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ApiError always serialises", e);
    }
  }
}
