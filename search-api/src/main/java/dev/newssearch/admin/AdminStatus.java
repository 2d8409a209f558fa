package dev.newssearch.admin;

/**
 * What the indexing jobs are doing.
 *
 * @param running the job in progress, or {@code null} when none is
 * @param last how the last finished job ended, or {@code null} when none has run since the server
 *     started
 */
public record AdminStatus(JobProgress running, JobResult last) {}
