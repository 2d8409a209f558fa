/**
 * Harnesses that measure news-search: quality against annotated data, and speed beside plain Lucene
 * ({@link dev.newssearch.bench.PerformanceBenchmark}, run by {@code benchmarks/run}).
 */
package dev.newssearch.bench;
