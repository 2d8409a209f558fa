package dev.newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The search-box syntax: forgiving, never an error. Words must all match by default;
 * {@code "a phrase"} matches words in order; {@code -word} and {@code -"a phrase"} exclude;
 * {@code OR} between two parts makes either enough; {@code prefix*} matches word beginnings. Any
 * other character is just text: an unclosed quote runs to the end, a stray {@code -} or {@code *}
 * is ignored.
 *
 * <p>Each word or phrase is searched in several fields at once, each with its boost, and the best
 * field wins with a share of the others (a dis-max with tie-breaker), so a word in the title outranks
 * the same word deep in the body.
 */
public final class BoxQueryParser {

  /** Prefixes shorter than this would expand to most of the vocabulary; they are taken as words. */
  static final int MIN_PREFIX_LENGTH = 2;

  private static final float TIE_BREAKER = 0.3f;

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  public BoxQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * Parses a box query into a Lucene query over {@code fields} in which every word, phrase or OR
   * group must match.
   *
   * @param text what the user typed
   * @param fields field name to boost
   * @return the query; {@link MatchAllDocsQuery} for a blank query, {@link MatchNoDocsQuery} when
   *     nothing searchable is left (only stopwords, say)
   */
  public Query parse(String text, Map<String, Float> fields) {
    Parsed parsed = parseParts(text, fields);
    if (parsed.positive().isEmpty()) {
      return parsed.withoutPositiveClauses();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    parsed.positive().forEach(clause -> query.add(clause, Occur.MUST));
    parsed.excluded().forEach(clause -> query.add(clause, Occur.MUST_NOT));
    return query.build();
  }

  /**
   * Parses a box query into its clauses, leaving how they combine to the caller.
   *
   * @param text what the user typed
   * @param fields field name to boost
   * @return the positive clauses (each a word, phrase, prefix or OR group), the excluded ones, and
   *     the plain words in order
   */
  public Parsed parseParts(String text, Map<String, Float> fields) {
    List<Part> parts = tokenize(text);
    List<Query> positive = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Query> orGroup = new ArrayList<>();
    boolean pendingOr = false;
    for (Part part : parts) {
      if (part.kind == Kind.OR) {
        pendingOr = !orGroup.isEmpty();
        continue;
      }
      Query clause = clause(part, fields);
      if (clause == null) {
        continue;
      }
      if (part.negated) {
        excluded.add(clause);
        continue;
      }
      if (!pendingOr && !orGroup.isEmpty()) {
        positive.add(group(orGroup));
        orGroup.clear();
      }
      orGroup.add(clause);
      if (part.kind == Kind.WORD) {
        words.add(part.text);
      }
      pendingOr = false;
    }
    if (!orGroup.isEmpty()) {
      positive.add(group(orGroup));
    }
    return new Parsed(List.copyOf(positive), List.copyOf(excluded), List.copyOf(words), parts.isEmpty());
  }

  /**
   * The clauses of a box query.
   *
   * @param positive words, phrases, prefixes and OR groups that should match, in query order
   * @param excluded clauses that must not match
   * @param words the plain (unquoted, not excluded) words in query order, for proximity boosts
   * @param blank whether the query had nothing in it at all
   */
  public record Parsed(List<Query> positive, List<Query> excluded, List<String> words, boolean blank) {

    /**
     * The query when there is no positive clause: everything for a blank query, everything but the
     * exclusions for exclusions alone ("-sport"), nothing when only unsearchable words were typed.
     */
    public Query withoutPositiveClauses() {
      if (blank) {
        return new MatchAllDocsQuery();
      }
      if (excluded.isEmpty()) {
        return new MatchNoDocsQuery("nothing searchable in the query");
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      excluded.forEach(clause -> query.add(clause, Occur.MUST_NOT));
      return query.build();
    }
  }

  private static Query group(List<Query> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    for (Query alternative : alternatives) {
      either.add(alternative, Occur.SHOULD);
    }
    return either.build();
  }

  private Query clause(Part part, Map<String, Float> fields) {
    List<Query> perField = new ArrayList<>(fields.size());
    for (Map.Entry<String, Float> field : fields.entrySet()) {
      Query q = switch (part.kind) {
        case PHRASE, WORD -> builder.createPhraseQuery(field.getKey(), part.text);
        case PREFIX -> prefix(field.getKey(), part.text);
        case OR -> null;
      };
      if (q != null) {
        perField.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()));
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private Query prefix(String field, String text) {
    BytesRef normalized = analyzer.normalize(field, text);
    // Bounded expansion: a short prefix over a large vocabulary would otherwise touch every word.
    return new PrefixQuery(new Term(field, normalized), QueryLimits.expansionRewrite());
  }

  /** Splits the query into words, phrases, prefixes and OR operators. */
  static List<Part> tokenize(String text) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
        negated = c == '-';
        i++;
        c = text.charAt(i);
      }
      if (c == '"' || c == '“' || c == '”') {
        int end = i + 1;
        while (end < n && "\"“”".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        String phrase = text.substring(i + 1, end).strip();
        if (!phrase.isEmpty()) {
          parts.add(new Part(Kind.PHRASE, phrase, negated));
        }
        i = end + 1;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
        end++;
      }
      String word = text.substring(i, end);
      i = end;
      if (!negated && (word.equals("OR") || word.equals("|") || word.equals("||"))) {
        parts.add(new Part(Kind.OR, word, false));
      } else if (word.endsWith("*") && stripStars(word).length() >= MIN_PREFIX_LENGTH && stripStars(word).matches("[\\p{L}\\p{N}]+")) {
        parts.add(new Part(Kind.PREFIX, stripStars(word), negated));
      } else {
        String plain = word.replace("*", "");
        if (!plain.isBlank()) {
          parts.add(new Part(Kind.WORD, plain, negated));
        }
      }
    }
    return parts;
  }

  private static String stripStars(String word) {
    return word.replace("*", "");
  }

  enum Kind {
    WORD,
    PHRASE,
    PREFIX,
    OR
  }

  record Part(Kind kind, String text, boolean negated) {}
}
