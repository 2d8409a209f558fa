package dev.newssearch.enrich;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A publication date normalised to a UTC day.
 *
 * @param day the UTC calendar day
 * @param timestamp the exact instant when the source gave a time of day, else {@code null}
 */
public record ParsedDate(LocalDate day, Instant timestamp) {}
