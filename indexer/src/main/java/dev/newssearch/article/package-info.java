/**
 * The article model shared by every stage: a parsed {@link dev.newssearch.article.Article}, the
 * {@link dev.newssearch.article.Quote quotes} found in it and the speakers they resolve to.
 *
 * <p>These are plain immutable records with no Lucene, Javalin or Jackson types, so readers,
 * enrichers, the index and both search backends can exchange them freely.
 */
package dev.newssearch.article;
