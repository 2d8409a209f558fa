package dev.newssearch.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.newssearch.search.IndexStatus;
import dev.newssearch.search.SearchService;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The REST handlers: read parameters, call the service, answer JSON. No search logic lives here. */
final class ApiHandlers {
  private static final int DEFAULT_SPEAKERS = 20;
  private static final int MAX_SPEAKERS = 1000;
  private static final int DEFAULT_RELATED = 5;
  private static final int MAX_RELATED = 50;
  private static final int DEFAULT_SUGGESTIONS = 8;
  private static final int MAX_SUGGESTIONS = 20;

  private final SearchService service;
  private final ObjectWriter json;

  /**
   * @param service the search service the handlers call
   * @param mapper the server's JSON mapper (the one {@code ctx.json} uses), so that every answer is
   *     written alike
   */
  ApiHandlers(SearchService service, ObjectMapper mapper) {
    this.service = service;
    // The response stream is Javalin's to finish: writing a body must not close it.
    this.json = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  void search(Context ctx) {
    writeJson(ctx, service.search(params(ctx).searchRequest()));
  }

  void quotes(Context ctx) {
    writeJson(ctx, service.quotes(params(ctx).quoteRequest()));
  }

  void speakers(Context ctx) {
    RequestParams params = params(ctx);
    writeJson(ctx, Map.of("speakers", service.speakers(params.prefix(), params.limit(DEFAULT_SPEAKERS, MAX_SPEAKERS))));
  }

  void suggest(Context ctx) {
    RequestParams params = params(ctx);
    writeJson(ctx, Map.of("suggestions", service.suggest(params.prefix(), params.limit(DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS))));
  }

  /**
   * Writes a JSON body straight to the response as it is serialised. {@code ctx.json} builds the
   * whole body as a string, encodes it to a byte array and copies that through a fresh 16 KB buffer:
   * three copies of every answer (a search page of the benchmark is 9 KB on average), more garbage than a
   * whole suggestion made.
   */
  private void writeJson(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON);
    try {
      json.writeValue(ctx.outputStream(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    service.article(id).ifPresentOrElse(article -> writeJson(ctx, article), () -> ctx.status(HttpStatus.NOT_FOUND)
        .json(ApiError.of(404, "not_found", "no article with id '" + shorten(id) + "'")));
  }

  void related(Context ctx) {
    String id = ctx.pathParam("id");
    int limit = params(ctx).limit(DEFAULT_RELATED, MAX_RELATED);
    service.related(id, limit).ifPresentOrElse(related -> writeJson(ctx, Map.of("related", related)), () -> ctx.status(HttpStatus.NOT_FOUND)
        .json(ApiError.of(404, "not_found", "no article with id '" + shorten(id) + "'")));
  }

  void health(Context ctx) {
    IndexStatus status = service.status();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.ready() ? "ok" : "starting");
    body.put("ready", status.ready());
    body.put("generation", status.generation());
    body.put("articles", status.articles());
    body.put("quotes", status.quotes());
    ctx.status(status.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    writeJson(ctx, body);
  }

  private static RequestParams params(Context ctx) {
    return new RequestParams(ctx.queryParamMap());
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
