/**
 * Enrichment: turns a read article into an indexable one. Dates are normalised to a UTC day
 * ({@link dev.newssearch.enrich.DateParser}), scraper boilerplate is removed from the body
 * ({@link dev.newssearch.enrich.BoilerplateFilter}), and quotes with their speakers are extracted
 * ({@link dev.newssearch.enrich.QuoteExtractor}); {@link dev.newssearch.enrich.Enricher} runs them in
 * that order.
 */
package dev.newssearch.enrich;
