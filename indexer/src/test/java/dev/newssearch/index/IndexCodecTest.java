package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.newssearch.article.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is written with {@link IndexCodec}: its band terms sit behind a Bloom filter, the other
 * fields are Lucene's defaults, and an index written with it reopens (the codec is found by its name)
 * and finds, band term by band term, exactly what the same articles indexed with Lucene's default
 * codec find.
 */
class IndexCodecTest {
  private static final String STORY = NearDuplicateSignatureTest.STORY;
  private static final String OTHER = """
      The strike by dock workers at the northern port is in its third day, and its cost is spreading
      well beyond the quays where cargo now waits. Builders say the delay threatens the harbour
      expansion, the project the port authority cites when it says it cannot pay more. Economists
      expect the dispute to end with a compromise near the rate of inflation.""";

  @TempDir Path temp;

  /** A story, its copy, an edited copy and another article on the same strike, plus unrelated ones. */
  private static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    articles.add(article("story", STORY));
    articles.add(article("copy", STORY));
    articles.add(article("edited", STORY.replace("3 percent", "3.5 percent") + " A spokesman said ministers were following the dispute."));
    articles.add(article("other", OTHER));
    for (int i = 0; i < 40; i++) {
      articles.add(article("filler-" + i, "Report number " + i + " on the harvest of region " + (i * 7) + " says farmers in district "
          + (i * 13) + " gathered " + (i * 31) + " tonnes of grain, " + i + " more than the year before, and sold them at market " + i + "."));
    }
    return articles;
  }

  private static Article article(String id, String body) {
    return new Article(id, "Title of " + id, LocalDate.of(2025, 3, 10), null, "Coastal Times", null, null, body, id + ".txt", List.of());
  }

  private static Path write(Path folder, IndexWriterConfig config) throws IOException {
    try (var dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, config)) {
      for (Article article : articles()) {
        writer.addDocuments(ArticleSchema.toBlock(article, "hash-" + article.id(), null));
      }
      writer.commit();
    }
    return folder;
  }

  @Test
  void theCodecIsFoundByItsName() {
    assertInstanceOf(IndexCodec.class, Codec.forName(IndexCodec.NAME));
  }

  @Test
  void theIndexerWritesTheBandTermsBehindABloomFilterAndTheRestAsLuceneDoes() throws IOException {
    Path folder = write(temp.resolve("ours"), Indexer.writerConfig(IndexWriterConfig.OpenMode.CREATE));
    try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SegmentReader segment = (SegmentReader) leaf.reader();
        assertEquals(IndexCodec.NAME, segment.getSegmentInfo().info.getCodec().getName());
        var fields = segment.getFieldInfos();
        assertEquals("BloomFilter", fields.fieldInfo(ArticleSchema.NEAR_DUPLICATE_BANDS).getAttribute(PerFieldPostingsFormat.PER_FIELD_FORMAT_KEY));
        assertEquals(new Lucene104Codec().getPostingsFormatForField(ArticleSchema.BODY).getName(),
            fields.fieldInfo(ArticleSchema.BODY).getAttribute(PerFieldPostingsFormat.PER_FIELD_FORMAT_KEY));
      }
    }
  }

  @Test
  void anIndexWrittenWithItReopensAndFindsWhatTheDefaultCodecFinds() throws IOException {
    Path ours = write(temp.resolve("ours"), Indexer.writerConfig(IndexWriterConfig.OpenMode.CREATE));
    Path lucenes = write(temp.resolve("lucene"), new IndexWriterConfig(new NewsAnalyzer()));
    Map<String, Set<String>> withOurs = sharingABand(ours);
    assertEquals(sharingABand(lucenes), withOurs);
    assertEquals(Set.of("copy", "edited", "story"), withOurs.get("story"), "the copies share band terms");
    assertEquals(Set.of("other"), withOurs.get("other"), "another article on the same event shares none");
  }

  @Test
  void aBandTermNoArticleHoldsIsNotFound() throws IOException {
    Path folder = write(temp.resolve("ours"), Indexer.writerConfig(IndexWriterConfig.OpenMode.CREATE));
    try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        TermsEnum terms = leaf.reader().terms(ArticleSchema.NEAR_DUPLICATE_BANDS).iterator();
        for (int i = 0; i < 1000; i++) {
          assertFalse(terms.seekExact(new BytesRef("no-such-band-" + i)));
        }
      }
    }
  }

  /** For each article, the ids of the articles holding any of its band terms (itself included). */
  private static Map<String, Set<String>> sharingABand(Path folder) throws IOException {
    Map<String, Set<String>> sharing = new TreeMap<>();
    try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
      Map<Integer, String> idOf = new HashMap<>();
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        String id = stored.document(doc, Set.of(ArticleSchema.ID)).get(ArticleSchema.ID);
        if (id != null) {
          idOf.put(doc, id);
        }
      }
      for (Article article : articles()) {
        Set<String> found = new TreeSet<>();
        for (String band : ArticleSchema.nearDuplicateSignature(article).orElseThrow().bandKeys()) {
          for (LeafReaderContext leaf : reader.leaves()) {
            TermsEnum terms = leaf.reader().terms(ArticleSchema.NEAR_DUPLICATE_BANDS).iterator();
            if (!terms.seekExact(new BytesRef(band))) {
              continue;
            }
            PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
              found.add(idOf.get(leaf.docBase + doc));
            }
          }
        }
        sharing.put(article.id(), found);
      }
    }
    return sharing;
  }
}
