package dev.newssearch.server;

import dev.newssearch.search.IndexStatus;
import dev.newssearch.search.SearchService;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  ApiHandlers(SearchService service) {
    this.service = service;
  }

  void search(Context ctx) {
    ctx.json(service.search(params(ctx).searchRequest()));
  }

  void quotes(Context ctx) {
    ctx.json(service.quotes(params(ctx).quoteRequest()));
  }

  void speakers(Context ctx) {
    RequestParams params = params(ctx);
    ctx.json(Map.of("speakers", service.speakers(params.prefix(), params.limit(DEFAULT_SPEAKERS, MAX_SPEAKERS))));
  }

  void suggest(Context ctx) {
    RequestParams params = params(ctx);
    writeJson(ctx, Map.of("suggestions", service.suggest(params.prefix(), params.limit(DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS))));
  }

  /**
   * Writes a JSON body straight to the response, for the answers asked for at every keystroke:
   * {@code ctx.json} hands Javalin a stream it copies through a fresh 16 KB buffer, more garbage
   * than a whole suggestion made.
   */
  private static void writeJson(Context ctx, Object body) {
    byte[] json = ctx.jsonMapper().toJsonString(body, body.getClass()).getBytes(StandardCharsets.UTF_8);
    ctx.contentType(ContentType.APPLICATION_JSON);
    try {
      ctx.outputStream().write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    service.article(id).ifPresentOrElse(ctx::json, () -> ctx.status(HttpStatus.NOT_FOUND)
        .json(ApiError.of(404, "not_found", "no article with id '" + shorten(id) + "'")));
  }

  void related(Context ctx) {
    String id = ctx.pathParam("id");
    int limit = params(ctx).limit(DEFAULT_RELATED, MAX_RELATED);
    service.related(id, limit).ifPresentOrElse(related -> ctx.json(Map.of("related", related)), () -> ctx.status(HttpStatus.NOT_FOUND)
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
    ctx.status(status.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }

  private static RequestParams params(Context ctx) {
    return new RequestParams(ctx.queryParamMap());
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
