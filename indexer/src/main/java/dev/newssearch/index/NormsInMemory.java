package dev.newssearch.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The norms of a segment being written, each field's read once into a bitmap of the documents that
 * have one and an array of their values, so that looking a document's norm up costs an array access
 * however many iterators ask. Norms that do not fit in a byte (no similarity of ours writes
 * such) are read from the segment as before.
 *
 * <p>Used by one thread, the one writing the segment's postings.
 */
final class NormsInMemory extends NormsProducer {

  private final NormsProducer norms;
  private final int maxDoc;
  private final Map<String, Loaded> loaded = new HashMap<>();

  /**
   * @param norms the segment's norms
   * @param maxDoc the segment's number of documents
   */
  NormsInMemory(NormsProducer norms, int maxDoc) {
    this.norms = norms;
    this.maxDoc = maxDoc;
  }

  @Override
  public NumericDocValues getNorms(FieldInfo field) throws IOException {
    if (!loaded.containsKey(field.name)) {
      loaded.put(field.name, load(norms.getNorms(field)));
    }
    Loaded values = loaded.get(field.name);
    return values == null ? norms.getNorms(field) : new LoadedIterator(values);
  }

  /** The field's norms in memory, or null when one does not fit in a byte. */
  private Loaded load(NumericDocValues values) throws IOException {
    FixedBitSet docs = new FixedBitSet(maxDoc);
    byte[] bytes = new byte[maxDoc];
    int count = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      long value = values.longValue();
      if (value != (byte) value) {
        return null;
      }
      docs.set(doc);
      bytes[doc] = (byte) value;
      count++;
    }
    return new Loaded(docs, bytes, count);
  }

  @Override
  public void checkIntegrity() throws IOException {
    norms.checkIntegrity();
  }

  @Override
  public void close() {
    // The segment's norms are closed by whoever opened them.
  }

  private record Loaded(FixedBitSet docs, byte[] values, int count) {}

  /** Walks one field's loaded norms. */
  private static final class LoadedIterator extends NumericDocValues {
    private final Loaded norms;
    private int doc = -1;

    LoadedIterator(Loaded norms) {
      this.norms = norms;
    }

    @Override
    public long longValue() {
      return norms.values()[doc];
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      return norms.docs().get(target);
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      doc = target >= norms.docs().length() ? NO_MORE_DOCS : norms.docs().nextSetBit(target);
      return doc;
    }

    @Override
    public long cost() {
      return norms.count();
    }
  }
}
