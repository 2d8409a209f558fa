/** A real OpenSearch node from Maven Central jars, run in its own process by the OpenSearch backend's tests. */
package dev.newssearch.opensearchnode;
