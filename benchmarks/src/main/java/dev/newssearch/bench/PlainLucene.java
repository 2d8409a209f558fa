package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: what Lucene alone does with the same text. {@link EnglishAnalyzer}, title and body
 * as stored text fields, the id and the day, one {@link IndexWriter} fed by as many threads as our
 * indexer uses, and top-10 searches that load the stored fields of each hit.
 */
public final class PlainLucene implements AutoCloseable {
  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String BODY = "body";
  private static final String DATE = "date";

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  /** @param folder where the index is (or will be) */
  public PlainLucene(Path folder) throws IOException {
    this.directory = FSDirectory.open(folder);
  }

  /**
   * Indexes the corpus: the files are shared out among {@code threads} threads, each parsing its
   * JSON lines and adding documents to the one writer; then one commit.
   *
   * @param articleDone called after each article
   */
  public void index(ReplicatedCorpus corpus, int threads, IntConsumer articleDone) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    // Lucene as it comes but for a 64 MB buffer (its default is 16 MB): the default merge policy,
    // and no merge into fewer segments at the end.
    config.setRAMBufferSizeMB(64);
    ObjectMapper json = new ObjectMapper();
    List<Path> files = corpus.files();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
            try (BufferedReader in = Files.newBufferedReader(files.get(f), StandardCharsets.UTF_8)) {
              for (String line = in.readLine(); line != null; line = in.readLine()) {
                writer.addDocument(document(json.readTree(line)));
                articleDone.accept(done.incrementAndGet());
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("indexing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Document document(JsonNode article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.path("id").asText(), Field.Store.YES));
    doc.add(new TextField(TITLE, article.path("title").asText(""), Field.Store.YES));
    doc.add(new TextField(BODY, article.path("text").asText(""), Field.Store.YES));
    long day = LocalDate.parse(article.path("date").asText()).toEpochDay();
    doc.add(new LongPoint(DATE, day));
    doc.add(new StoredField(DATE, day));
    return doc;
  }

  /** Opens the index for {@link #search}. */
  public void open() throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /**
   * Runs one query of the set the plain way: its words through the classic query parser over title
   * and body (all words required), the date filter as a point range, top 10 with their stored fields.
   * Plain Lucene has no speakers and no quotes, so those queries run their words alone; it has no
   * suggester, so suggestions are not run (see {@link #supports}).
   *
   * @return whether every hit's stored fields were loaded
   */
  public boolean search(BenchQuery query) {
    try {
      // A parser per query, as a request handler would: the classic parser is not thread-safe.
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      Query text = parser.parse(query.text());
      Query full = text;
      if (query.from() != null) {
        full = new BooleanQuery.Builder()
            .add(text, Occur.MUST)
            .add(LongPoint.newRangeQuery(DATE, LocalDate.parse(query.from()).toEpochDay(), LocalDate.parse(query.to()).toEpochDay()), Occur.FILTER)
            .build();
      }
      TopDocs top = searcher.search(full, 10);
      StoredFields stored = searcher.storedFields();
      int loaded = 0;
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc);
        loaded += doc.get(ID) == null ? 0 : 1;
      }
      return loaded == top.scoreDocs.length;
    } catch (ParseException e) {
      throw new IllegalArgumentException("plain Lucene cannot parse " + query.text(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether plain Lucene has an equivalent of this kind of query. */
  public static boolean supports(QueryType type) {
    return type != QueryType.SUGGEST;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    directory.close();
  }
}
