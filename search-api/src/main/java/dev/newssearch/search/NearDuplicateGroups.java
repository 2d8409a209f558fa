package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NearDuplicateSignature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;

/**
 * Near-duplicate grouping ({@link NearDuplicateGrouping}) over the embedded index: band terms are
 * looked up in each segment among the search's matches (kept by the marking pass), or, where a
 * segment has few matches, read from their signatures; signatures read from binary doc values, and
 * documents named by their top-level document number.
 */
final class NearDuplicateGroups implements NearDuplicateGrouping.Matches<Integer> {
  /**
   * Matches in a segment up to which their band terms are read from their signatures, all at once,
   * rather than each band term a group needs sought in the segment's terms dictionary. A page of ten
   * first ranks 80 hits, and a segment with no more matches than that has every one of them grouped,
   * each group seeking 16 band terms: a walk down the dictionary each, most of the grouping's time
   * for a rare word. Reading their signatures from doc values costs less; for many more matches
   * than the page reads, seeking wins (1,000 measured slower than seeking for a few hundred).
   */
  static final int FEW_MATCHES = 100;

  private final int fewMatches;

  /**
   * One hit of a grouped page.
   *
   * @param hit the hit shown
   * @param similar the documents of its copies and near-duplicates, in the search's order
   */
  record Group(ScoreDoc hit, List<Integer> similar) {}

  private final IndexSearcher searcher;
  private final Query query;
  private final Sort sort;
  private final List<LeafReaderContext> leaves;
  private final Map<Integer, FacetsCollector.MatchingDocs> matchesByLeaf = new HashMap<>();
  private final Map<Integer, BitSet> matchingBits = new HashMap<>();
  /** Per segment, one enum over the band terms and one over the signatures, reused by every lookup. */
  private final Map<Integer, TermsEnum> bandTerms = new HashMap<>();
  private final Map<Integer, PostingsEnum> bandPostings = new HashMap<>();
  /**
   * The matching documents of each band term looked up so far. Copies share their band terms, so
   * following a group from each of its members would otherwise repeat the same seeks in every segment.
   */
  private final Map<String, List<Integer>> matchesOfBand = new HashMap<>();
  private final Map<Integer, BinaryDocValues> signatureValues = new HashMap<>();
  /**
   * Per segment of {@link #fewMatches} matches at most, the matching documents of each of their band
   * terms, from their signatures; {@code null} for a segment of more.
   */
  private final Map<Integer, Map<String, List<Integer>>> fewMatchesByBand = new HashMap<>();
  /** The signatures read to find those band terms, by document, for the grouping to reuse. */
  private final Map<Integer, NearDuplicateSignature> signatureOf = new HashMap<>();
  /** The hits read from the ranking, by document, to give each group its scored hit. */
  private final Map<Integer, ScoreDoc> hitOf = new HashMap<>();
  private ScoreDoc after;

  /**
   * @param searcher the searcher of the search
   * @param query the search's query
   * @param sort the search's sort, or {@code null} for relevance
   * @param matching every match of the search (facet collection keeps them)
   */
  NearDuplicateGroups(IndexSearcher searcher, Query query, Sort sort, FacetsCollector matching) {
    this(searcher, query, sort, matching, FEW_MATCHES);
  }

