/**
 * Harnesses that measure news-search: quality against annotated data, speed beside plain Lucene on
 * the embedded index and on an OpenSearch node ({@link dev.newssearch.bench.PerformanceBenchmark},
 * run by {@code benchmarks/run}), and what the duplicate grouping finds in a corpus
 * ({@link dev.newssearch.bench.NearDuplicateSurvey}).
 */
package dev.newssearch.bench;
