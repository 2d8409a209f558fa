package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NewsAnalyzer;
import dev.newssearch.search.TypoTolerance.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The words of one view of the index as people write them, each with the number of articles that
 * use it: the vocabulary behind word completions and spelling corrections.
 *
 * <p>The index's terms are Porter stems ("presid" for "president"), which are neither words to
 * show nor words to correct against: a spell checker over stems offers "present" for "presdent",
 * since "presid" is three edits away. So the words are collected as written, from the text of the
 * view, each tied to its stem; a word's count is the number of articles whose body has that stem,
 * read from the index itself.
 */
final class IndexWords {
  /** The field of the in-memory word list the spell checker reads. */
  private static final String WORD = "word";
  /** Candidates the spell checker weighs per correction: enough to find the most common among equals. */
  private static final int INSPECTIONS = 50;

  private final Map<String, Word> byKey;
  private final WFSTCompletionLookup completions;
  private final IndexReader spelling;
  private final DirectSpellChecker oneEdit;
  private final DirectSpellChecker twoEdits;

  private IndexWords(Map<String, Word> byKey, Map<String, Long> completionWords) throws IOException {
    this.byKey = byKey;
    this.completions = new WFSTCompletionLookup(new ByteBuffersDirectory(), "words");
    completions.build(new WeightedInput(completionWords));
    MemoryIndex words = new MemoryIndex();
    words.addField(WORD, String.join(" ", byKey.keySet()), new WhitespaceAnalyzer());
    words.freeze(); // readable from many threads from here on
    this.spelling = words.createSearcher().getIndexReader();
    this.oneEdit = spellChecker(1);
    this.twoEdits = spellChecker(2);
  }

  /** How many articles use {@code word}: the number whose body has its stem (0 for a stopword). */
  static long articlesWith(String word, Analyzer indexAnalyzer, IndexReader reader) {
    String stem = stemOf(word, indexAnalyzer);
    try {
      return stem == null ? 0 : reader.docFreq(new Term(ArticleSchema.BODY, stem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index term of a single word, or {@code null} when it is a stopword or several words. */
  static String stemOf(String word, Analyzer indexAnalyzer) {
    try (TokenStream tokens = indexAnalyzer.tokenStream(ArticleSchema.BODY, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String stem = tokens.incrementToken() ? term.toString() : null;
      boolean more = tokens.incrementToken();
      tokens.end();
      return more ? null : stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Words that start with {@code prefix} (compared in lower case without diacritics), the most used
   * first, one per stem, without {@code prefix} itself.
   */
  List<String> complete(String prefix, int limit) {
    String key = key(prefix);
    if (key.isEmpty()) {
      return List.of();
    }
    try {
      List<String> found = new ArrayList<>(limit);
      for (Lookup.LookupResult result : completions.lookup(key, false, limit + 1)) {
        String word = result.key.toString();
        if (!word.equals(key) && found.size() < limit) {
          found.add(byKey.get(word).text());
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Words within {@code maxEdits} edits of {@code word} (Damerau–Levenshtein, same first letter),
   * closest first and among equally close the most used first.
   */
  List<Word> corrections(String word, int maxEdits, int limit) {
    String key = key(word);
    DirectSpellChecker checker = maxEdits >= 2 ? twoEdits : oneEdit;
    try {
      List<Word> found = new ArrayList<>(limit);
      for (SuggestWord candidate : checker.suggestSimilar(new Term(WORD, key), limit, spelling, SuggestMode.SUGGEST_ALWAYS)) {
        found.add(byKey.get(candidate.string));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This vocabulary for typo tolerance, with the articles using a word counted in the view searched.
   *
   * @param reader the view searched
   * @param indexAnalyzer how article text was analysed
   */
  TypoTolerance.Vocabulary forView(IndexReader reader, Analyzer indexAnalyzer) {
    return new TypoTolerance.Vocabulary() {
      @Override
      public List<Word> corrections(String word, int maxEdits, int limit) {
        return IndexWords.this.corrections(word, maxEdits, limit);
      }

      @Override
      public long articlesWith(String word) {
        return IndexWords.articlesWith(word, indexAnalyzer, reader);
      }
    };
  }

  /** How many words the vocabulary holds. */
  int size() {
    return byKey.size();
  }

  private DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMaxInspections(INSPECTIONS);
    // Every word of the list occurs once in it: how common a word is comes from our counts instead.
    checker.setMaxQueryFrequency(1f);
    checker.setComparator(Comparator.<SuggestWord>comparingDouble(w -> w.score)
        .thenComparingLong(w -> byKey.get(w.string).articles())
        .thenComparing(w -> w.string, Comparator.reverseOrder()));
    return checker;
  }

  /** A word as looked up: lower case, diacritics folded. */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().allMatch(c -> c < 0x80)) {
      return lower;
    }
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }

  /**
   * Collects the words of texts with the index analyzer, so each word is tied to the exact term it
   * became in the index.
   */
  static final class Builder {
    private final Analyzer analyzer = new NewsAnalyzer();
    private final Map<String, Seen> seen = new HashMap<>();

    /** Adds the words of one text. */
    void add(String text) {
      if (text == null || text.isEmpty()) {
        return;
      }
      try (TokenStream tokens = analyzer.tokenStream(ArticleSchema.BODY, text)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          String written = withoutPossessive(text.substring(offsets.startOffset(), offsets.endOffset())).toLowerCase(Locale.ROOT);
          if (written.length() < 2 || !written.chars().allMatch(Character::isLetter)) {
            continue; // numbers, codes and initials are not worth completing or correcting to
          }
          String key = key(written);
          Seen word = seen.computeIfAbsent(key, k -> new Seen(written, term.toString()));
          word.count++;
        }
        tokens.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The vocabulary: the words collected whose stem at least {@code minArticles} articles of
     * {@code reader} have.
     */
    IndexWords build(IndexReader reader, long minArticles) throws IOException {
      Map<String, Long> articlesPerStem = new HashMap<>();
      Map<String, Word> byKey = new HashMap<>();
      Map<String, String> bestKeyPerStem = new HashMap<>();
      for (Map.Entry<String, Seen> entry : seen.entrySet()) {
        Seen word = entry.getValue();
        long articles = articlesPerStem.computeIfAbsent(word.stem, stem -> docFreq(reader, stem));
        if (articles < minArticles || articles == 0) {
          continue;
        }
        byKey.put(entry.getKey(), new Word(word.written, word.stem, articles));
        // Completions offer one form per stem, the one written most often ("president", not "presidents").
        bestKeyPerStem.merge(word.stem, entry.getKey(), (a, b) -> seen.get(a).count >= seen.get(b).count ? a : b);
      }
      Map<String, Long> completionWords = new HashMap<>();
      for (String key : bestKeyPerStem.values()) {
        completionWords.put(key, byKey.get(key).articles());
      }
      return new IndexWords(byKey, completionWords);
    }

    private static long docFreq(IndexReader reader, String stem) {
      try {
        return reader.docFreq(new Term(ArticleSchema.BODY, stem));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String withoutPossessive(String word) {
      int n = word.length();
      if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S') && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')) {
        return word.substring(0, n - 2);
      }
      return word;
    }

    private static final class Seen {
      final String written;
      final String stem;
      long count;

      Seen(String written, String stem) {
        this.written = written;
        this.stem = stem;
      }
    }
  }
}
