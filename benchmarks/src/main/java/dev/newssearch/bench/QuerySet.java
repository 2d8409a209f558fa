package dev.newssearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed, versioned query set the performance benchmark runs: {@value #RESOURCE}, written once by
 * {@link QuerySetGenerator} from the statistics of Reuters-21578 and committed, so every run and every
 * machine measures the same queries.
 *
 * <p>Format: one query per line, tab-separated {@code type, text, speaker, from, to} (empty when
 * absent); lines starting with {@code #} are comments.
 */
public final class QuerySet {
  /** The class-path resource holding the query set. */
  public static final String RESOURCE = "perf-queries.tsv";

  private QuerySet() {}

  /** The committed query set. */
  public static List<BenchQuery> load() {
    try (InputStream in = QuerySet.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the query set " + RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The queries with their types interleaved (one of each type in turn), so that even a short run,
   * which goes through the set in order, measures every type.
   */
  public static List<BenchQuery> interleaved(List<BenchQuery> queries) {
    Map<QueryType, List<BenchQuery>> byType = new EnumMap<>(QueryType.class);
    queries.forEach(q -> byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q));
    List<BenchQuery> mixed = new ArrayList<>(queries.size());
    for (int i = 0; mixed.size() < queries.size(); i++) {
      for (List<BenchQuery> ofType : byType.values()) {
        if (i < ofType.size()) {
          mixed.add(ofType.get(i));
        }
      }
    }
    return List.copyOf(mixed);
  }

  static List<BenchQuery> parse(BufferedReader reader) throws IOException {
    List<BenchQuery> queries = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalStateException("query set line without 5 tab-separated cells: " + line);
      }
      queries.add(new BenchQuery(QueryType.of(cells[0]), cells[1], blankToNull(cells[2]), blankToNull(cells[3]), blankToNull(cells[4])));
    }
    return List.copyOf(queries);
  }

  /** One line of the query file. */
  static String format(BenchQuery query) {
    return String.join("\t", query.type().label(), query.text(), nullToBlank(query.speaker()), nullToBlank(query.from()), nullToBlank(query.to()));
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static String nullToBlank(String value) {
    return value == null ? "" : value;
  }
}
