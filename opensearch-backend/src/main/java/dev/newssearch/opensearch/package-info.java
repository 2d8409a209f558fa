/**
 * The OpenSearch backend: the index on an OpenSearch cluster (mapping, bulk indexing with an atomic
 * alias swap, incremental updates of the live index) and the search service over it, answering the same records as the embedded backend.
 */
package dev.newssearch.opensearch;
