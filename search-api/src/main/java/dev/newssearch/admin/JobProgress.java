package dev.newssearch.admin;

/**
 * A running job's progress.
 *
 * @param kind {@code reindex} or {@code update}
 * @param startedAt when it started (ISO-8601, UTC)
 * @param elapsedMillis how long it has been running
 * @param phase {@code listing} the input folder, {@code reading} files, or {@code committing}
 * @param files files to read; {@code null} while they are being listed
 * @param filesDone files read so far
 * @param articles articles indexed so far
 */
public record JobProgress(String kind, String startedAt, long elapsedMillis, String phase, Integer files, int filesDone, int articles) {}
