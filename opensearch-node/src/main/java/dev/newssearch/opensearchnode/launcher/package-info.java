/**
 * Starts {@link dev.newssearch.opensearchnode.OpenSearchNode} in a JVM of its own, for the backend's tests and the
 * benchmark. This package uses the JDK only ({@link java.lang.ProcessBuilder}, {@link java.net.http.HttpClient}):
 * a module depends on the {@code opensearch-node} artifact with every transitive dependency excluded and gets
 * these classes without OpenSearch's Lucene, which differs from ours.
 */
package dev.newssearch.opensearchnode.launcher;
