package dev.newssearch.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.testing.ArticleLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Three versions of a corpus whose search answers are known in advance, for checking every answer
 * of a load test while the index changes underneath. Each article carries one marker word
 * ({@code zqm0} … {@code zqm19}) that occurs nowhere else, so the articles a marker query must find
 * are known for each version:
 *
 * <ul>
 *   <li><b>A</b>, the first index: articles {@code 0..n-1}, article {@code i} marked {@code i % 20};
 *   <li><b>B</b>, a full reindex: every article re-marked {@code (i + 1) % 20}, and {@code n/10} new ones;
 *   <li><b>C</b>, an incremental update of B: the articles with {@code i % 10 == 0} deleted (their file
 *       is gone), those with {@code i % 10 == 1} re-marked {@code (i + 3) % 20}.
 * </ul>
 *
 * Articles are written as JSON Lines, ten files per version ({@code part-K.jsonl} holds the articles
 * with {@code i % 10 == K}), from generated text or from the texts of a real corpus.
 */
final class MarkedCorpus {
  static final int MARKERS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The versions, in the order the index goes through them. */
  enum Version { A, B, C }

  private final List<String[]> texts; // title, body
  private final int n;

  private MarkedCorpus(List<String[]> texts) {
    this.texts = texts;
    this.n = texts.size() * 10 / 11; // B adds n/10 articles on top of A's n
  }

  /** {@code size} generated news-like articles, the same every run. */
  static MarkedCorpus generated(int size) {
    String[] words = ("minister market talks trade energy policy capital rose fell sharply after before government "
        + "president company shares oil prices bank rates inflation election vote parliament court ruling report "
        + "strike union workers factory exports imports growth economy crisis summit leaders agreement deal").split(" ");
    Random random = new Random(42);
    List<String[]> texts = new ArrayList<>();
    for (int i = 0; i < size * 11 / 10; i++) {
      StringBuilder body = new StringBuilder();
      int length = 30 + random.nextInt(40);
      for (int w = 0; w < length; w++) {
        body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      texts.add(new String[] {"Report " + i + " on " + words[random.nextInt(words.length)], body.toString().strip() + "."});
    }
    return new MarkedCorpus(texts);
  }

  /** The first {@code size} articles of a JSON Lines file (gzip'd), such as Reuters-21578. */
  static MarkedCorpus fromJsonLines(Path file, int size) {
    List<String[]> texts = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && texts.size() < size * 11 / 10) {
        var node = JSON.readTree(line);
        String body = node.path("text").asText("");
        if (!body.isBlank()) {
          texts.add(new String[] {node.path("title").asText(""), body});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MarkedCorpus(texts);
  }

  /** Articles in version A. */
  int size() {
    return n;
  }

  /** The marker of article {@code i} in a version, or -1 when it is not in that version. */
  int marker(Version version, int i) {
    return switch (version) {
      case A -> i < n ? i % MARKERS : -1;
      case B -> (i + 1) % MARKERS;
      case C -> i % 10 == 0 ? -1 : i % 10 == 1 ? (i + 3) % MARKERS : (i + 1) % MARKERS;
    };
  }

  /** The ids a query for {@code marker} must find in a version. */
  Set<String> expected(Version version, int marker) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      if (marker(version, i) == marker) {
        ids.add(id(i));
      }
    }
    return ids;
  }

  /** The query word of a marker. */
  static String word(int marker) {
    return "zqm" + marker;
  }

  /** Writes a version into {@code folder} as ten JSON Lines files. */
  Path write(Version version, Path folder) throws IOException {
    Files.createDirectories(folder);
    Writer[] parts = new Writer[10];
    try {
      for (int i = 0; i < texts.size(); i++) {
        int marker = marker(version, i);
        if (marker < 0) {
          continue;
        }
        int part = i % 10;
        if (parts[part] == null) {
          parts[part] = Files.newBufferedWriter(folder.resolve("part-" + part + ".jsonl"), StandardCharsets.UTF_8);
        }
        ArticleLines.write(parts[part], id(i), texts.get(i)[0], LocalDate.of(2024, 1, 1).plusDays(i % 365).toString(),
            "Wire", texts.get(i)[1] + "\n\nFiled under " + word(marker) + ".");
      }
    } finally {
      for (Writer part : parts) {
        if (part != null) {
          part.close();
        }
      }
    }
    return folder;
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "art-%06d", i);
  }
}
