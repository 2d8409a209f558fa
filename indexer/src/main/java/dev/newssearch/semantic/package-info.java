/**
 * Meaning, beside words: {@link dev.newssearch.semantic.TextEmbedder} turns a text into a vector
 * with a small sentence-embedding model run in-process, {@link dev.newssearch.semantic.ArticleEmbedding}
 * holds an article's vectors (its lead and its passages) as the index stores them and scores a query
 * against them, and {@link dev.newssearch.semantic.SemanticIndexing} says whether an index carries
 * them. The search re-ranks its best hits with them when the index does. {@code OnnxNativeLibraries}
 * keeps the model runtime's native libraries in the user's cache, where every process loads them.
 */
package dev.newssearch.semantic;
