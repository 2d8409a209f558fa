/**
 * Tests that attack the running product: hostile parameters thrown at every endpoint (jqwik), a
 * bounded load test with a reindex and an update running underneath, the server and an update
 * killed midway, graceful shutdown, and a pathological corpus indexed within a memory limit.
 */
package dev.newssearch.hardening;
