package dev.newssearch.index;

import dev.newssearch.article.Article;
import dev.newssearch.article.Quote;
import dev.newssearch.semantic.ArticleEmbedding;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The index schema: every field name, what each field is for, and how an article becomes a block of
 * Lucene documents. The search service reads field names from here and nowhere else.
 *
 * <p>Each article is one block: a child document per quote followed by the article's own (parent)
 * document, so a block-join query can ask for a speaker and words in the same quote. Both kinds
 * carry the article's {@link #ID}, so {@code updateDocuments(new Term(ID, id), block)} replaces a
 * whole block, and the filter fields ({@link #DATE}, {@link #SPEAKER}, {@link #SOURCE}) so that
 * filters mean the same on articles and on quotes.
 */
public final class ArticleSchema {

  /** Article id; exact, stored on the parent. Also on every quote of the article, not stored. */
  public static final String ID = "id";
  /** Distinguishes {@link #ARTICLE} from {@link #QUOTE} documents; exact. */
  public static final String DOC_TYPE = "doc_type";
  /** {@link #DOC_TYPE} value of an article (parent) document. */
  public static final String ARTICLE = "article";
  /** {@link #DOC_TYPE} value of a quote (child) document. */
  public static final String QUOTE = "quote";

  /** The file the article came from, relative to the input folder; stored for update and reports. */
  public static final String PATH = "path";
  /** SHA-256 of the article as read; an update skips articles whose hash did not change. */
  public static final String HASH = "hash";
  /** Title; analysed, stored with offsets for highlighting. */
  public static final String TITLE = "title";
  /**
   * The title again as binary doc values: the articles listed under a hit (its copies and
   * near-duplicates) show their title, and reading it here spares decompressing their stored
   * fields, long bodies included. Their id, date and source come from those fields' doc values.
   */
  public static final String TITLE_VALUE = "title_value";
  /** Body; analysed, stored with offsets for highlighting. */
  public static final String BODY = "body";
  /** All quoted and reported words of the article, analysed, on the parent: ranks articles by quotes. */
  public static final String QUOTES = "quotes";
  /** UTC publication day as epoch day; points + doc values for filters, sort and date facets. */
  public static final String DATE = "date";
  /** Exact publication instant (ISO-8601) when known; stored only. */
  public static final String TIMESTAMP = "timestamp";
  /** Canonical speaker names; exact + doc values for filters and facets, stored. */
  public static final String SPEAKER = "speaker";
  /** Publishing outlet; exact + doc values for filters and facets, stored. */
  public static final String SOURCE = "source";
  /** Original address; stored only. */
  public static final String URL = "url";
  /** Byline; stored only. */
  public static final String AUTHOR = "author";

  /**
   * Band terms of the article's {@link NearDuplicateSignature}: exact, not stored. Articles sharing
   * one are candidate near-duplicates.
   */
  public static final String NEAR_DUPLICATE_BANDS = "near_duplicate_bands";
  /** The article's {@link NearDuplicateSignature} as binary doc values, to confirm a candidate. */
  public static final String NEAR_DUPLICATE_SIGNATURE = "near_duplicate_signature";
  /**
   * The article's {@link dev.newssearch.semantic.ArticleEmbedding} as binary doc values, in an index
   * built with embeddings only; read for the few hits a search re-ranks.
   */
  public static final String SEMANTIC_VECTORS = "semantic_vectors";

  /** The quoted or reported words of one quote (child documents); analysed, stored with offsets. */
  public static final String QUOTE_TEXT = "quote_text";
  /**
   * The same words from the same speaker as one key ({@link #quoteKey}), as sorted doc values on
   * quotes: a quote search shows the copies of a wire story's quote as one hit.
   */
  public static final String QUOTE_KEY = "quote_key";
  /** {@code person} or {@code organisation}; stored on quotes. */
  public static final String SPEAKER_KIND = "speaker_kind";
  /** {@code direct}, {@code mixed} or {@code indirect}; exact and stored on quotes. */
  public static final String QUOTE_TYPE = "quote_type";
  /** Offsets of the quote and of its speaker mention in the body; stored on quotes. */
  public static final String QUOTE_START = "quote_start";
  public static final String QUOTE_END = "quote_end";
  public static final String MENTION_START = "mention_start";
  public static final String MENTION_END = "mention_end";
  public static final String MENTION_TEXT = "mention_text";

  /** Analysed text stored with offsets in postings, so highlighting never re-analyses long bodies. */
  private static final FieldType HIGHLIGHTED_TEXT = new FieldType();

  /** {@link #HIGHLIGHTED_TEXT} without the stored value, for a field stored separately. */
  private static final FieldType UNSTORED_HIGHLIGHTED_TEXT = new FieldType();

  /** Analysed text used for ranking only. */
  private static final FieldType SEARCH_ONLY_TEXT = new FieldType();

  static {
    HIGHLIGHTED_TEXT.setTokenized(true);
    HIGHLIGHTED_TEXT.setStored(true);
    HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED_TEXT.freeze();
    UNSTORED_HIGHLIGHTED_TEXT.setTokenized(true);
    UNSTORED_HIGHLIGHTED_TEXT.setStored(false);
    UNSTORED_HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    UNSTORED_HIGHLIGHTED_TEXT.freeze();
    SEARCH_ONLY_TEXT.setTokenized(true);
    SEARCH_ONLY_TEXT.setStored(false);
    SEARCH_ONLY_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    SEARCH_ONLY_TEXT.freeze();
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Lower-case hex digits, for a {@link #quoteKey}. */
  private static final HexFormat HEX = HexFormat.of();

  private ArticleSchema() {}

  /**
   * The indexed text fields only article documents hold: a query that can match only through them
   * matches no quote document.
   */
  public static final Set<String> ARTICLE_TEXT_FIELDS = Set.of(TITLE, BODY, QUOTES);

  /** Matches every article (parent) document. */
  public static Query articles() {
    return new TermQuery(new Term(DOC_TYPE, ARTICLE));
  }

  /** Matches every quote (child) document. */
  public static Query quotes() {
    return new TermQuery(new Term(DOC_TYPE, QUOTE));
  }

  /** The parent filter for block joins; cache one per searcher generation. */
  public static BitSetProducer parentFilter() {
    return new QueryBitSetProducer(articles());
  }

  /** The term that identifies all documents of an article's block. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * The block of documents for an article: its quotes, then the article itself (block joins need
   * the parent last).
   *
   * @param article an enriched article
   * @param hash its content hash
   * @param embedding its embedding, or {@code null} when it has none (no words, or an index without)
   * @return the documents to add or update as one block
   */
  public static List<Document> toBlock(Article article, String hash, ArticleEmbedding embedding) {
    List<Document> block = new ArrayList<>(article.quotes().size() + 1);
    for (Quote quote : article.quotes()) {
      block.add(quoteDocument(article, quote));
    }
    Document parent = articleDocument(article, hash);
    if (embedding != null) {
      parent.add(new BinaryDocValuesField(SEMANTIC_VECTORS, embedding.toBytes()));
    }
    block.add(parent);
    return block;
  }

  private static Document articleDocument(Article article, String hash) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField(DOC_TYPE, ARTICLE, Field.Store.NO));
    doc.add(new StoredField(PATH, article.path() == null ? "" : article.path()));
    doc.add(new StringField(HASH, hash, Field.Store.YES));
    if (repeatsLead(article.title(), article.body())) {
      // A title made of the body's first sentence (the file had none) is not a headline: its words
      // already count in the body, and a title boost would rank every article by its opening alone.
      doc.add(new StoredField(TITLE, article.title()));
      doc.add(new Field(TITLE, "", UNSTORED_HIGHLIGHTED_TEXT));
    } else {
      doc.add(new Field(TITLE, article.title(), HIGHLIGHTED_TEXT));
    }
    doc.add(new BinaryDocValuesField(TITLE_VALUE, new BytesRef(article.title())));
    doc.add(new Field(BODY, article.body(), HIGHLIGHTED_TEXT));
    if (!article.quotes().isEmpty()) {
      doc.add(new Field(QUOTES, article.quotes().stream().map(Quote::text).collect(Collectors.joining("\n")), SEARCH_ONLY_TEXT));
    }
    addCommonFilters(doc, article);
    addNearDuplicateSignature(doc, article);
    Set<String> speakers = new LinkedHashSet<>(article.speakers());
    for (String speaker : speakers) {
      doc.add(new KeywordField(SPEAKER, speaker, Field.Store.YES));
    }
    if (article.timestamp() != null) {
      doc.add(new StoredField(TIMESTAMP, article.timestamp().toString()));
    }
    if (article.url() != null) {
      doc.add(new StoredField(URL, article.url()));
    }
    if (article.author() != null) {
      doc.add(new StoredField(AUTHOR, article.author()));
    }
    return doc;
  }

  /**
   * What a quote says and who says it, as 16 hex digits: a 64-bit hash of the speaker and the words
   * in lower case, every run of other characters than letters and digits read as one space, so that
   * copies differing only in quotation marks, dashes or line breaks share it. Ten million distinct
   * quotes would share one by chance with a probability of about three in a million.
   */
  public static String quoteKey(String speaker, String text) {
    BytesRef bytes = new BytesRef(wordsOnly((speaker + " | " + text).toLowerCase(Locale.ROOT)));
    int high = StringHelper.murmurhash3_x86_32(bytes, 0x51a7e);
    int low = StringHelper.murmurhash3_x86_32(bytes, 0x0c0ffee);
    return HEX.toHexDigits(high) + HEX.toHexDigits(low);
  }

  /**
   * The letters ({@code \p{L}}) and digits ({@code \p{N}}) of the text, each run of other
   * characters between two of them one space, none at either end. Written out rather than as a
   * replacement by a regular expression, which with the formatting of the hash was 3% of a
   * reindex's profile (every quote of every article gets a key).
   */
  static String wordsOnly(String text) {
    StringBuilder words = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || isNumber(c)) {
        if (gap && !words.isEmpty()) {
          words.append(' ');
        }
        words.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return words.toString();
  }

  /** The characters of Unicode's number categories, as {@code \p{N}} matches them. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static Document quoteDocument(Article article, Quote quote) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.NO));
    doc.add(new StringField(DOC_TYPE, QUOTE, Field.Store.NO));
    doc.add(new Field(QUOTE_TEXT, quote.text(), HIGHLIGHTED_TEXT));
    doc.add(new SortedDocValuesField(QUOTE_KEY, new BytesRef(quoteKey(quote.speaker(), quote.text()))));
    doc.add(new KeywordField(SPEAKER, quote.speaker(), Field.Store.YES));
    doc.add(new StoredField(SPEAKER_KIND, quote.speakerKind().label()));
    doc.add(new KeywordField(QUOTE_TYPE, quote.type().label(), Field.Store.YES));
    doc.add(new IntField(QUOTE_START, quote.start(), Field.Store.YES));
    doc.add(new StoredField(QUOTE_END, quote.end()));
    if (quote.mention() != null) {
      doc.add(new StoredField(MENTION_START, quote.mention().start()));
      doc.add(new StoredField(MENTION_END, quote.mention().end()));
      doc.add(new StoredField(MENTION_TEXT, quote.mention().text()));
    }
    addCommonFilters(doc, article);
    return doc;
  }

  /**
   * Whether the title only repeats the opening of the body: the first sentence standing in for a
   * missing title (possibly cut short with "…"), or a brief whose body is its headline.
   */
  public static boolean repeatsLead(String title, String body) {
    String lead = WHITESPACE.matcher(title).replaceAll(" ").strip();
    if (lead.endsWith("…")) {
      lead = lead.substring(0, lead.length() - 1).strip();
    }
    if (lead.isEmpty()) {
      return true;
    }
    String opening = WHITESPACE.matcher(body.substring(0, Math.min(body.length(), lead.length() * 2 + 16))).replaceAll(" ").strip();
    return opening.startsWith(lead);
  }

  /**
   * The near-duplicate signature of an article, as every backend indexes it: of the body, or of the
   * title when the body has no words; empty when neither has.
   */
  public static Optional<NearDuplicateSignature> nearDuplicateSignature(Article article) {
    return NearDuplicateSignature.of(article.body()).or(() -> NearDuplicateSignature.of(article.title()));
  }

  /**
   * The signature of the body (of the title when the body is empty), so the search can group copies
   * and near-duplicates at query time with a few term lookups.
   */
  private static void addNearDuplicateSignature(Document doc, Article article) {
    nearDuplicateSignature(article).ifPresent(signature -> {
          for (String band : signature.bandKeys()) {
            doc.add(new StringField(NEAR_DUPLICATE_BANDS, band, Field.Store.NO));
          }
          doc.add(new BinaryDocValuesField(NEAR_DUPLICATE_SIGNATURE, signature.toBytes()));
        });
  }

  /** Date and source on both parents and children, so one filter serves articles and quotes. */
  private static void addCommonFilters(Document doc, Article article) {
    if (article.date() != null) {
      doc.add(new LongField(DATE, article.date().toEpochDay(), Field.Store.YES));
    }
    if (article.source() != null) {
      doc.add(new KeywordField(SOURCE, article.source(), Field.Store.YES));
    }
  }
}
