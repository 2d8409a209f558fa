package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.article.SpeakerNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts against Lucene's own {@link StringValueFacetCounts} on a real index of several
 * segments with deletions, and the order of values with equal counts.
 */
class KeywordFacetsTest {
  @TempDir Path temp;

  @Test
  void countsEqualLucenesOverSegmentsWithDeletions() throws IOException {
    Random random = new Random(42);
    try (Directory dir = FSDirectory.open(temp)) {
      try (IndexWriter writer = writer(dir, 97)) {
        for (int i = 0; i < 3_000; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", "d" + i, Field.Store.NO));
          doc.add(new StringField("kind", i % 3 == 0 ? "a" : "b", Field.Store.NO));
          int values = random.nextInt(4);
          for (int v = 0; v < values; v++) {
            // Skewed: a few values are frequent, most are rare, as speakers are.
            int value = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 400);
            doc.add(new SortedSetDocValuesField("speaker", new BytesRef("speaker " + value)));
          }
          writer.addDocument(doc);
        }
        for (int i = 0; i < 3_000; i += 7) {
          writer.deleteDocuments(new Term("id", "d" + i));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 5, "several segments");
        IndexSearcher searcher = new IndexSearcher(reader);
        KeywordFacets facets = KeywordFacets.of(reader, "speaker", value -> true);
        StringDocValuesReaderState state = new StringDocValuesReaderState(reader, "speaker");
        for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "a")), new TermQuery(new Term("id", "d5")))) {
          FacetsCollector matches = searcher.search(query, new FacetsCollectorManager(false));
          for (int size : new int[] {1, 10, 1_000}) {
            assertEquals(lucene(state, matches, size), facets.top(matches, size), query + ", top " + size);
          }
        }
      }
    }
  }

  @Test
  void equalCountsAreRankedByName() throws IOException {
    try (Directory dir = FSDirectory.open(temp)) {
      try (IndexWriter writer = writer(dir, 2)) {
        // Added in reverse order, over several segments: the order of the input must not matter.
        for (String name : List.of("Zhou", "Yates", "Xu", "Ward", "Vance", "Ueda", "Toth", "Sato", "Ruiz", "Quinn", "Park", "Ortiz")) {
          Document doc = new Document();
          doc.add(new SortedSetDocValuesField("speaker", new BytesRef(name)));
          doc.add(new SortedSetDocValuesField("speaker", new BytesRef("Adams")));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager(false));
        List<Facets.FacetValue> top = KeywordFacets.of(reader, "speaker", value -> true).top(all, 4);
        assertEquals(List.of(new Facets.FacetValue("Adams", 12), new Facets.FacetValue("Ortiz", 1), new Facets.FacetValue("Park", 1),
            new Facets.FacetValue("Quinn", 1)), top);
      }
    }
  }

  @Test
  void distinctValuesAreCountedOnceAcrossSegmentsAndChosenOnesEachByTheirMatches() throws IOException {
    try (Directory dir = FSDirectory.open(temp)) {
      try (IndexWriter writer = writer(dir, 2)) {
        // Single-valued keys, as quotes have, repeated in other segments; one document has none.
        for (String key : List.of("k1", "k2", "k1", "k3", "k2", "k1", "")) {
          Document doc = new Document();
          if (!key.isEmpty()) {
            doc.add(new SortedDocValuesField("key", new BytesRef(key)));
          }
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1, "several segments");
        FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager(false));
        KeywordFacets keys = KeywordFacets.of(reader, "key", value -> true);
        // Documents 0, 1 and 3 hold k1, k2 and k3; the last holds none.
        int[] chosen = {keys.valueOf(3), keys.valueOf(0), keys.valueOf(1)};
        int[] counts = new int[chosen.length];
        assertEquals(3, keys.distinct(all, chosen, counts));
        assertArrayEquals(new int[] {1, 3, 2}, counts, "k3, k1 and k2 counted over every segment");
        assertEquals(keys.valueOf(0), keys.valueOf(5), "one value, one ordinal, whatever the segment");
        assertEquals(-1, keys.valueOf(6));
      }
    }
  }

  @Test
  void valuesNotShownAreCountedButLeftOutAndTheNextFillThePage() throws IOException {
    try (Directory dir = FSDirectory.open(temp)) {
      try (IndexWriter writer = writer(dir, 3)) {
        // Descriptions lead by count, in every segment, as "analysts" and "sources" do in news.
        String[][] docs = {
          {"analysts", "sources", "Adams"}, {"analysts", "sources", "Baker"}, {"analysts", "Adams"},
          {"analysts", "sources", "Cole"}, {"analysts", "Adams", "Baker"}, {"sources"},
        };
        for (String[] speakers : docs) {
          Document doc = new Document();
          for (String speaker : speakers) {
            doc.add(new SortedSetDocValuesField("speaker", new BytesRef(speaker)));
          }
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1, "several segments");
        FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager(false));
        KeywordFacets named = KeywordFacets.of(reader, "speaker", SpeakerNames::isNamed);
        assertEquals(List.of(new Facets.FacetValue("Adams", 3), new Facets.FacetValue("Baker", 2)), named.top(all, 2));
        assertEquals(List.of(new Facets.FacetValue("Adams", 3), new Facets.FacetValue("Baker", 2), new Facets.FacetValue("Cole", 1)),
            named.top(all, 10), "fewer than asked when only those are shown");
        assertEquals(new Facets.FacetValue("analysts", 5), KeywordFacets.of(reader, "speaker", value -> true).top(all, 1).get(0));
      }
    }
  }

  @Test
  void aNewViewReadsOnlyItsNewSegmentsAndClosedOnesAreLetGo() throws IOException {
    try (Directory dir = FSDirectory.open(temp); IndexWriter writer = writer(dir, 2)) {
      addSpeakers(writer, 0, 6);
      writer.commit();
      DirectoryReader first = DirectoryReader.open(dir);
      KeywordFacets.of(first, "speaker", value -> true);
      for (LeafReaderContext leaf : first.leaves()) {
        assertTrue(KeywordFacets.holdsArrays(leaf, "speaker"));
      }
      addSpeakers(writer, 6, 8);
      writer.commit();
      DirectoryReader second = DirectoryReader.openIfChanged(first);
      List<LeafReaderContext> leaves = second.leaves();
      // Before the new view counts anything, its old segments' arrays are there and its new one's not.
      assertEquals(first.leaves().size() + 1, leaves.size());
      assertEquals(first.leaves().size(), leaves.stream().filter(leaf -> KeywordFacets.holdsArrays(leaf, "speaker")).count());
      FacetsCollector all = new IndexSearcher(second).search(new MatchAllDocsQuery(), new FacetsCollectorManager(false));
      assertEquals(new Facets.FacetValue("Adams", 8), KeywordFacets.of(second, "speaker", value -> true).top(all, 1).get(0));
      first.close();
      assertTrue(leaves.stream().allMatch(leaf -> KeywordFacets.holdsArrays(leaf, "speaker")), "still held by the open view");
      second.close();
      assertFalse(leaves.stream().anyMatch(leaf -> KeywordFacets.holdsArrays(leaf, "speaker")), "let go with their segments");
    }
  }

  private static void addSpeakers(IndexWriter writer, int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      Document doc = new Document();
      doc.add(new SortedSetDocValuesField("speaker", new BytesRef("Adams")));
      doc.add(new SortedSetDocValuesField("speaker", new BytesRef("speaker " + i)));
      writer.addDocument(doc);
    }
  }

  private static IndexWriter writer(Directory dir, int docsPerSegment) throws IOException {
    return new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
        .setMaxBufferedDocs(docsPerSegment)
        .setMergePolicy(NoMergePolicy.INSTANCE));
  }

  /** Lucene's counts of every value, ranked by count and then by name, cut at {@code size}. */
  private static List<Facets.FacetValue> lucene(StringDocValuesReaderState state, FacetsCollector matches, int size) throws IOException {
    FacetResult all = new StringValueFacetCounts(state, matches).getAllChildren("speaker");
    List<Facets.FacetValue> values = new ArrayList<>();
    for (LabelAndValue value : all.labelValues) {
      values.add(new Facets.FacetValue(value.label, value.value.longValue()));
    }
    values.sort(Comparator.comparingLong(Facets.FacetValue::count).reversed().thenComparing(Facets.FacetValue::value));
    return values.subList(0, Math.min(size, values.size()));
  }
}
