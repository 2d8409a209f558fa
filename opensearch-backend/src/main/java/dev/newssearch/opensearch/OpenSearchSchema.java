package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newssearch.article.Article;
import dev.newssearch.article.Quote;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NearDuplicateSignature;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.util.BytesRef;

/**
 * How an article becomes an OpenSearch document, and the index that holds them: the field names of
 * {@link ArticleSchema}, the analysis of {@link dev.newssearch.index.NewsAnalyzer} declared in the
 * index settings, and each article's quotes as {@code nested} documents, so a query can ask for a
 * speaker and words in the same quote as the block join of the embedded index does.
 */
public final class OpenSearchSchema {

  /** The path of the nested quote documents; their fields are {@link ArticleSchema}'s quote fields under it. */
  public static final String QUOTE = "quote";
  /** The title as shown; {@link ArticleSchema#TITLE} is the searched one, empty when it only repeats the lead. */
  public static final String DISPLAY_TITLE = "display_title";
  /** The analyzer of every text field, named in the index settings. */
  static final String ANALYZER = "news";
  /**
   * Reads terms our own query analysis produced (see {@link LuceneQueryTranslator}): split at spaces
   * and kept as they are, but for the stopword standing for a gap, which is dropped with its position kept.
   */
  static final String TERMS_ANALYZER = "news_terms";
  /**
   * The body's words as written (lower case, folded, no stopwords removed, no stemming): the
   * vocabulary typo tolerance corrects to, since the stems of {@link ArticleSchema#BODY} are not words.
   */
  public static final String BODY_WORDS = ArticleSchema.BODY + ".words";
  /**
   * The words of the title as written, in lower case, each once: exact values with doc values, so
   * that a {@code terms} aggregation lists the words starting with what is typed, the most used first.
   */
  public static final String TITLE_WORDS = "title_words";
  /** The analyzer of {@link #BODY_WORDS}. */
  static final String WORDS_ANALYZER = "news_words";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NOT_LETTER = Pattern.compile("\\P{L}+");

  private OpenSearchSchema() {}

  /** The name of a field of the nested quotes, such as {@code quote.quote_text}. */
  public static String quoteField(String field) {
    return QUOTE + "." + field;
  }

