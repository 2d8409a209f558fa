package dev.newssearch.enrich;

import dev.newssearch.article.Article;

/**
 * Runs the enrichment stages over one article: boilerplate out of the body, then quotes and
 * speakers. Stateless apart from its immutable parts, so one instance serves every indexing thread.
 */
public final class Enricher {
  private final BoilerplateFilter boilerplate;
  private final QuoteExtractor quotes;

  /**
   * @param aliases the alias list speakers are resolved through
   */
  public Enricher(AliasList aliases) {
    this.boilerplate = new BoilerplateFilter();
    this.quotes = new QuoteExtractor(aliases);
  }

  /** The article with a cleaned body and its quotes; what its writer states is its byline's. */
  public Article enrich(Article article) {
    Article cleaned = article.withBody(boilerplate.clean(article.body()));
    return cleaned.withQuotes(quotes.extract(cleaned.body(), cleaned.author()));
  }
}
