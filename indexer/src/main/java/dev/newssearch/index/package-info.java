/**
 * The Lucene index: {@link dev.newssearch.index.ArticleSchema} defines every field and
 * {@link dev.newssearch.index.NewsAnalyzer} the text analysis, once, for the indexer and the search
 * service alike; {@link dev.newssearch.index.IndexGenerations} keeps full rebuilds in separate
 * generation folders made live by one atomic pointer switch; {@link dev.newssearch.index.Indexer}
 * runs full and incremental runs in parallel over one {@code IndexWriter}, each article's quotes
 * bounded by {@link dev.newssearch.index.QuoteLimit}, and {@link dev.newssearch.index.RebuildShape}
 * says how a full rebuild lays out its segments (its RAM buffer, and the merge into one segment
 * before it is published).
 * {@link dev.newssearch.index.NearDuplicateSignature} is the MinHash of an article's text, indexed so
 * that the search can group copies and near-duplicates; {@link dev.newssearch.index.IndexCodec} writes
 * its band terms behind a Bloom filter, so that the many lookups that miss a segment are cheap, and
 * {@link dev.newssearch.index.IndexingCodec} writes those same files with the norms in memory while
 * postings are written.
 */
package dev.newssearch.index;
