package dev.newssearch.index;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Text analysis for English news, used for indexing and querying every text field.
 *
 * <p>The chain: Unicode word tokens; possessives stripped for straight and curly apostrophes
 * ("Russia’s" finds "Russia"); lower case, so all-caps copy matches; diacritics folded
 * ("Zelenskyy", "Zelenskýy" match) while stored text keeps them; English stopwords removed with
 * their positions kept, so a phrase like "the Chinese leader" still matches as a phrase; Porter
 * stemming (measured on the TIME collection against KStem and minimal English stemming, it ranked
 * best).
 *
 * <p>The query-time variant ({@link #forQueries}) adds a synonym graph before stopwords and stemming, so a query
 * for "Kyiv" also finds "Kiev" and multi-word synonyms ("US", "United States") work in phrases.
 * Synonyms are applied to queries only: the index stays as written, and changing the synonyms
 * needs no reindex.
 */
public final class NewsAnalyzer extends Analyzer {

  private final SynonymMap synonyms;

  /** The index-time analyzer (no synonyms). */
  public NewsAnalyzer() {
    this(null);
  }

  private NewsAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  /**
   * The query-time analyzer: this chain with the given synonyms.
   *
   * @param synonyms built with {@link #parseSynonyms}
   */
  public static NewsAnalyzer forQueries(SynonymMap synonyms) {
    return new NewsAnalyzer(synonyms);
  }

  /**
   * The chain without stopwords and stemming, for matching what someone is still typing against
   * titles and names (suggestions): a half-typed word is not a stem ("presid" would match
   * "presidency" and "preside" alike), and "the" may be the start of "Theresa".
   */
  public static Analyzer forCompletion() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, folded(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * Reads synonym files in Solr's format ({@code a, b, c} for equivalents, {@code a => b} for
   * one-way rules, {@code #} comments), each entry analysed by this chain up to stemming.
   *
   * @param files the files, read in order and merged
   * @throws ParseException when a line cannot be read, with its line number
   */
  public static SynonymMap parseSynonyms(Reader... files) throws IOException, ParseException {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, unstemmed(source));
      }
    });
    for (Reader file : files) {
      parser.parse(file);
    }
    return parser.build();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = folded(source);
    if (synonyms != null && synonyms.fst != null) {
      // Before the stop filter: the synonym graph would otherwise drop the gaps stopwords leave,
      // and "the Chinese leader" would no longer match as a phrase.
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  private static TokenStream unstemmed(Tokenizer source) {
    return new StopFilter(folded(source), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  private static TokenStream folded(Tokenizer source) {
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    return new ASCIIFoldingFilter(stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
