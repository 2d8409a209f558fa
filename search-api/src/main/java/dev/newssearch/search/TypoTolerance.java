package dev.newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;

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
 */
final class TypoTolerance {
  /** A query that finds fewer articles than this is retried with typos allowed. */
  static final int FEW_HITS = 3;
  /** Words at least this long may be one edit away from what was meant. */
  static final int ONE_EDIT = 5;
  /** Words at least this long may be two edits away. */
  static final int TWO_EDITS = 8;
  /** Replacements searched beside a loosened word. */
  static final int ALTERNATIVES = 3;

  private final Analyzer indexAnalyzer;

  /** @param indexAnalyzer how article text was analysed, to count the articles using a word */
  TypoTolerance(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * The answer to {@code request}: {@code found} itself, or, when it found little and a loosened
   * query finds more, the loosened query's answer with "did you mean".
   *
   * @param found the answer to the query as typed
   * @param suggestions the suggestions of the view searched, with its vocabulary, when they are ready
   * @param reader the view searched
   * @param search runs a request on the same view
   */
  SearchPage retry(SearchRequest request, SearchPage found, Supplier<Optional<SuggestionIndex>> suggestions, IndexReader reader,
      Function<SearchRequest, SearchPage> search) {
    if (request.syntax() != SearchRequest.QuerySyntax.BOX || request.query().isBlank() || found.total() >= FEW_HITS
        || found.timedOut()) {
      return found;
    }
    Optional<SuggestionIndex> ready = suggestions.get();
    if (ready.isEmpty()) {
      return found;
    }
    Optional<Correction> correction = correct(request.query(), ready.get().words(), reader);
    if (correction.isEmpty()) {
      return found;
    }
    SearchPage loosened;
    try {
      loosened = search.apply(new SearchRequest(correction.get().loosened(), request.syntax(), request.scope(),
          request.filters(), request.sort(), request.page(), request.size(), request.cursor(), request.group(),
          request.recency()));
    } catch (InvalidRequestException overLimits) {
      return found; // the replacements made the query bigger than the limits the query as typed met
    }
    return loosened.total() > found.total() ? loosened.asFuzzy(correction.get().didYouMean()) : found;
  }

  /**
   * A query with typos allowed.
   *
   * @param loosened the query in box syntax with each loosened word OR-ed with its replacements
   * @param didYouMean the query with each loosened word replaced by its best replacement
   */
  record Correction(String loosened, String didYouMean) {}

  /** The query with its long, uncommon words loosened; empty when no word has a more common neighbour. */
  Optional<Correction> correct(String query, IndexWords words, IndexReader reader) {
    List<BoxQueryParser.Part> parts = BoxQueryParser.tokenize(query);
    List<String> loosened = new ArrayList<>(parts.size());
    List<String> meant = new ArrayList<>(parts.size());
    boolean changed = false;
    for (BoxQueryParser.Part part : parts) {
      List<IndexWords.Word> replacements = part.kind() == BoxQueryParser.Kind.WORD && !part.negated()
          ? replacements(part.text(), words, reader)
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
  private List<IndexWords.Word> replacements(String word, IndexWords words, IndexReader reader) {
    int letters = word.codePointCount(0, word.length());
    if (letters < ONE_EDIT || !word.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    String stem = IndexWords.stemOf(word, indexAnalyzer);
    long used = IndexWords.articlesWith(word, indexAnalyzer, reader);
    return words.corrections(word, letters >= TWO_EDITS ? 2 : 1, ALTERNATIVES * 3).stream()
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
