package dev.newssearch.search;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/** Feeds texts with their weights to a Lucene suggester, which returns the heaviest matches first. */
final class WeightedInput implements InputIterator {
  private final Iterator<Map.Entry<String, Long>> entries;
  private final BooleanSupplier stopped;
  private long weight;

  WeightedInput(Map<String, Long> weights) {
    this(weights, () -> false);
  }

  /** Entries that end early, as if there were no more, once {@code stopped} turns true. */
  WeightedInput(Map<String, Long> weights, BooleanSupplier stopped) {
    this.entries = weights.entrySet().iterator();
    this.stopped = stopped;
  }

  @Override
  public BytesRef next() {
    if (!entries.hasNext() || stopped.getAsBoolean()) {
      return null;
    }
    Map.Entry<String, Long> next = entries.next();
    weight = next.getValue();
    return new BytesRef(next.getKey());
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public BytesRef payload() {
    return null;
  }

  @Override
  public boolean hasPayloads() {
    return false;
  }

  @Override
  public Set<BytesRef> contexts() {
    return null;
  }

  @Override
  public boolean hasContexts() {
    return false;
  }
}
