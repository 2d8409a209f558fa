/**
 * A real OpenSearch node from Maven Central jars, run in its own process (by {@link
 * dev.newssearch.opensearchnode.launcher.OpenSearchNodeProcess}) for the OpenSearch backend's tests and the benchmark.
 */
package dev.newssearch.opensearchnode;
