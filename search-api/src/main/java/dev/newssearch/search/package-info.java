/**
 * The search service, independent of HTTP: {@link dev.newssearch.search.SearchService} takes our own
 * request records and answers our own result records, never Lucene types, so the REST handlers, the
 * CLI and another backend can share it. {@link dev.newssearch.search.LuceneSearchService} implements
 * it over the live generation of an embedded index ({@link dev.newssearch.search.LiveIndex}). What
 * one query may cost is bounded by {@link dev.newssearch.search.QueryLimits} and
 * {@link dev.newssearch.search.QueryBudget}; deep paging goes through a {@link dev.newssearch.search.Cursor}.
 * {@link dev.newssearch.search.NearDuplicateGrouping} folds copies of a hit under it (the rule, shared
 * with other backends; {@code NearDuplicateGroups} feeds it from the embedded index), and
 * {@link dev.newssearch.search.RecencyBoost} is the optional boost of recent articles. The facets count
 * every match exactly ({@code KeywordFacets} for speakers and sources, {@code DateFacet} for the
 * timeline), from arrays read once per segment and kept until it closes ({@code SegmentArrays}); a
 * quote search folds the copies of a quote into one hit ({@code QuoteCopies}). On an index
 * built with embeddings, {@code SemanticReranking} re-ranks a search's best hits by meaning and
 * {@code RerankedQuery} carries the new order in the scores of the query itself.
 * Search-box suggestions and the words typo tolerance corrects to are built in memory for each view
 * of the index ({@code SuggestionIndexes}, {@code TypoTolerance}). Another backend reuses the rules
 * of grouping, typo tolerance and suggestions ({@link dev.newssearch.search.NearDuplicateGrouping},
 * {@link dev.newssearch.search.TypoTolerance}, {@link dev.newssearch.search.SuggestionShares}) and
 * feeds them from its own index.
 */
package dev.newssearch.search;
