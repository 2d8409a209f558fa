package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import dev.newssearch.index.NearDuplicateSignature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Folds copies and near-duplicates among the matches of one search, so that a wire story carried
 * by ten outlets is one hit with nine "similar" articles under it.
 *
 * <p>A <b>group</b> is a set of matching articles linked by near-duplicate pairs
 * ({@link NearDuplicateSignature#isNearDuplicateOf}; candidates come from the signature's band
 * terms, so finding them costs a few term lookups per hit). Only articles that match the search
 * join a group, and the group is shown once, at the place of its best-ranked member in the
 * search's own order (relevance, or date): that member is the hit, the others are its
 * {@code similar}. Since the leader depends only on the group and the order, not on the page, the
 * same group is never shown on two pages, whether paged by number or by cursor.
 *
 * <p>Totals and facets are not touched: they count matching articles, copies included.
 */
final class NearDuplicateGroups {
  /**
   * Members gathered for one group at most. A story syndicated more widely shows this many, and
   * bounds the work one hit can cause.
   */
  static final int MAX_GROUP = 100;
  /** Ranked hits read at most while filling a page with groups. */
  static final int MAX_RANKED = 100_000;

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
  private final Map<Integer, NearDuplicateSignature> signatures = new HashMap<>();
  /** Per segment, one enum over the band terms and one over the signatures, reused by every lookup. */
  private final Map<Integer, TermsEnum> bandTerms = new HashMap<>();
  private final Map<Integer, PostingsEnum> bandPostings = new HashMap<>();
  /**
   * The matching documents of each band term looked up so far. Copies share their band terms, so
   * following a group from each of its members would otherwise repeat the same seeks in every segment.
   */
  private final Map<String, List<Integer>> matchesOfBand = new HashMap<>();
  private final Map<Integer, BinaryDocValues> signatureValues = new HashMap<>();
  /** Every document whose group is known, to its group's leader. */
  private final Map<Integer, Integer> leaderOf = new HashMap<>();
  /** The other members of each known group, by leader. */
  private final Map<Integer, List<Integer>> similarOf = new HashMap<>();
  /** Rank of each hit read so far, by document. */
  private final Map<Integer, Integer> rankOf = new HashMap<>();
  /** Whether the ranking read starts at the top (page numbers), not after a cursor. */
  private boolean rankedFromTop;

  /**
   * @param searcher the searcher of the search
   * @param query the search's query
   * @param sort the search's sort, or {@code null} for relevance
   * @param matching every match of the search (facet collection keeps them)
   */
  NearDuplicateGroups(IndexSearcher searcher, Query query, Sort sort, FacetsCollector matching) {
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
    List<Group> page = new ArrayList<>(count);
    rankedFromTop = after == null;
    ScoreDoc[] hits = ranked.scoreDocs;
    int fetched = asked;
    // The ranking is read in stages that double in depth. A group takes the ranks known when it is
    // found, so a stage makes known the ranks of its hits only, however deep the search behind it read.
    int stage = asked;
    int rankedTo = 0;
    int groupsSeen = 0;
    int next = 0;
    while (true) {
      int stageEnd = Math.min(stage, hits.length);
      for (; rankedTo < stageEnd; rankedTo++) {
        rankOf.putIfAbsent(hits[rankedTo].doc, rankedTo);
      }
      for (; next < stageEnd && page.size() < count; next++) {
        List<Integer> similar = groupLedBy(hits[next].doc);
        if (similar != null && groupsSeen++ >= skip) {
          page.add(new Group(hits[next], similar));
        }
      }
      // Fewer hits than the stage asked for: the ranking ends there.
      boolean exhausted = hits.length < stage || stage >= MAX_RANKED;
      if (page.size() == count || exhausted) {
        return page;
      }
      // Copies folded away left the page short: read further down the same ranking.
      stage = (int) Math.min(MAX_RANKED, 2L * stage);
      if (stage > fetched) {
        fetched = depthFor(stage, next, groupsSeen, skip + count);
        hits = sort == null ? searcher.searchAfter(after, query, fetched).scoreDocs
            : searcher.searchAfter(after, query, fetched, sort).scoreDocs;
      }
    }
  }

  /**
   * How deep to read the ranking for the next stage: as deep as the groups per hit read so far say
   * the page needs, rounded up to a stage, so that one search usually fills the page where copies are
   * many (each search ranks every match again: one to a depth of 80 costs little more than one to
   * 20, three of them cost three times as much). At most three doublings ahead.
   */
  private static int depthFor(int stage, int read, int groupsSeen, int groupsNeeded) {
    long estimate = (long) Math.ceil(1.25 * read * groupsNeeded / Math.max(1, groupsSeen));
    long depth = stage;
    while (depth < estimate && depth < 8L * stage && depth < MAX_RANKED) {
      depth *= 2;
    }
    return (int) Math.min(MAX_RANKED, depth);
  }

  /** The other members of the group this document leads, or {@code null} when another member leads it. */
  private List<Integer> groupLedBy(int doc) throws IOException {
    Integer leader = leaderOf.get(doc);
    if (leader == null) {
      findGroup(doc);
      leader = leaderOf.get(doc);
    }
    return leader == doc ? similarOf.get(doc) : null;
  }

  /** Gathers the group of a document by following near-duplicate pairs among the matches. */
  private void findGroup(int doc) throws IOException {
    NearDuplicateSignature own = signature(doc);
    if (own == null) {
      lead(doc, List.of(doc));
      return;
    }
    Map<Integer, NearDuplicateSignature> members = new LinkedHashMap<>();
    members.put(doc, own);
    ArrayDeque<Integer> toVisit = new ArrayDeque<>(List.of(doc));
    while (!toVisit.isEmpty() && members.size() < MAX_GROUP) {
      NearDuplicateSignature signature = members.get(toVisit.poll());
      for (String band : signature.bandKeys()) {
        for (int candidate : withTerm(band)) {
          // A document already in a group stays there: groups never overlap, so none shows twice.
          if (members.size() >= MAX_GROUP || members.containsKey(candidate) || leaderOf.containsKey(candidate)) {
            continue;
          }
          NearDuplicateSignature other = signature(candidate);
          if (other != null && signature.isNearDuplicateOf(other)) {
            members.put(candidate, other);
            toVisit.add(candidate);
          }
        }
      }
    }
    List<Integer> found = members.keySet().stream().toList();
    lead(doc, found.size() == 1 ? List.of(doc) : rankedFromTop ? byRank(found) : inSearchOrder(found));
  }

  /**
   * The members in the search's order when the ranking was read from its top: groups are gathered
   * in rank order and every member reachable from an earlier hit joined that hit's group, so the
   * first member found leads; the others follow in their rank, unranked ones after. This spares the
   * search that {@link #inSearchOrder} runs, which a page of many groups paid once per group.
   */
  private List<Integer> byRank(List<Integer> found) {
    List<Integer> ordered = new ArrayList<>(found.subList(1, found.size()));
    ordered.sort((a, b) -> Integer.compare(rankOf.getOrDefault(a, Integer.MAX_VALUE), rankOf.getOrDefault(b, Integer.MAX_VALUE)));
    ordered.add(0, found.get(0));
    return ordered;
  }

  /** Records a group whose members are in the search's order: the first leads it. */
  private void lead(int fallback, List<Integer> ordered) {
    int leader = ordered.isEmpty() ? fallback : ordered.get(0);
    for (int member : ordered) {
      leaderOf.put(member, leader);
    }
    leaderOf.putIfAbsent(fallback, leader);
    similarOf.put(leader, List.copyOf(ordered.subList(Math.min(1, ordered.size()), ordered.size())));
  }

  /**
   * The members ranked by the search itself (the same query, restricted to them), so the leader is
   * the one the search would have shown first. A page after a cursor needs it: a member ranked
   * before the cursor led the group on an earlier page.
   */
  private List<Integer> inSearchOrder(List<Integer> members) throws IOException {
    List<BytesRef> ids = new ArrayList<>(members.size());
    for (int member : members) {
      ids.add(new BytesRef(searcher.storedFields().document(member, Set.of(ArticleSchema.ID)).get(ArticleSchema.ID)));
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
    // A search cut short by the time budget may miss some: they follow in document order.
    for (int member : members) {
      if (!ordered.contains(member)) {
        ordered.add(member);
      }
    }
    return ordered;
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

  /** A document's signature, or null when it has none (no text, or indexed before signatures existed). */
  private NearDuplicateSignature signature(int doc) throws IOException {
    if (signatures.containsKey(doc)) {
      return signatures.get(doc);
    }
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    // Doc values only move forward: the segment's iterator is reused until a lookup goes back.
    BinaryDocValues values = signatureValues.get(leaf.ord);
    if (values == null || values.docID() >= doc - leaf.docBase) {
      values = leaf.reader().getBinaryDocValues(ArticleSchema.NEAR_DUPLICATE_SIGNATURE);
      signatureValues.put(leaf.ord, values);
    }
    NearDuplicateSignature signature = values != null && values.advanceExact(doc - leaf.docBase)
        ? NearDuplicateSignature.fromBytes(values.binaryValue())
        : null;
    signatures.put(doc, signature);
    return signature;
  }
}
