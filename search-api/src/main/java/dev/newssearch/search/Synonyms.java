package dev.newssearch.search;

import dev.newssearch.index.NewsAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query synonyms: the built-in list ({@code synonyms.txt} beside this class: place names such as
 * Kyiv/Kiev and Beijing/Peking, and abbreviations such as US/United States) plus the user's own
 * files, all in Solr's synonym format.
 */
public final class Synonyms {
  private static final String BUILT_IN = "synonyms.txt";

  private Synonyms() {}

  /** The built-in synonyms only. */
  public static SynonymMap builtIn() {
    return load(List.of());
  }

  /**
   * The built-in synonyms and those of {@code files}.
   *
   * @throws IllegalArgumentException when a file cannot be read or has a bad line, saying which
   */
  public static SynonymMap load(List<Path> files) {
    List<Reader> readers = new ArrayList<>();
    try {
      InputStream builtIn = Synonyms.class.getResourceAsStream(BUILT_IN);
      if (builtIn == null) {
        throw new IllegalStateException("the built-in synonym list is missing from the classpath");
      }
      readers.add(new InputStreamReader(builtIn, StandardCharsets.UTF_8));
      for (Path file : files) {
        try {
          readers.add(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot read synonym file " + file + ": " + e.getMessage(), e);
        }
      }
      return NewsAnalyzer.parseSynonyms(readers.toArray(Reader[]::new));
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad synonym list: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Reader reader : readers) {
        try {
          reader.close();
        } catch (IOException e) {
          // Nothing was written; a failed close of a file we only read loses nothing.
        }
      }
    }
  }
}
