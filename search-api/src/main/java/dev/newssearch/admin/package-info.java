/**
 * Indexing runs started over HTTP, independent of the web framework: {@link
 * dev.newssearch.admin.IndexJobs} runs a full reindex or an incremental update of the folder the
 * server was started with, one at a time, in the background, with the same indexer as the command
 * line ({@link dev.newssearch.admin.IndexRuns}: the embedded index or a cluster's), and remembers the
 * running job's progress and the last run's report; {@link dev.newssearch.admin.AdminToken} checks the bearer token that guards
 * these runs.
 */
package dev.newssearch.admin;
