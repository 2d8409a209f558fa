package dev.newssearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One query of the benchmark's query set.
 *
 * @param type what kind of query it is (its row in the table)
 * @param text the words typed into the search box; for a suggestion, the prefix typed so far
 * @param speaker a speaker filter, or {@code null}
 * @param from first day of a date filter ({@code YYYY-MM-DD}), or {@code null}
 * @param to last day of a date filter, or {@code null}
 */
public record BenchQuery(QueryType type, String text, String speaker, String from, String to) {

  /** The path and query string of this query on the REST API. */
  public String apiPath() {
    Map<String, String> params = new LinkedHashMap<>();
    if (type == QueryType.SUGGEST) {
      // Sent under both names the suggestion endpoint may use; unknown parameters are ignored.
      params.put("q", text);
      params.put("prefix", text);
    } else {
      params.put("q", text);
    }
    if (speaker != null) {
      params.put("speaker", speaker);
    }
    if (from != null) {
      params.put("from", from);
    }
    if (to != null) {
      params.put("to", to);
    }
    StringBuilder path = new StringBuilder(type.endpoint()).append('?');
    params.forEach((name, value) -> {
      if (path.charAt(path.length() - 1) != '?') {
        path.append('&');
      }
      path.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    });
    return path.toString();
  }
}