  /**
   * @param fewMatches matches in a segment up to which their band terms are read from their
   *     signatures ({@link #FEW_MATCHES}; tests compare both ways)
   */
  NearDuplicateGroups(IndexSearcher searcher, Query query, Sort sort, FacetsCollector matching, int fewMatches) {
    this.fewMatches = fewMatches;
    this.searcher = searcher;
    this.query = query;
    this.sort = sort;
    this.leaves = searcher.getIndexReader().leaves();
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      matchesByLeaf.put(docs.context().ord, docs);
    }
  }

  /** A page without grouping: every hit stands alone. */
  static List<Group> ungrouped(ScoreDoc[] page) {
    List<Group> groups = new ArrayList<>(page.length);
    for (ScoreDoc hit : page) {
      groups.add(new Group(hit, List.of()));
    }
    return groups;
  }

  /**
   * The groups of one page.
   *
   * @param after the cursor position the search started after, or {@code null}
   * @param ranked the search's first ranked hits
   * @param asked how many hits the search asked for ({@code ranked} holds fewer when there are no more)
   * @param skip groups before the page
   * @param count groups on the page
   */
  List<Group> page(ScoreDoc after, TopDocs ranked, int asked, int skip, int count) throws IOException {
    this.after = after;
    List<NearDuplicateGrouping.Group<Integer>> groups =
        new NearDuplicateGrouping<>(this, NearDuplicateGrouping.MAX_RANKED).page(docs(ranked.scoreDocs), after == null, asked, skip, count);
    List<Group> page = new ArrayList<>(groups.size());
    for (NearDuplicateGrouping.Group<Integer> group : groups) {
      page.add(new Group(hitOf.get(group.hit()), group.similar()));
    }
    return page;
  }

  @Override
  public List<Integer> ranked(int count) throws IOException {
    ScoreDoc[] hits = sort == null ? searcher.searchAfter(after, query, count).scoreDocs
        : searcher.searchAfter(after, query, count, sort).scoreDocs;
    return docs(hits);
  }

  private List<Integer> docs(ScoreDoc[] hits) {
    List<Integer> docs = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      hitOf.putIfAbsent(hit.doc, hit);
      docs.add(hit.doc);
    }
    return docs;
  }

  @Override
  public List<Integer> inSearchOrder(List<Integer> members) throws IOException {
    List<BytesRef> ids = new ArrayList<>(members.size());
    for (String id : new SimilarArticles(searcher).ids(members)) {
      ids.add(new BytesRef(id));
    }
    Query only = new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermInSetQuery(ArticleSchema.ID, ids), Occur.FILTER)
        .build();
    TopDocs top = sort == null ? searcher.search(only, members.size()) : searcher.search(only, members.size(), sort);
    List<Integer> ordered = new ArrayList<>(members.size());
    for (ScoreDoc hit : top.scoreDocs) {
      ordered.add(hit.doc);
    }
    return ordered;
  }

  @Override
  public List<Integer> withBands(List<String> bands) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (String band : bands) {
      docs.addAll(withTerm(band));
    }
    return docs;
  }

  /**
   * The matching documents holding a band term, as top-level document numbers. Most band terms
   * belong to one article only, so a seek per segment usually settles it without reading postings.
   */
  private List<Integer> withTerm(String band) throws IOException {
    List<Integer> known = matchesOfBand.get(band);
    if (known != null) {
      return known;
    }
    BytesRef term = new BytesRef(band);
    List<Integer> docs = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      Map<String, List<Integer>> fewByBand = fewMatchesByBand(leaf);
      if (fewByBand != null) {
        docs.addAll(fewByBand.getOrDefault(band, List.of()));
        continue;
      }
      BitSet matching = matching(leaf);
      TermsEnum terms = matching == null ? null : bandTerms(leaf);
      if (terms == null || !terms.seekExact(term)) {
        continue;
      }
      PostingsEnum postings = terms.postings(bandPostings.get(leaf.ord), PostingsEnum.NONE);
      bandPostings.put(leaf.ord, postings);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (matching.get(doc)) {
          docs.add(leaf.docBase + doc);
        }
      }
    }
    matchesOfBand.put(band, docs);
    return docs;
  }

  /**
   * The matching documents of each band term of a segment's matches, read from their signatures in
   * document order (the order the postings give), when the segment holds {@link #fewMatches} at
   * most (none when it has no matches); {@code null} otherwise. A document's band terms are its
   * signature's band keys, indexed beside it, so both ways find the same documents.
   */
  private Map<String, List<Integer>> fewMatchesByBand(LeafReaderContext leaf) throws IOException {
    if (fewMatchesByBand.containsKey(leaf.ord)) {
      return fewMatchesByBand.get(leaf.ord);
    }
    FacetsCollector.MatchingDocs docs = matchesByLeaf.get(leaf.ord);
    Map<String, List<Integer>> byBand = null;
    if (docs == null || docs.totalHits() == 0 || docs.bits() == null) {
      byBand = Map.of();
    } else if (docs.totalHits() <= fewMatches) {
      byBand = new HashMap<>();
      BinaryDocValues values = leaf.reader().getBinaryDocValues(ArticleSchema.NEAR_DUPLICATE_SIGNATURE);
      DocIdSetIterator matches = docs.bits().iterator();
      for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = matches.nextDoc()) {
        if (values.advanceExact(doc)) {
          NearDuplicateSignature signature = NearDuplicateSignature.fromBytes(values.binaryValue());
          signatureOf.put(leaf.docBase + doc, signature);
          for (String band : signature.bandKeys()) {
            byBand.computeIfAbsent(band, key -> new ArrayList<>()).add(leaf.docBase + doc);
          }
        }
      }
    }
    fewMatchesByBand.put(leaf.ord, byBand);
    return byBand;
  }

  private TermsEnum bandTerms(LeafReaderContext leaf) throws IOException {
    if (!bandTerms.containsKey(leaf.ord)) {
      Terms terms = leaf.reader().terms(ArticleSchema.NEAR_DUPLICATE_BANDS);
      bandTerms.put(leaf.ord, terms == null ? null : terms.iterator());
    }
    return bandTerms.get(leaf.ord);
  }

  /** The search's matches in one segment as random-access bits, built on first use; null when none. */
  private BitSet matching(LeafReaderContext leaf) throws IOException {
    if (matchingBits.containsKey(leaf.ord)) {
      return matchingBits.get(leaf.ord);
    }
    FacetsCollector.MatchingDocs docs = matchesByLeaf.get(leaf.ord);
    BitSet bits = null;
    if (docs != null && docs.bits() != null && docs.totalHits() > 0) {
      DocIdSetIterator iterator = docs.bits().iterator();
      bits = iterator == null ? null : BitSet.of(iterator, leaf.reader().maxDoc());
    }
    matchingBits.put(leaf.ord, bits);
    return bits;
  }

  @Override
  public NearDuplicateSignature signature(Integer doc) throws IOException {
    NearDuplicateSignature known = signatureOf.get(doc);
    if (known != null) {
      return known;
    }
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    // Doc values only move forward: the segment's iterator is reused until a lookup goes back.
    BinaryDocValues values = signatureValues.get(leaf.ord);
    if (values == null || values.docID() >= doc - leaf.docBase) {
      values = leaf.reader().getBinaryDocValues(ArticleSchema.NEAR_DUPLICATE_SIGNATURE);
      signatureValues.put(leaf.ord, values);
    }
    return values != null && values.advanceExact(doc - leaf.docBase)
        ? NearDuplicateSignature.fromBytes(values.binaryValue())
        : null;
  }
}
