package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class IndexingCodecTest {

  private static final String[] WORDS = {"port", "strike", "union", "offer", "harbour", "ship", "cargo", "pay", "talks", "quay"};

  /** Parents with title and body, children with quote text, as our blocks: every text field is sparse. */
  private static List<List<Document>> blocks(int count) {
    SplittableRandom random = new SplittableRandom(7);
    List<List<Document>> blocks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Document> block = new ArrayList<>();
      for (int q = random.nextInt(4); q > 0; q--) {
        Document quote = new Document();
        quote.add(new TextField("quote_text", text(random, 1 + random.nextInt(20)), Field.Store.NO));
        block.add(quote);
      }
      Document article = new Document();
      article.add(new StringField("id", "a" + i, Field.Store.YES));
      if (random.nextInt(3) > 0) {
        article.add(new TextField("title", text(random, 1 + random.nextInt(8)), Field.Store.NO));
      }
      article.add(new TextField("body", text(random, 1 + random.nextInt(300)), Field.Store.NO));
      block.add(article);
      blocks.add(block);
    }
    return blocks;
  }

  private static String text(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(50)).append(' ');
    }
    return text.toString();
  }

  private static Directory write(Codec codec, boolean merge) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig();
    config.setCodec(codec);
    config.setMaxBufferedDocs(2_000);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (List<Document> block : blocks(3_000)) {
        writer.addDocuments(block);
      }
      if (merge) {
        writer.forceMerge(1);
      }
    }
    return dir;
  }

  /** Every term's postings, score bounds (impacts) and every norm, segment by segment, as text. */
  private static String content(Directory dir) throws IOException {
    StringBuilder out = new StringBuilder();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        LeafReader segment = leaf.reader();
        assertEquals(Codec.getDefault().getName(), ((SegmentReader) segment).getSegmentInfo().info.getCodec().getName());
        for (String field : List.of("title", "body", "quote_text")) {
          NumericDocValues norms = segment.getNormValues(field);
          int normCount = 0;
          long normHash = 0;
          for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            normCount++;
            normHash = normHash * 31 + doc * 257L + norms.longValue();
          }
          out.append(field).append(" norms ").append(normCount).append(' ').append(normHash).append('\n');
          Terms terms = segment.terms(field);
          TermsEnum termsEnum = terms.iterator();
          for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            ImpactsEnum impacts = termsEnum.impacts(PostingsEnum.FREQS);
            StringBuilder postings = new StringBuilder();
            for (int doc = impacts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = impacts.nextDoc()) {
              postings.append(' ').append(doc).append(':').append(impacts.freq());
              if (doc % 128 == 0) {
                impacts.advanceShallow(doc);
                FreqAndNormBuffer bounds = impacts.getImpacts().getImpacts(0);
                for (int i = 0; i < bounds.size; i++) {
                  postings.append(" (").append(bounds.freqs[i]).append(',').append(bounds.norms[i]).append(')');
                }
              }
            }
            out.append(field).append(' ').append(term.utf8ToString()).append(' ').append(postings.toString().hashCode()).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  @Test
  void writesWhatTheDefaultCodecWritesWhenFlushingAndMerging() throws IOException {
    for (boolean merge : new boolean[] {false, true}) {
      try (Directory ours = write(new IndexingCodec(Codec.getDefault()), merge);
          Directory lucenes = write(Codec.getDefault(), merge)) {
        String expected = content(lucenes);
        assertTrue(expected.contains("title norms"), "the test writes norms");
        assertEquals(expected, content(ours), merge ? "merged" : "flushed");
      }
    }
  }
}
