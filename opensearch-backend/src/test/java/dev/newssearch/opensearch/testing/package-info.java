/** Test support: real OpenSearch nodes in their own processes, and servers over either backend. */
package dev.newssearch.opensearch.testing;
