package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.ArticleSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline's counts against the days the test indexed, on a real index of several segments
 * with deletions and undated documents; one segment's dates span too long for its arrays, so both
 * ways of counting are checked on the same search.
 */
class DateFacetTest {
  @TempDir Path temp;

  @Test
  void countsEveryMatchOnItsDayWhetherFromArraysOrDocValues() throws IOException {
    Random random = new Random(7);
    Map<Long, Long> expected = new HashMap<>();
    long expectedUndated = 0;
    long firstDay = LocalDate.parse("1987-01-01").toEpochDay();
    try (Directory dir = FSDirectory.open(temp)) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
          .setMaxBufferedDocs(300).setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 1_500; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", "d" + i, Field.Store.NO));
          boolean matches = i % 4 != 0;
          doc.add(new StringField("kind", matches ? "hit" : "miss", Field.Store.NO));
          // The fourth segment reaches back two centuries: too wide a span for two-byte offsets.
          Long day = i % 7 == 0 ? null
              : i >= 900 && i < 1_200 && i % 5 == 0 ? LocalDate.parse("1801-06-01").toEpochDay() + random.nextInt(30)
              : firstDay + random.nextInt(2_000);
          if (day != null) {
            doc.add(new LongField(ArticleSchema.DATE, day, Field.Store.NO));
          }
          boolean deleted = i % 11 == 0;
          if (matches && !deleted) {
            if (day == null) {
              expectedUndated++;
            } else {
              expected.merge(day, 1L, Long::sum);
            }
          }
          writer.addDocument(doc);
        }
        for (int i = 0; i < 1_500; i += 11) {
          writer.deleteDocuments(new Term("id", "d" + i));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() >= 5, "several segments");
        FacetsCollector hits = new IndexSearcher(reader).search(new TermQuery(new Term("kind", "hit")),
            new FacetsCollectorManager(false));
        DateFacet.Counts counts = DateFacet.of(hits);
        assertEquals(expectedUndated, counts.undated());
        assertEquals(DateHistograms.of(expected), counts.histogram());
        List<Boolean> arrays = reader.leaves().stream().map(DateFacetTest::hasDayArrays).toList();
        assertTrue(arrays.contains(true) && arrays.contains(false), "both ways counted: " + arrays);
      }
    }
  }

  private static boolean hasDayArrays(LeafReaderContext leaf) {
    try {
      return DateFacet.SegmentDays.read(leaf, ArticleSchema.DATE) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
