package dev.newssearch.search;

import java.util.List;

/**
 * One page of article hits.
 *
 * @param total how many articles match
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param tookMs time spent in the search service
 * @param hits the hits of this page
 * @param facets counts over all matching articles
 */
public record SearchPage(long total, int page, int size, long tookMs, List<ArticleHit> hits, Facets facets) {}
