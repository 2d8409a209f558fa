/**
 * Harnesses that measure news-search: quality against annotated data, and speed beside plain Lucene
 * ({@link dev.newssearch.bench.PerformanceBenchmark}, run by {@code benchmarks/run}), and what the
 * duplicate grouping finds in a corpus ({@link dev.newssearch.bench.NearDuplicateSurvey}).
 */
package dev.newssearch.bench;
