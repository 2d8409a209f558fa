package dev.newssearch.search;

import java.util.List;
import java.util.Optional;

/**
 * Everything the REST API and the CLI ask of an index. Implementations are thread-safe and answer
 * with our own records, so a backend can be swapped without touching the handlers.
 */
public interface SearchService extends AutoCloseable {

  /** Searches articles. */
  SearchPage search(SearchRequest request);

  /** The article with this id, with its quotes. */
  Optional<ArticleDetail> article(String id);

  /**
   * Articles about the same things as the article {@code id}, most alike first.
   *
   * @return empty when there is no such article
   */
  Optional<java.util.List<RelatedArticle>> related(String id, int limit);

  /** Searches quotes. */
  QuotePage quotes(QuoteSearchRequest request);

  /** Speakers whose name starts with {@code prefix} (any word of it, ignoring case), most quoted first. */
  List<SpeakerCount> speakers(String prefix, int limit);

  /**
   * Completions for what is typed in the search box: speakers, words of the index and article
   * titles matching {@code prefix}, at most {@code limit}; none for a prefix under two characters.
   */
  List<Suggestion> suggest(String prefix, int limit);

  /** The state of the index. */
  IndexStatus status();

  /** Size and change counts of the index, for {@code /metrics}. */
  default IndexUsage usage() {
    return IndexUsage.UNKNOWN;
  }

  @Override
  void close();
}
