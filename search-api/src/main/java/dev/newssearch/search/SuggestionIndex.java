package dev.newssearch.search;

import dev.newssearch.article.SpeakerNames;
import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NewsAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Search-box completions for one view of the index, held in memory: article titles and speaker
 * names matched on any of their words ({@link InfixSuggester}: "taiw" finds "Putin backs
 * China on Taiwan"), and words of the index completing the last word typed ({@link IndexWords}).
 * Built once per view, off the request path ({@link SuggestionIndexes}); never changed after.
 */
final class SuggestionIndex {
  /** Shortest prefix that gets suggestions: one letter would match a good part of everything. */
  static final int MIN_PREFIX = 2;
  /** Titles kept, the newest first: a suggestion list is for finding recent stories, not the archive. */
  static final int MAX_TITLES = 50_000;
  /** Articles whose bodies are read for words, spread evenly over the index. */
  static final int SAMPLE_ARTICLES = 5_000;
  /** Characters of body text read for words at most: bounds the time a build takes. */
  static final long SAMPLE_CHARS = 20_000_000;
  /**
   * The longest beginnings of the words of speaker names and titles that are indexed as terms, so
   * that a word being typed up to that length is one term lookup; a longer one takes a prefix query,
   * which compiles an automaton and visits every word it starts (most of a lookup's cost at
   * Lucene's default of 4). Nearly every word typed is shorter.
   */
  private static final int EDGE_GRAMS = 20;

  /** The day of an undated article, before every real one. */
  private static final long UNDATED = Long.MIN_VALUE;
  /** Added to a day to make a title's weight: newer titles first, undated ones (weight 0) last. */
  private static final long DAY_WEIGHT = 1_000_000;

  private static final Set<String> TITLE_FIELDS = Set.of(ArticleSchema.TITLE);
  private static final Set<String> SAMPLE_FIELDS = Set.of(ArticleSchema.TITLE, ArticleSchema.BODY);

  private final IndexReader.CacheKey view;
  private final String generation;
  private final InfixSuggester titles;
  private final InfixSuggester speakers;
  private final IndexWords words;

  private SuggestionIndex(IndexReader.CacheKey view, String generation, InfixSuggester titles,
      InfixSuggester speakers, IndexWords words) {
    this.view = view;
    this.generation = generation;
    this.titles = titles;
    this.speakers = speakers;
    this.words = words;
  }

  /**
   * Reads the titles, speakers and words of a view. The caller keeps the view's reader open meanwhile.
   *
   * @param stopped polled while the articles are read and the suggesters built; when it turns true
   *     the build gives up
   * @throws CancellationException when it gave up
   */
  static SuggestionIndex build(IndexSnapshot snapshot, BooleanSupplier stopped) throws IOException {
    IndexReader reader = snapshot.getIndexReader();
    int articles = snapshot.count(ArticleSchema.articles());
    int stride = Math.max(1, articles / SAMPLE_ARTICLES);
    long firstDay = firstDayOfNewest(snapshot, articles, MAX_TITLES);
    Map<String, Long> titleDays = new HashMap<>();
    IndexWords.Builder words = new IndexWords.Builder();
    long sampledChars = 0;
    int seen = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      BitSet parents = snapshot.parents().getBitSet(leaf);
      if (parents == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      SortedNumericDocValues dates = DocValues.getSortedNumeric(leaf.reader(), ArticleSchema.DATE);
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = new BitSetIterator(parents, 0);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        long day = dates.advanceExact(doc) ? dates.nextValue() : UNDATED;
        if (seen % 1024 == 0 && stopped.getAsBoolean()) {
          throw new CancellationException("stopped");
        }
        boolean sample = seen++ % stride == 0 && sampledChars < SAMPLE_CHARS;
        if (day < firstDay && !sample) {
          continue; // neither among the newest titles nor in the sample: its stored text is not read
        }
        Document article = stored.document(doc, sample ? SAMPLE_FIELDS : TITLE_FIELDS);
        String title = article.get(ArticleSchema.TITLE);
        if (title != null && !title.isBlank()) {
          if (day >= firstDay) {
            titleDays.merge(title.strip(), day == UNDATED ? 0 : day + DAY_WEIGHT, Math::max);
          }
          words.add(title);
        }
        if (sample) {
          String body = article.get(ArticleSchema.BODY);
          words.add(body);
          sampledChars += body == null ? 0 : body.length();
        }
      }
    }
    // In a large archive a word few articles use is more often a typo of the source than a word
    // worth offering; a small one keeps them all.
    long minArticles = Math.max(1, articles / 20_000);
    Analyzer analyzer = NewsAnalyzer.forCompletion();
    InfixSuggester titles = infix(newest(titleDays), analyzer, stopped);
    InfixSuggester speakers = infix(speakerArticles(snapshot), analyzer, stopped);
    if (stopped.getAsBoolean()) {
      throw new CancellationException("stopped"); // the suggesters may hold only part of their entries
    }
    return new SuggestionIndex(reader.getReaderCacheHelper().getKey(), snapshot.generation(), titles, speakers,
        words.build(reader, minArticles));
  }

  /**
   * The first day of the {@code count} newest articles, from the date doc values alone, so that the
   * titles of older ones are never read; {@link #UNDATED} when there are no more articles than that.
   */
  private static long firstDayOfNewest(IndexSnapshot snapshot, int articles, int count) throws IOException {
    if (articles <= count) {
      return UNDATED;
    }
    long[] days = new long[articles];
    int n = 0;
    for (LeafReaderContext leaf : snapshot.getIndexReader().leaves()) {
      BitSet parents = snapshot.parents().getBitSet(leaf);
      if (parents == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      SortedNumericDocValues dates = DocValues.getSortedNumeric(leaf.reader(), ArticleSchema.DATE);
      DocIdSetIterator docs = new BitSetIterator(parents, 0);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          days[n++] = dates.advanceExact(doc) ? dates.nextValue() : UNDATED;
        }
      }
    }
    Arrays.sort(days, 0, n);
    return n <= count ? UNDATED : days[n - count];
  }

  /**
   * Every named speaker with the number of articles quoting them, from the facet doc values; a
   * description ("analysts") is nobody a user looks for by name.
   */
  private static Map<String, Long> speakerArticles(IndexSnapshot snapshot) throws IOException {
    FacetsCollector articles = snapshot.search(ArticleSchema.articles(), new FacetsCollectorManager());
    FacetResult all = new StringValueFacetCounts(snapshot.speakerState(), articles).getAllChildren(ArticleSchema.SPEAKER);
    Map<String, Long> counts = new HashMap<>();
    if (all != null) {
      for (LabelAndValue speaker : all.labelValues) {
        if (SpeakerNames.isNamed(speaker.label)) {
          counts.put(speaker.label, speaker.value.longValue());
        }
      }
    }
    return counts;
  }

  /** The view this index was built from. */
  IndexReader.CacheKey view() {
    return view;
  }

  /** The generation of the view this index was built from. */
  String generation() {
    return generation;
  }

  /** The words of the view, for spelling corrections. */
  IndexWords words() {
    return words;
  }

  /**
   * Completions for {@code prefix}: speakers, then words, then titles, at most {@code limit} in all.
   * Each kind has a share of the list; what one kind leaves unused goes to the others.
   */
  List<Suggestion> suggest(String prefix, int limit) throws IOException {
    String typed = prefix.strip();
    if (typed.length() < MIN_PREFIX) {
      return List.of();
    }
    List<String> typedWords = List.of(SuggestionShares.BLANKS.split(typed));
    String lastWord = SuggestionShares.lastWord(typed);
    List<Suggestion> speakerHits = speakersFor(typedWords, limit);
    List<Suggestion> wordHits = lastWord.length() < MIN_PREFIX ? List.of()
        : words.complete(lastWord, limit).stream().map(w -> new Suggestion(w, Suggestion.TERM)).toList();
    List<Suggestion> titleHits = lookup(titles, typed, limit, Suggestion.TITLE);
    return SuggestionShares.combine(speakerHits, wordHits, titleHits, limit);
  }

  /**
   * Speakers matching the typed words at the end of the box, the most words first: "vladimir pu"
   * prefers names with both, then names with a word starting "pu".
   */
  private List<Suggestion> speakersFor(List<String> typedWords, int limit) throws IOException {
    Map<String, Suggestion> found = new LinkedHashMap<>();
    for (int n = Math.min(3, typedWords.size()); n >= 1 && found.size() < limit; n--) {
      String tail = String.join(" ", typedWords.subList(typedWords.size() - n, typedWords.size()));
      for (Suggestion speaker : lookup(speakers, tail, limit, Suggestion.SPEAKER)) {
        found.putIfAbsent(speaker.text(), speaker);
      }
    }
    return found.values().stream().limit(limit).toList();
  }

  private static List<Suggestion> lookup(InfixSuggester suggester, String text, int limit, String kind) throws IOException {
    if (suggester == null) {
      return List.of();
    }
    List<Suggestion> found = new ArrayList<>();
    for (Lookup.LookupResult result : suggester.lookup(text, limit, true, false)) {
      found.add(new Suggestion(result.key.toString(), kind));
    }
    return found;
  }

  /** An in-memory infix suggester over the entries, the heaviest first; {@code null} when there are none. */
  private static InfixSuggester infix(Map<String, Long> weights, Analyzer analyzer, BooleanSupplier stopped)
      throws IOException {
    if (weights.isEmpty()) {
      return null;
    }
    // Nothing of it is written to disk: the index lives in memory and goes with this view.
    InfixSuggester suggester = new InfixSuggester(analyzer, EDGE_GRAMS);
    suggester.build(new WeightedInput(weights, stopped));
    return suggester;
  }

  /** The {@link #MAX_TITLES} newest titles. */
  private static Map<String, Long> newest(Map<String, Long> titleDays) {
    if (titleDays.size() <= MAX_TITLES) {
      return titleDays;
    }
    return titleDays.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(MAX_TITLES)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

}
