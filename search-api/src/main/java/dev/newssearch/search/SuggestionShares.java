package dev.newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the completions of the search box are put together, on every backend: speakers, then words,
 * then titles, each kind with a quarter of the list, what one kind leaves unused going to the others.
 */
public final class SuggestionShares {
  // Compiled once: suggestions are asked for at every keystroke.
  /** Between the words of the box. */
  static final Pattern BLANKS = Pattern.compile("\\s+");
  /** The query syntax {@link #lastWord} takes away. */
  private static final Pattern SYNTAX = Pattern.compile("^[-+\"(]+|[\")*]+$");

  private SuggestionShares() {}

  /**
   * The word being typed: the last word of the box, without the query syntax around it (a leading
   * {@code -}, {@code +}, quote or parenthesis, a closing quote, parenthesis or {@code *}).
   */
  public static String lastWord(String typed) {
    String[] words = BLANKS.split(typed.strip());
    return SYNTAX.matcher(words[words.length - 1]).replaceAll("");
  }

  /**
   * Speakers, then words, then titles, at most {@code limit} in all.
   *
   * @param speakers speaker completions, best first
   * @param words word completions, best first
   * @param titles title completions, best first
   */
  public static List<Suggestion> combine(List<Suggestion> speakers, List<Suggestion> words, List<Suggestion> titles, int limit) {
    int share = Math.max(1, limit / 4);
    int speakerCount = Math.min(speakers.size(), Math.min(share, limit));
    int wordCount = Math.min(words.size(), Math.min(share, limit - speakerCount));
    int titleCount = Math.min(titles.size(), limit - speakerCount - wordCount);
    int spare = limit - speakerCount - wordCount - titleCount;
    int moreWords = Math.min(spare, words.size() - wordCount);
    wordCount += moreWords;
    speakerCount += Math.min(spare - moreWords, speakers.size() - speakerCount);
    List<Suggestion> all = new ArrayList<>(limit);
    all.addAll(speakers.subList(0, speakerCount));
    all.addAll(words.subList(0, wordCount));
    all.addAll(titles.subList(0, titleCount));
    return all;
  }
}
