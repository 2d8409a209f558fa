/**
 * The HTTP layer: {@link dev.newssearch.server.ApiServer} configures Javalin (routes, static files of
 * the search page, security headers, JSON errors); {@link dev.newssearch.server.ApiHandlers} are thin
 * handlers that read parameters with {@link dev.newssearch.server.RequestParams} and call the
 * {@link dev.newssearch.search.SearchService}; {@link dev.newssearch.server.AdminHandlers} guard the
 * indexing jobs of {@code /api/admin} with the admin token. Every error is a JSON body
 * {@code {"error":{"status","code","message"}}}, never a stack trace or an HTML page — including the
 * errors Jetty raises itself ({@link dev.newssearch.server.JsonErrorHandler}). Size limits, CORS and
 * shutdown are {@link dev.newssearch.server.ServerOptions}; {@code /metrics} is written by
 * {@link dev.newssearch.server.RequestMetrics}.
 */
package dev.newssearch.server;
