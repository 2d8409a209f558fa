package dev.newssearch.index;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.MergeState;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Writes exactly the files another codec writes (the index's own, {@link IndexCodec}), except
 * that its postings writer reads the norms from memory ({@link NormsInMemory}).
 *
 * <p>To store each term's score bounds, the postings writer looks up the norm of every document of
 * every term, through a new norms iterator per term. Our text fields are on some documents only
 * (title and body on articles, quote text on quotes), so their norms are stored with a list or a
 * bitmap of the documents that have them, and each lookup searched it; where a field is on fewer
 * than 4,096 of a block's documents each new iterator scanned that list from its start. That was a
 * third of writing a segment.
 *
 * <p>The codec keeps the name of the codec it writes for: the index is the one that codec writes,
 * and is read with it.
 */
final class IndexingCodec extends FilterCodec {

  private final PostingsFormat postings;

  /** @param written the codec whose files are written, and whose name the segments record */
  IndexingCodec(Codec written) {
    super(written.getName(), written);
    this.postings = new NormsInMemoryPostings(delegate.postingsFormat());
  }

  @Override
  public PostingsFormat postingsFormat() {
    return postings;
  }

  /** A postings format that writes through another, handing it the norms in memory. */
  private static final class NormsInMemoryPostings extends PostingsFormat {
    private final PostingsFormat format;

    NormsInMemoryPostings(PostingsFormat format) {
      super(format.getName());
      this.format = format;
    }

    @Override
    public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
      FieldsConsumer consumer = format.fieldsConsumer(state);
      int maxDoc = state.segmentInfo.maxDoc();
      return new FieldsConsumer() {
        @Override
        public void write(Fields fields, NormsProducer norms) throws IOException {
          consumer.write(fields, norms == null ? null : new NormsInMemory(norms, maxDoc));
        }

        @Override
        public void merge(MergeState mergeState, NormsProducer norms) throws IOException {
          consumer.merge(mergeState, norms == null ? null : new NormsInMemory(norms, maxDoc));
        }

        @Override
        public void close() throws IOException {
          consumer.close();
        }
      };
    }

    @Override
    public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
      return format.fieldsProducer(state);
    }
  }
}
