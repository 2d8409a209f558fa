package dev.newssearch.search;

import dev.newssearch.index.ArticleSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The advanced syntax ({@code syntax=advanced}): Lucene's classic syntax over our fields —
 * {@code title:}, {@code body:}, {@code quote:}, {@code speaker:"Xi Jinping"}, {@code source:},
 * {@code date:[2025-01-01 TO 2025-06-30]}, {@code AND}/{@code OR}/{@code NOT}, grouping with
 * parentheses, proximity ({@code "xi putin"~5}), fuzzy ({@code taiwn~}) and wildcards. A syntax
 * error is an {@link InvalidRequestException} that says where it is.
 */
public final class AdvancedQueryParser {

  /** User-facing field names and the index fields they search. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "title", ArticleSchema.TITLE,
          "body", ArticleSchema.BODY,
          "quote", ArticleSchema.QUOTES,
          "speaker", ArticleSchema.SPEAKER,
          "source", ArticleSchema.SOURCE,
          "date", ArticleSchema.DATE);

  private static final Set<String> EXACT_FIELDS = Set.of(ArticleSchema.SPEAKER, ArticleSchema.SOURCE);

  private final Analyzer analyzer;

  public AdvancedQueryParser(Analyzer textAnalyzer) {
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            textAnalyzer,
            Map.of(ArticleSchema.SPEAKER, new KeywordAnalyzer(), ArticleSchema.SOURCE, new KeywordAnalyzer()));
  }

  /**
   * Parses an advanced query.
   *
   * @param text the query
   * @param defaultFields fields searched by words without a field, with their boosts
   * @throws InvalidRequestException on a syntax error, an unknown field or a bad date
   */
  public Query parse(String text, Map<String, Float> defaultFields) {
    Parser parser = new Parser(defaultFields.keySet().toArray(String[]::new), analyzer, defaultFields);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setMultiTermRewriteMethod(QueryLimits.expansionRewrite());
    parser.setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      // QueryParser.parse wraps the parser's own exception, which knows where parsing stopped.
      ParseException cause = e.getCause() instanceof ParseException inner ? inner : e;
      throw new InvalidRequestException("bad_query", describe(cause), position(cause, text));
    } catch (TokenMgrError e) {
      throw new InvalidRequestException("bad_query", "cannot read the query: " + e.getMessage(), null);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("too_many_clauses", "the query expands to too many terms; make it more specific", null);
    } catch (IllegalArgumentException e) {
      // Lucene's query constructors reject impossible arguments this way; while parsing, those come
      // from what the user typed, so they are the user's to fix, not a server failure.
      throw new InvalidRequestException("bad_query", "cannot use the query: " + e.getMessage(), null);
    }
  }

  private static String describe(ParseException e) {
    if (e.currentToken != null && e.currentToken.next != null) {
      Token next = e.currentToken.next;
      return next.kind == 0 ? "the query ends too early" : "unexpected '" + next.image + "'";
    }
    String message = e.getMessage();
    int cut = message.indexOf('\n');
    return cut > 0 ? message.substring(0, cut) : message;
  }

  private static Integer position(ParseException e, String text) {
    if (e.currentToken == null || e.currentToken.next == null) {
      return null;
    }
    Token next = e.currentToken.next;
    if (next.kind == 0) {
      return text.length();
    }
    // The parser counts columns from 1 on the line; queries are one line.
    return Math.max(0, next.beginColumn - 1);
  }

  /** Maps user field names to index fields and reads date ranges as days. */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
      super(fields, analyzer, boosts);
    }

    private static String indexField(String field) throws ParseException {
      String mapped = FIELDS.get(field);
      if (mapped == null && FIELDS.containsValue(field)) {
        mapped = field;
      }
      if (mapped == null) {
        throw new ParseException("unknown field '" + field + "'; use title, body, quote, speaker, source or date");
      }
      return mapped;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field == null) {
        return super.getFieldQuery(null, queryText, quoted);
      }
      String mapped = indexField(field);
      if (mapped.equals(ArticleSchema.DATE)) {
        LocalDate day = day(queryText);
        return LongField.newExactQuery(ArticleSchema.DATE, day.toEpochDay());
      }
      return super.getFieldQuery(mapped, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return super.getFieldQuery(field == null ? null : indexField(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      String mapped = field == null ? null : indexField(field);
      if (!ArticleSchema.DATE.equals(mapped)) {
        return super.getRangeQuery(mapped, part1, part2, startInclusive, endInclusive);
      }
      long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1).toEpochDay() + (startInclusive ? 0 : 1);
      long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2).toEpochDay() - (endInclusive ? 0 : 1);
      return LongField.newRangeQuery(ArticleSchema.DATE, from, to);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(field == null ? null : indexField(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(field == null ? null : indexField(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      String mapped = field == null ? null : indexField(field);
      if (mapped != null && EXACT_FIELDS.contains(mapped)) {
        throw new ParseException("fuzzy matching is not allowed on " + field + ": names must match exactly");
      }
      return super.getFuzzyQuery(mapped, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      String mapped = field == null ? null : indexField(field);
      try {
        return super.getRegexpQuery(mapped, termStr);
      } catch (IllegalArgumentException e) {
        // Lucene's RegExp reports a malformed expression ("/[/") as an IllegalArgumentException.
        throw new ParseException("/" + termStr + "/ is not a valid regular expression: " + e.getMessage());
      }
    }

    private static LocalDate day(String text) throws ParseException {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new ParseException("'" + text + "' is not a date (use YYYY-MM-DD)");
      }
    }
  }
}