  /**
   * The settings and mappings of a new index, as the body of a create-index request.
   *
   * @param shards primary shards
   * @param replicas copies of each shard
   */
  static String indexBody(int shards, int replicas) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    // The quote search pages over quotes through inner hits; let it reach as deep as the API pages.
    index.put("max_inner_result_window", 10_000);
    ObjectNode analysis = index.putObject("analysis");
    ObjectNode filters = analysis.putObject("filter");
    filters.putObject("news_possessive").put("type", "stemmer").put("language", "possessive_english");
    filters.putObject("news_stop").put("type", "stop").put("stopwords", "_english_");
    // The chain of NewsAnalyzer, filter for filter, so that the terms our query analysis sends match.
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode analyzer = analyzers.putObject(ANALYZER);
    analyzer.put("type", "custom").put("tokenizer", "standard");
    analyzer.putArray("filter").add("news_possessive").add("lowercase").add("asciifolding").add("news_stop").add("porter_stem");
    ObjectNode words = analyzers.putObject(WORDS_ANALYZER);
    words.put("type", "custom").put("tokenizer", "standard");
    words.putArray("filter").add("news_possessive").add("lowercase").add("asciifolding");
    ObjectNode terms = analyzers.putObject(TERMS_ANALYZER);
    terms.put("type", "custom").put("tokenizer", "whitespace");
    terms.putArray("filter").add("news_stop");

    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode fields = mappings.putObject("properties");
    keyword(fields, ArticleSchema.ID);
    stored(fields, ArticleSchema.PATH);
    keyword(fields, ArticleSchema.HASH);
    stored(fields, DISPLAY_TITLE);
    text(fields, ArticleSchema.TITLE, true);
    text(fields, ArticleSchema.BODY, true);
    // Only which articles have a word is kept: enough for the term suggester's counts, and small.
    ((ObjectNode) fields.get(ArticleSchema.BODY)).putObject("fields").putObject(BODY_WORDS.substring(ArticleSchema.BODY.length() + 1))
        .put("type", "text").put("analyzer", WORDS_ANALYZER).put("index_options", "docs").put("norms", false);
    text(fields, ArticleSchema.QUOTES, false);
    fields.putObject(ArticleSchema.DATE).put("type", "date").put("format", "strict_date");
    stored(fields, ArticleSchema.TIMESTAMP);
    keyword(fields, ArticleSchema.SPEAKER);
    keyword(fields, ArticleSchema.SOURCE);
    stored(fields, ArticleSchema.URL);
    stored(fields, ArticleSchema.AUTHOR);
    keyword(fields, TITLE_WORDS);
    // Band terms are looked up, never aggregated; the signature is only read back from the source.
    fields.putObject(ArticleSchema.NEAR_DUPLICATE_BANDS).put("type", "keyword").put("doc_values", false);
    fields.putObject(ArticleSchema.NEAR_DUPLICATE_SIGNATURE).put("type", "binary");
    ObjectNode quote = fields.putObject(QUOTE);
    quote.put("type", "nested");
    ObjectNode quoteFields = quote.putObject("properties");
    keyword(quoteFields, ArticleSchema.SPEAKER);
    stored(quoteFields, ArticleSchema.SPEAKER_KIND);
    keyword(quoteFields, ArticleSchema.QUOTE_TYPE);
    text(quoteFields, ArticleSchema.QUOTE_TEXT, true);
    keyword(quoteFields, ArticleSchema.QUOTE_KEY);
    quoteFields.putObject(ArticleSchema.QUOTE_START).put("type", "integer");
    quoteFields.putObject(ArticleSchema.QUOTE_END).put("type", "integer").put("index", false);
    quoteFields.putObject(ArticleSchema.MENTION_START).put("type", "integer").put("index", false);
    quoteFields.putObject(ArticleSchema.MENTION_END).put("type", "integer").put("index", false);
    stored(quoteFields, ArticleSchema.MENTION_TEXT);
    return body.toString();
  }

  /** Exact values for filters, facets and sorting. */
  private static void keyword(ObjectNode fields, String name) {
    fields.putObject(name).put("type", "keyword");
  }

  /** Kept in the source for display only: neither searched nor aggregated. */
  private static void stored(ObjectNode fields, String name) {
    fields.putObject(name).put("type", "keyword").put("index", false).put("doc_values", false);
  }

  /** Analysed text; with offsets when it is highlighted, as the embedded index stores them. */
  private static void text(ObjectNode fields, String name, boolean highlighted) {
    ObjectNode field = fields.putObject(name).put("type", "text").put("analyzer", ANALYZER);
    if (highlighted) {
      field.put("index_options", "offsets");
    }
  }

  /**
   * The document of an enriched article.
   *
   * @param article the article after enrichment
   * @param hash its content hash
   */
  static Map<String, Object> document(Article article, String hash) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(ArticleSchema.ID, article.id());
    doc.put(ArticleSchema.PATH, article.path() == null ? "" : article.path());
    doc.put(ArticleSchema.HASH, hash);
    doc.put(DISPLAY_TITLE, article.title());
    // A title made of the body's first sentence is not a headline (see ArticleSchema): not searched as one.
    doc.put(ArticleSchema.TITLE, ArticleSchema.repeatsLead(article.title(), article.body()) ? "" : article.title());
    doc.put(ArticleSchema.BODY, article.body());
    if (!article.quotes().isEmpty()) {
      doc.put(ArticleSchema.QUOTES, article.quotes().stream().map(Quote::text).collect(Collectors.joining("\n")));
    }
    putIfPresent(doc, ArticleSchema.DATE, article.date() == null ? null : article.date().toString());
    putIfPresent(doc, ArticleSchema.TIMESTAMP, article.timestamp() == null ? null : article.timestamp().toString());
    doc.put(ArticleSchema.SPEAKER, article.speakers());
    putIfPresent(doc, ArticleSchema.SOURCE, article.source());
    putIfPresent(doc, ArticleSchema.URL, article.url());
    putIfPresent(doc, ArticleSchema.AUTHOR, article.author());
    doc.put(TITLE_WORDS, titleWords(article.title()));
    ArticleSchema.nearDuplicateSignature(article).ifPresent(signature -> {
      doc.put(ArticleSchema.NEAR_DUPLICATE_BANDS, signature.bandKeys());
      doc.put(ArticleSchema.NEAR_DUPLICATE_SIGNATURE, Base64.getEncoder().encodeToString(signature.toBytes().bytes));
    });
    List<Map<String, Object>> quotes = article.quotes().stream().map(OpenSearchSchema::quote).toList();
    doc.put(QUOTE, quotes);
    return doc;
  }

  /** The distinct words of a title, in lower case: runs of two letters or more, as completions offer them. */
  static List<String> titleWords(String title) {
    if (title == null) {
      return List.of();
    }
    return Arrays.stream(NOT_LETTER.split(title.toLowerCase(Locale.ROOT))).filter(word -> word.length() >= 2).distinct().toList();
  }

  /**
   * The near-duplicate signature of a document's source, or {@code null} when it has none (an
   * article without text, or an index written before signatures were).
   */
  static NearDuplicateSignature signature(JsonNode source) {
    JsonNode value = source.get(ArticleSchema.NEAR_DUPLICATE_SIGNATURE);
    return value == null || !value.isTextual() ? null : NearDuplicateSignature.fromBytes(new BytesRef(Base64.getDecoder().decode(value.asText())));
  }

  private static Map<String, Object> quote(Quote quote) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(ArticleSchema.SPEAKER, quote.speaker());
    doc.put(ArticleSchema.SPEAKER_KIND, quote.speakerKind().label());
    doc.put(ArticleSchema.QUOTE_TYPE, quote.type().label());
    doc.put(ArticleSchema.QUOTE_TEXT, quote.text());
    doc.put(ArticleSchema.QUOTE_KEY, ArticleSchema.quoteKey(quote.speaker(), quote.text()));
    doc.put(ArticleSchema.QUOTE_START, quote.start());
    doc.put(ArticleSchema.QUOTE_END, quote.end());
    if (quote.mention() != null) {
      doc.put(ArticleSchema.MENTION_START, quote.mention().start());
      doc.put(ArticleSchema.MENTION_END, quote.mention().end());
      doc.put(ArticleSchema.MENTION_TEXT, quote.mention().text());
    }
    return doc;
  }

  private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
    if (value != null) {
      doc.put(field, value);
    }
  }
}
