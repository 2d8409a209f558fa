package dev.newssearch.search;

import dev.newssearch.index.NearDuplicateSignature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds copies and near-duplicates among the matches of one search, so that a wire story carried
 * by ten outlets is one hit with nine "similar" articles under it. This is the rule itself, shared
 * by every backend; how a backend finds band terms, signatures and rankings is its {@link Matches}.
 *
 * <p>A <b>group</b> is a set of matching articles linked by near-duplicate pairs
 * ({@link NearDuplicateSignature#isNearDuplicateOf}; candidates come from the signature's band
 * terms, so finding them costs a few term lookups per hit). Only articles that match the search
 * join a group, and the group is shown once, at the place of its best-ranked member in the
 * search's own order (relevance, or date): that member is the hit, the others are its
 * {@code similar}. Since the leader depends only on the group and the order, not on the page, the
 * same group is never shown on two pages, whether paged by number or by cursor.
 *
 * <p>Totals and facets are not touched: they count matching articles, copies included. One instance
 * serves one search.
 *
 * @param <D> how the backend names a matching article (a document number, an id)
 */
public final class NearDuplicateGrouping<D> {
  /**
   * Members gathered for one group at most. A story syndicated more widely shows this many, and
   * bounds the work one hit can cause.
   */
  public static final int MAX_GROUP = 100;
  /** Ranked hits read at most while filling a page with groups, unless the backend reads fewer. */
  public static final int MAX_RANKED = 100_000;

  /**
   * What grouping asks of the backend about the matches of the search.
   *
   * @param <D> how the backend names a matching article
   */
  public interface Matches<D> {
    /**
     * The matching articles holding any of these band terms ({@link NearDuplicateSignature#bandKeys}),
     * band by band in the order given; an article may be listed more than once.
     */
    List<D> withBands(List<String> bands) throws IOException;

    /** An article's signature, or {@code null} when it has none (no text, or indexed before signatures). */
    NearDuplicateSignature signature(D article) throws IOException;

    /** The first {@code count} ranked matches from where the page's ranking starts (the top, or after the cursor). */
    List<D> ranked(int count) throws IOException;

    /**
     * The members ranked by the search itself (the same query restricted to them), so the first is
     * the one the search would have shown first; members the search did not return may be left out.
     */
    List<D> inSearchOrder(List<D> members) throws IOException;
  }

  /**
   * One hit of a grouped page.
   *
   * @param hit the article shown
   * @param similar its copies and near-duplicates, in the search's order
   */
  public record Group<D>(D hit, List<D> similar) {}

  private final Matches<D> matches;
  private final int maxRanked;
  private final Map<D, NearDuplicateSignature> signatures = new HashMap<>();
  /** Every article whose group is known, to its group's leader. */
  private final Map<D, D> leaderOf = new HashMap<>();
  /** The other members of each known group, by leader. */
  private final Map<D, List<D>> similarOf = new HashMap<>();
  /** Rank of each hit read so far. */
  private final Map<D, Integer> rankOf = new HashMap<>();
  /** Whether the ranking read starts at the top (page numbers), not after a cursor. */
  private boolean rankedFromTop;

  /**
   * @param matches the backend's view of the search's matches
   * @param maxRanked ranked hits read at most while filling a page ({@link #MAX_RANKED}, or fewer
   *     where the backend cannot read that far)
   */
  public NearDuplicateGrouping(Matches<D> matches, int maxRanked) {
    this.matches = matches;
    this.maxRanked = maxRanked;
  }

  /** A page without grouping: every hit stands alone. */
  public static <D> List<Group<D>> ungrouped(List<D> page) {
    List<Group<D>> groups = new ArrayList<>(page.size());
    for (D hit : page) {
      groups.add(new Group<>(hit, List.of()));
    }
    return groups;
  }

  /**
   * The groups of one page.
   *
   * @param ranked the search's first ranked hits
   * @param fromTop whether the ranking starts at the top rather than after a cursor
   * @param asked how many hits the search asked for ({@code ranked} holds fewer when there are no more):
   *     at least {@code skip + count}, and more when the backend reads deeper at once to spare the
   *     further searches copies would otherwise cost
   * @param skip groups before the page
   * @param count groups on the page
   */
  public List<Group<D>> page(List<D> ranked, boolean fromTop, int asked, int skip, int count) throws IOException {
    List<Group<D>> page = new ArrayList<>(count);
    rankedFromTop = fromTop;
    List<D> hits = ranked;
    int fetched = asked;
    // The ranking is read in stages that double in depth from the page's own depth. A group takes the
    // ranks known when it is found, so a stage makes known the ranks of its hits only, however deep
    // the search behind it read: the groups and their order do not depend on how deep that was.
    int stage = Math.min(asked, skip + count);
    int rankedTo = 0;
    int groupsSeen = 0;
    int next = 0;
    while (true) {
      int stageEnd = Math.min(stage, hits.size());
      for (; rankedTo < stageEnd; rankedTo++) {
        rankOf.putIfAbsent(hits.get(rankedTo), rankedTo);
      }
      for (; next < stageEnd && page.size() < count; next++) {
        List<D> similar = groupLedBy(hits.get(next));
        if (similar != null && groupsSeen++ >= skip) {
          page.add(new Group<>(hits.get(next), similar));
        }
      }
      // Fewer hits than the stage asked for: the ranking ends there.
      boolean exhausted = hits.size() < stage || stage >= maxRanked;
      if (page.size() == count || exhausted) {
        return page;
      }
      // Copies folded away left the page short: read further down the same ranking.
      stage = (int) Math.min(maxRanked, 2L * stage);
      if (stage > fetched) {
        fetched = depthFor(stage, next, groupsSeen, skip + count);
        hits = matches.ranked(fetched);
      }
    }
  }

  /**
   * How deep to read the ranking for the next stage: as deep as the groups per hit read so far say
   * the page needs, rounded up to a stage, so that one search usually fills the page where copies are
   * many (each search ranks every match again: one to a depth of 80 costs little more than one to
   * 20, three of them cost three times as much). At most three doublings ahead.
   */
  private int depthFor(int stage, int read, int groupsSeen, int groupsNeeded) {
    long estimate = (long) Math.ceil(1.25 * read * groupsNeeded / Math.max(1, groupsSeen));
    long depth = stage;
    while (depth < estimate && depth < 8L * stage && depth < maxRanked) {
      depth *= 2;
    }
    return (int) Math.min(maxRanked, depth);
  }

  /** The other members of the group this article leads, or {@code null} when another member leads it. */
  private List<D> groupLedBy(D article) throws IOException {
    D leader = leaderOf.get(article);
    if (leader == null) {
      findGroup(article);
      leader = leaderOf.get(article);
    }
    return leader.equals(article) ? similarOf.get(article) : null;
  }

  /** Gathers the group of an article by following near-duplicate pairs among the matches. */
  private void findGroup(D article) throws IOException {
    NearDuplicateSignature own = signature(article);
    if (own == null) {
      lead(article, List.of(article));
      return;
    }
    Map<D, NearDuplicateSignature> members = new LinkedHashMap<>();
    members.put(article, own);
    ArrayDeque<D> toVisit = new ArrayDeque<>(List.of(article));
    while (!toVisit.isEmpty() && members.size() < MAX_GROUP) {
      NearDuplicateSignature signature = members.get(toVisit.poll());
      for (D candidate : matches.withBands(signature.bandKeys())) {
        // An article already in a group stays there: groups never overlap, so none shows twice.
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
    List<D> found = List.copyOf(members.keySet());
    lead(article, found.size() == 1 ? List.of(article) : rankedFromTop ? byRank(found) : inSearchOrder(found));
  }

  /**
   * The members in the search's order when the ranking was read from its top: groups are gathered
   * in rank order and every member reachable from an earlier hit joined that hit's group, so the
   * first member found leads; the others follow in their rank, unranked ones after. This spares the
   * search that {@link #inSearchOrder} runs, which a page of many groups paid once per group.
   */
  private List<D> byRank(List<D> found) {
    List<D> ordered = new ArrayList<>(found.subList(1, found.size()));
    ordered.sort((a, b) -> Integer.compare(rankOf.getOrDefault(a, Integer.MAX_VALUE), rankOf.getOrDefault(b, Integer.MAX_VALUE)));
    ordered.add(0, found.get(0));
    return ordered;
  }

  /**
   * The members in the search's order after a cursor: a member ranked before the cursor led the
   * group on an earlier page, so the search itself must say which comes first.
   */
  private List<D> inSearchOrder(List<D> members) throws IOException {
    List<D> ordered = new ArrayList<>(matches.inSearchOrder(members));
    // A search cut short by the time budget may miss some: they follow in the order found.
    for (D member : members) {
      if (!ordered.contains(member)) {
        ordered.add(member);
      }
    }
    return ordered;
  }

  /** Records a group whose members are in the search's order: the first leads it. */
  private void lead(D fallback, List<D> ordered) {
    D leader = ordered.isEmpty() ? fallback : ordered.get(0);
    for (D member : ordered) {
      leaderOf.put(member, leader);
    }
    leaderOf.putIfAbsent(fallback, leader);
    similarOf.put(leader, List.copyOf(ordered.subList(Math.min(1, ordered.size()), ordered.size())));
  }

  private NearDuplicateSignature signature(D article) throws IOException {
    if (signatures.containsKey(article)) {
      return signatures.get(article);
    }
    NearDuplicateSignature signature = matches.signature(article);
    signatures.put(article, signature);
    return signature;
  }
}
