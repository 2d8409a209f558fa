package dev.newssearch.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * The time one query may spend collecting hits. Lucene checks the budget while it scores and stops
 * when it is spent; the query then answers with the hits found so far, flagged as timed out, so a
 * costly query never holds a server thread for long.
 *
 * @param millis the budget in milliseconds; {@code 0} stops at the first check
 */
public record QueryBudget(long millis) {

  /** The budget of a server started without {@code --query-timeout-ms}. */
  public static final QueryBudget DEFAULT = new QueryBudget(2_000);

  public QueryBudget {
    if (millis < 0) {
      throw new IllegalArgumentException("a query budget cannot be negative: " + millis);
    }
  }

  /**
   * A searcher for one query over the same view as {@code snapshot}, whose clock starts now. Each
   * query gets its own searcher because Lucene keeps both the timeout and the "timed out" flag on
   * the searcher, which concurrent queries share.
   */
  IndexSnapshot start(IndexSnapshot snapshot) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    QueryTimeout timeout = () -> System.nanoTime() - deadline >= 0;
    return snapshot.withTimeout(timeout);
  }
}
