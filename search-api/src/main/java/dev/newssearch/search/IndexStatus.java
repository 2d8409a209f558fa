package dev.newssearch.search;

/**
 * The state of the index a service searches.
 *
 * @param ready whether an index is open and searchable
 * @param generation the live generation's name, or {@code null}
 * @param articles articles in it (not Lucene documents)
 * @param quotes quotes in it
 */
public record IndexStatus(boolean ready, String generation, long articles, long quotes) {}
