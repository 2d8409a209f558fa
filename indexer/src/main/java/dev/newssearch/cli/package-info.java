/**
 * The indexing commands of the {@code news-search} command line ({@code reindex}, {@code update},
 * {@code extract}, {@code stats}), built with picocli. Each command is a {@code Callable<Integer>}
 * whose result is the process exit code, and prints through picocli's writers so tests can capture
 * its output.
 */
package dev.newssearch.cli;
