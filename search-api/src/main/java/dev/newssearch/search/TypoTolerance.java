package dev.newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * Typo tolerance for the search box: when a query finds fewer than {@link #FEW_HITS} articles, its
 * long words are matched again within a few edits of the words of the index, and the answer says
 * what the query probably meant.
 *
 * <ul>
 *   <li>Only plain words are loosened: a word of {@link #ONE_EDIT} letters or more may be one edit
 *       (a letter added, dropped, changed, or two swapped) from an index word, one of
 *       {@link #TWO_EDITS} or more two edits; the first letter must match. Shorter words, phrases,
 *       prefixes, exclusions and filter values (a speaker's name) are never loosened.
 *   <li>A word is replaced only by words more articles use than the word itself, so a correctly
 *       spelled rare word is left alone; it is searched beside its {@link #ALTERNATIVES} closest
 *       replacements (closest first, then the most used), so its own matches stay.
 *   <li>"Did you mean" is the query with each loosened word replaced by its best replacement. It is
 *       offered, and the loosened results shown (flagged {@link SearchPage#fuzzy()}), only when the
 *       loosened query finds more than the query as typed.
 * </ul>
 *
 * <p>The advanced syntax has its own explicit fuzzy terms ({@code taiwn~}) and is never loosened.
 * These rules are the same on every backend; where the words of the index and their counts come
 * from is the backend's {@link Vocabulary}.
 */
public final class TypoTolerance {
  /** A query that finds fewer articles than this is retried with typos allowed. */
  static final int FEW_HITS = 3;
  /** Words at least this long may be one edit away from what was meant. */
  static final int ONE_EDIT = 5;
  /** Words at least this long may be two edits away. */
  static final int TWO_EDITS = 8;
  /** Replacements searched beside a loosened word. */
  static final int ALTERNATIVES = 3;

  /**
   * A word of the index as people write it.
   *
   * @param text the word in lower case
   * @param stem the index term it becomes
   * @param articles how many articles have that term in their body
   */
  public record Word(String text, String stem, long articles) {}

  /** The words of a view of the index that query words may be corrected to. */
  public interface Vocabulary {
    /**
     * Words within {@code maxEdits} edits of {@code word} (Damerau–Levenshtein, same first letter),
     * closest first and among equally close the most used first.
     */
    List<Word> corrections(String word, int maxEdits, int limit);

    /** How many articles use {@code word}: the number whose body has its stem (0 for a stopword). */
    long articlesWith(String word);
  }

  private final Analyzer indexAnalyzer;

  /** @param indexAnalyzer how article text was analysed, to tell a word's stem */
  public TypoTolerance(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * The answer to {@code request}: {@code found} itself, or, when it found little and a loosened
   * query finds more, the loosened query's answer with "did you mean".
   *
   * @param found the answer to the query as typed
   * @param vocabulary the words of the view searched, when they are ready; asked only when the query found little
   * @param search runs a request on the same view
   */
  public SearchPage retry(SearchRequest request, SearchPage found, Supplier<Optional<Vocabulary>> vocabulary,
      Function<SearchRequest, SearchPage> search) {
    if (request.syntax() != SearchRequest.QuerySyntax.BOX || request.query().isBlank() || found.total() >= FEW_HITS
        || found.timedOut()) {
      return found;
    }
    Optional<Vocabulary> ready = vocabulary.get();
    if (ready.isEmpty()) {
      return found;
    }
    Optional<Correction> correction = correct(request.query(), ready.get());
    if (correction.isEmpty()) {
      return found;
    }
    SearchPage loosened;
    try {
      loosened = search.apply(new SearchRequest(correction.get().loosened(), request.syntax(), request.scope(),
          request.filters(), request.sort(), request.page(), request.size(), request.cursor(), request.group(),
          request.recency(), request.semantic()));
    } catch (InvalidRequestException overLimits) {
      return found; // the replacements made the query bigger than the limits the query as typed met
    }
    return loosened.total() > found.total() ? loosened.asFuzzy(correction.get().didYouMean()) : found;
  }

  /** The index term of a single word, or {@code null} when it is a stopword or several words. */
  public static String stemOf(String word, Analyzer indexAnalyzer) {
    return IndexWords.stemOf(word, indexAnalyzer);
  }

  /**
   * A query with typos allowed.
   *
   * @param loosened the query in box syntax with each loosened word OR-ed with its replacements
   * @param didYouMean the query with each loosened word replaced by its best replacement
   */
  record Correction(String loosened, String didYouMean) {}

  /** The query with its long, uncommon words loosened; empty when no word has a more common neighbour. */
  Optional<Correction> correct(String query, Vocabulary words) {
    List<BoxQueryParser.Part> parts = BoxQueryParser.tokenize(query);
    List<String> loosened = new ArrayList<>(parts.size());
    List<String> meant = new ArrayList<>(parts.size());
    boolean changed = false;
    for (BoxQueryParser.Part part : parts) {
      List<Word> replacements = part.kind() == BoxQueryParser.Kind.WORD && !part.negated()
          ? replacements(part.text(), words)
          : List.of();
      if (replacements.isEmpty()) {
        loosened.add(written(part));
        meant.add(written(part));
        continue;
      }
      changed = true;
      StringBuilder either = new StringBuilder(part.text());
      replacements.forEach(word -> either.append(" OR ").append(word.text()));
      loosened.add(either.toString());
      meant.add(replacements.get(0).text());
    }
    return changed ? Optional.of(new Correction(String.join(" ", loosened), String.join(" ", meant))) : Optional.empty();
  }

  /** Words of the index close to {@code word} and more used than it; empty for short or non-words. */
  private List<Word> replacements(String word, Vocabulary words) {
    int letters = word.codePointCount(0, word.length());
    if (letters < ONE_EDIT || !word.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    List<Word> candidates = words.corrections(word, letters >= TWO_EDITS ? 2 : 1, ALTERNATIVES * 3);
    if (candidates.isEmpty()) {
      return List.of();
    }
    String stem = IndexWords.stemOf(word, indexAnalyzer);
    long used = words.articlesWith(word);
    return candidates.stream()
        .filter(candidate -> candidate.articles() > used && !candidate.stem().equals(stem))
        .limit(ALTERNATIVES)
        .toList();
  }

  /** A part as it is written in the box syntax. */
  private static String written(BoxQueryParser.Part part) {
    String sign = part.negated() ? "-" : "";
    return switch (part.kind()) {
      case PHRASE -> sign + '"' + part.text() + '"';
      case PREFIX -> sign + part.text() + "*";
      case WORD -> sign + part.text();
      case OR -> "OR";
    };
  }
}
