package dev.newssearch.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newssearch.index.IndexReport;

/**
 * How a finished indexing job ended.
 *
 * @param kind {@code reindex} or {@code update}
 * @param startedAt when it started (ISO-8601, UTC)
 * @param finishedAt when it ended (ISO-8601, UTC)
 * @param outcome {@code done}, {@code done_with_skips} (some files or articles were skipped; see the
 *     report) or {@code failed} (the index was left as it was)
 * @param exitCode the exit code the same run of the command line would have had
 * @param error why it failed; absent unless it failed
 * @param report the run's report, as {@code --report} writes it; absent when it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobResult(String kind, String startedAt, String finishedAt, String outcome, int exitCode, String error, IndexReport report) {}
