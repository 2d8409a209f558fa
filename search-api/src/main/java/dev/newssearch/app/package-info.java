/**
 * The {@code news-search} command line: {@link dev.newssearch.app.NewsSearch} gathers the indexing
 * commands of the indexer module with {@code serve} and {@code search}, which need the search
 * service and the server.
 */
package dev.newssearch.app;
