package dev.newssearch.server;

import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.QuoteSearchRequest;
import dev.newssearch.search.SearchRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates query parameters into service requests. Every invalid value is an
 * {@link InvalidRequestException} naming the parameter, which the server answers with a 400.
 * Unknown parameters are ignored, as most search APIs do, so that clients can add tracking
 * parameters without breaking.
 */
public final class RequestParams {

  /** Default page size. */
  public static final int DEFAULT_SIZE = 10;
  /** Largest page size. */
  public static final int MAX_SIZE = 100;
  /** Deepest hit reachable by paging ({@code page * size}). */
  public static final int MAX_DEPTH = 10_000;
  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 1_000;
  /** Longest cursor accepted; ours are far shorter. */
  static final int MAX_CURSOR_LENGTH = 200;

  private final Map<String, List<String>> params;

  /**
   * @param params every query parameter with all its values
   */
  public RequestParams(Map<String, List<String>> params) {
    this.params = params;
  }

  /** The article search these parameters describe. */
  public SearchRequest searchRequest() {
    int size = intParam("size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = intParam("page", 1, 1, Integer.MAX_VALUE);
    checkDepth(page, size);
    String cursor = cursor(page);
    return new SearchRequest(
        query(),
        enumParam("syntax", SearchRequest.QuerySyntax.BOX, SearchRequest.QuerySyntax.class, Function.identity()),
        enumParam("scope", SearchRequest.Scope.ALL, SearchRequest.Scope.class, Function.identity()),
        filters(),
        enumParam("sort", SearchRequest.SortOrder.RELEVANCE, SearchRequest.SortOrder.class,
            s -> s.equals("date") ? "date_desc" : s),
        page,
        size,
        cursor,
        booleanParam("group", true),
        halfLife("recency"),
        booleanParam("semantic", true));
  }

  /** Half-lives of the recency boost: a whole number and a unit, days to years. */
  private static final Pattern HALF_LIFE = Pattern.compile("([1-9][0-9]{0,5})([dwmy])");

  /**
   * The half-life of the recency boost: {@code 30d}, {@code 2w}, {@code 6m} (30 days each),
   * {@code 1y} (365 days); absent or blank for no boost.
   */
  private Duration halfLife(String name) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = HALF_LIFE.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw invalid(name, "must be a half-life such as 30d, 2w, 6m or 1y, not '" + shorten(value) + "'");
    }
    int unitDays = switch (m.group(2)) {
      case "d" -> 1;
      case "w" -> 7;
      case "m" -> 30;
      default -> 365;
    };
    return Duration.ofDays((long) Integer.parseInt(m.group(1)) * unitDays);
  }

  private boolean booleanParam(String name, boolean defaultValue) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw invalid(name, "must be true or false, not '" + shorten(value) + "'");
    };
  }

  /** The {@code cursor} of deep paging; it continues a search, so it does not go with a page number. */
  private String cursor(int page) {
    String cursor = first("cursor");
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    if (page != 1) {
      throw invalid("cursor", "continues where the last page ended and cannot be combined with page");
    }
    if (cursor.length() > MAX_CURSOR_LENGTH) {
      throw new InvalidRequestException("bad_cursor", "cursor is not a cursor this server gave out", null);
    }
    return cursor;
  }

  /** The quote search these parameters describe. */
  public QuoteSearchRequest quoteRequest() {
    int size = intParam("size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = intParam("page", 1, 1, Integer.MAX_VALUE);
    checkDepth(page, size);
    return new QuoteSearchRequest(query(), filters(), page, size);
  }

  /** The {@code prefix} parameter, trimmed; empty when absent. */
  public String prefix() {
    String prefix = first("prefix");
    if (prefix != null && prefix.length() > 100) {
      throw invalid("prefix", "is longer than 100 characters");
    }
    return prefix == null ? "" : prefix.strip();
  }

  /** The {@code limit} parameter. */
  public int limit(int defaultLimit, int max) {
    return intParam("limit", defaultLimit, 1, max);
  }

  private String query() {
    String q = first("q");
    if (q == null) {
      return "";
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException("query_too_long",
          "q is " + q.length() + " characters long; the limit is " + MAX_QUERY_LENGTH, MAX_QUERY_LENGTH);
    }
    return q;
  }

  private SearchRequest.Filters filters() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("bad_parameter", "from (" + from + ") is after to (" + to + ")", null);
    }
    return new SearchRequest.Filters(
        values("speaker"), values("source"), from, to,
        enumParam("undated", null, SearchRequest.Undated.class, Function.identity()));
  }

  private void checkDepth(int page, int size) {
    if ((long) page * size > MAX_DEPTH) {
      throw new InvalidRequestException("too_deep",
          "page * size may not exceed " + MAX_DEPTH + "; narrow the search or filter by date", null);
    }
  }

  private List<String> values(String name) {
    List<String> values = params.getOrDefault(name, List.of()).stream()
        .flatMap(v -> v.lines())
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
    if (values.size() > 50) {
      throw invalid(name, "has more than 50 values");
    }
    for (String value : values) {
      if (value.length() > 200) {
        throw invalid(name, "has a value longer than 200 characters");
      }
    }
    return values;
  }

  private LocalDate date(String name) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid(name, "must be a date as YYYY-MM-DD, not '" + shorten(value) + "'");
    }
  }

  private int intParam(String name, int defaultValue, int min, int max) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a whole number, not '" + shorten(value) + "'");
    }
    if (parsed < min || parsed > max) {
      throw invalid(name, "must be between " + min + " and " + max);
    }
    return parsed;
  }

  private <E extends Enum<E>> E enumParam(String name, E defaultValue, Class<E> type, Function<String, String> alias) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    String key = alias.apply(value.strip().toLowerCase(Locale.ROOT));
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(key)) {
        return constant;
      }
    }
    List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw invalid(name, "must be one of " + allowed + ", not '" + shorten(value) + "'");
  }

  private String first(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static InvalidRequestException invalid(String name, String problem) {
    return new InvalidRequestException("bad_parameter", name + " " + problem, null);
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
