package dev.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newssearch.article.Quote;
import dev.newssearch.article.SpeakerKind;
import dev.newssearch.enrich.AliasList;
import dev.newssearch.enrich.QuoteExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Measures quote extraction against the shared gold data and prints one table.
 *
 * <ul>
 *   <li><b>Seeds</b> ({@code seeds-quotes/seeds_gold.json}): per article, the set of PERSON speakers
 *       found against the gold {@code speakers_person} (precision, recall).
 *   <li><b>PolNeAR test</b> (84 articles; a second argument scores {@code train} or {@code dev}
 *       instead, the splits rules are tuned on): quote precision/recall/F1 when content spans
 *       overlap by at least 30% and 80%, and speaker accuracy on matched quotes.
 *   <li><b>Speed</b>: articles per second of {@link QuoteExtractor#extract} alone, one thread, over
 *       Reuters-21578, after one warm-up pass; by wall clock and by the thread's CPU time.
 * </ul>
 *
 * <p>PolNeAR scoring, decided here once:
 *
 * <ul>
 *   <li>Articles annotated by several annotators are scored against the first annotator listed for
 *       the article only.
 *   <li>Gold offsets are code points; they are converted to Java (UTF-16) offsets. A discontinuous
 *       content counts all its pieces; overlap is measured in characters.
 *   <li>Recall: a gold attribution with a source is found when one predicted quote overlaps at least
 *       the threshold share of its content characters. Attributions without a source
 *       ({@code Attribution-no-source}) are not required (the product needs a speaker), but a
 *       prediction matching one is not counted wrong either.
 *   <li>Precision: a predicted quote is right when it finds a gold attribution as above, or when at
 *       least the threshold share of its own characters lies inside one gold content (so the second
 *       half of a split quote {@code "A," he said. "B."}, which the gold joins into one content, is
 *       not an error).
 *   <li>Speaker accuracy: over found gold attributions with a source, using the best-overlapping
 *       prediction: right when the predicted mention overlaps the gold source span, or the canonical
 *       name contains the gold source's last word. Pronoun sources (he, she, they…) are kept: the gold
 *       gives no antecedent, so the mention must be that pronoun (or overlap it); the extractor
 *       resolves such a pronoun to an antecedent, but whether that antecedent is right cannot be
 *       scored here. So the table also prints the accuracy over gold sources that are not a bare
 *       pronoun, where the speaker itself is checked.
 * </ul>
 *
 * <p>Since the first version, the scoring has changed only in what it reports (the named-source
 * accuracy, the pronoun and no-source counts, the split argument); matching and counting are the
 * same.
 */
public final class QuoteEvaluation {

  /** Person-speaker agreement on one seed article. */
  public record SeedScore(String file, Set<String> gold, Set<String> found, double precision, double recall) {
    public boolean exact() {
      return gold.equals(found);
    }
  }

  /** Quote P/R/F1 at one overlap threshold. */
  public record Prf(double threshold, double precision, double recall, double f1) {}

  /** All figures of one run. */
  public record Figures(
      List<SeedScore> seeds,
      Prf at30,
      Prf at80,
      double speakerAccuracy,
      double namedSpeakerAccuracy,
      int goldAttributions,
      int pronounSources,
      int noSource,
      int predictedQuotes,
      double articlesPerSecond,
      double cpuArticlesPerSecond,
      int speedArticles) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEADER_LINE =
      Pattern.compile("^\\s*(date|title|source|url|author|lang)\\s*:?\\s+\\S.*$", Pattern.CASE_INSENSITIVE);

  /** Source spans that are only a pronoun: the gold names no antecedent for them. */
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "him", "her", "them", "us");

  private final Path dataDir;
  private final String split;
  private final QuoteExtractor extractor = new QuoteExtractor(AliasList.builtIn());

  /** Scores the PolNeAR {@code test} split, the one the pinned figures refer to. */
  public QuoteEvaluation(Path dataDir) {
    this(dataDir, "test");
  }

  /** Scores one PolNeAR split ({@code train}, {@code dev} or {@code test}). */
  public QuoteEvaluation(Path dataDir, String split) {
    this.dataDir = dataDir;
    this.split = split;
  }

  /**
   * Arguments: the shared data folder (default {@code ../shared/data}), then the PolNeAR split; a
   * third argument {@code --misses} prints the split's missed gold attributions grouped by cue
   * instead of the table, {@code --speakers} the found ones whose speaker is wrong.
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    QuoteEvaluation evaluation = new QuoteEvaluation(data, args.length > 1 ? args[1] : "test");
    if (args.length > 2 && args[2].equals("--misses")) {
      evaluation.printMisses(System.out, 40, 3);
      return;
    }
    if (args.length > 2 && args[2].equals("--speakers")) {
      evaluation.printWrongSpeakers(System.out);
      return;
    }
    print(evaluation.run(true), System.out);
  }

  /** Runs every measurement; speed only when asked (it takes a few seconds). */
  public Figures run(boolean speed) throws IOException {
    List<SeedScore> seeds = seeds();
    double[] polnear = polnear();
    double[] perSecond = {0, 0};
    int n = 0;
    if (speed) {
      List<String> texts = jsonl(dataDir.resolve("reuters21578/articles.jsonl.gz")).stream()
          .map(node -> node.path("text").asText(""))
          .toList();
      n = texts.size();
      perSecond = speed(texts);
    }
    return new Figures(seeds, new Prf(0.3, polnear[0], polnear[1], f1(polnear[0], polnear[1])),
        new Prf(0.8, polnear[2], polnear[3], f1(polnear[2], polnear[3])), polnear[4], polnear[7],
        (int) polnear[5], (int) polnear[8], (int) polnear[9], (int) polnear[6], perSecond[0], perSecond[1], n);
  }

  static void print(Figures f, PrintStream out) {
    out.println("Quote extraction evaluation");
    out.println();
    out.printf(Locale.ROOT, "%-30s %9s %9s  %s%n", "seed (person speakers)", "precision", "recall", "found / gold");
    for (SeedScore s : f.seeds()) {
      out.printf(Locale.ROOT, "%-30s %9.2f %9.2f  %s / %s%n", s.file(), s.precision(), s.recall(), s.found(), s.gold());
    }
    out.println();
    out.printf(Locale.ROOT,
        "PolNeAR: %d gold attributions with a source (%d of them a bare pronoun), %d predicted quotes;"
            + " %d without a source not required%n",
        f.goldAttributions(), f.pronounSources(), f.predictedQuotes(), f.noSource());
    out.printf(Locale.ROOT, "%-30s %9s %9s %9s%n", "overlap", "precision", "recall", "F1");
    for (Prf p : List.of(f.at30(), f.at80())) {
      out.printf(Locale.ROOT, "%-30s %9.3f %9.3f %9.3f%n", ">= " + (int) Math.round(p.threshold() * 100) + "% of gold",
          p.precision(), p.recall(), p.f1());
    }
    out.printf(Locale.ROOT, "%-30s %9.3f%n", "speaker accuracy (@30%)", f.speakerAccuracy());
    out.printf(Locale.ROOT, "%-30s %9.3f%n", "  named sources only", f.namedSpeakerAccuracy());
    out.println();
    if (f.speedArticles() > 0) {
      out.printf(Locale.ROOT,
          "Speed (Reuters-21578, %d articles, one thread): %.0f articles/s wall clock, %.0f per CPU second%n",
          f.speedArticles(), f.articlesPerSecond(), f.cpuArticlesPerSecond());
    }
  }

  // ------------------------------------------------------------------ seeds

  List<SeedScore> seeds() throws IOException {
    JsonNode gold = JSON.readTree(dataDir.resolve("seeds-quotes/seeds_gold.json").toFile());
    List<SeedScore> out = new ArrayList<>();
    for (JsonNode article : gold.path("articles")) {
      String file = article.path("file").asText();
      Path path = seedFile(file);
      String body = body(Files.readString(path, StandardCharsets.UTF_8));
      Set<String> expected = new TreeSet<>();
      article.path("speakers_person").forEach(n -> expected.add(n.asText()));
      Set<String> found = new TreeSet<>();
      for (Quote q : extractor.extract(body)) {
        if (q.speakerKind() == SpeakerKind.PERSON) {
          found.add(q.speaker());
        }
      }
      long hit = found.stream().filter(expected::contains).count();
      out.add(new SeedScore(file, expected, found, found.isEmpty() ? 1 : (double) hit / found.size(),
          expected.isEmpty() ? 1 : (double) hit / expected.size()));
    }
    return out;
  }

  private Path seedFile(String file) {
    // The seeds live in the repository: run from its root or from the benchmarks module.
    for (Path dir : List.of(Path.of("seeds"), Path.of("../seeds"))) {
      if (Files.isRegularFile(dir.resolve(file))) {
        return dir.resolve(file);
      }
    }
    throw new IllegalStateException("seed file not found: " + file);
  }

  /** The body of a seed file: without its optional {@code key value} header block. */
  static String body(String file) {
    String[] lines = file.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    int headerEnd = i;
    while (headerEnd < lines.length && HEADER_LINE.matcher(lines[headerEnd]).matches()) {
      headerEnd++;
    }
    if (headerEnd > i && (headerEnd == lines.length || lines[headerEnd].isBlank())) {
      return String.join("\n", List.of(lines).subList(headerEnd, lines.length)).strip();
    }
    return file.strip();
  }

  // ------------------------------------------------------------------ PolNeAR

  /** The split's articles by id, and their first annotator's attributions by article id. */
  private record Split(Map<String, JsonNode> articles, Map<String, List<JsonNode>> gold) {}

  private Split split() throws IOException {
    Map<String, JsonNode> articles = new LinkedHashMap<>();
    for (JsonNode a : jsonl(dataDir.resolve("polnear/articles.jsonl.gz"))) {
      if (split.equals(a.path("compartment").asText())) {
        articles.put(a.path("id").asText(), a);
      }
    }
    Map<String, List<JsonNode>> gold = new LinkedHashMap<>();
    for (JsonNode g : jsonl(dataDir.resolve("polnear/attributions.jsonl.gz"))) {
      JsonNode article = articles.get(g.path("article_id").asText());
      if (article == null) {
        continue;
      }
      String first = article.path("annotators").path(0).asText(g.path("annotator").asText());
      if (first.equals(g.path("annotator").asText())) {
        gold.computeIfAbsent(g.path("article_id").asText(), k -> new ArrayList<>()).add(g);
      }
    }
    return new Split(articles, gold);
  }

  /**
   * Error analysis for tuning: the gold attributions with a source that no predicted quote finds at
   * 30% overlap, grouped by their cue words (lower-cased), largest groups first, each with a few
   * examples. Meant for the {@code train} and {@code dev} splits.
   */
  void printMisses(PrintStream out, int groups, int examples) throws IOException {
    Map<String, List<String>> byCue = new LinkedHashMap<>();
    int missed = 0;
    for (Attribution a : attributionsWithSource()) {
      if (a.overlap() < 0.3 * a.gold().length) {
        missed++;
        String cue = a.node().path("cue_text").asText().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        byCue.computeIfAbsent(cue, k -> new ArrayList<>())
            .add(a.gold().sourceText + " | " + a.node().path("content_text").asText().replaceAll("\\s+", " "));
      }
    }
    out.printf(Locale.ROOT, "PolNeAR %s: %d missed gold attributions with a source, in %d cue groups%n", split,
        missed, byCue.size());
    byCue.entrySet().stream()
        .sorted((x, y) -> y.getValue().size() - x.getValue().size())
        .limit(groups)
        .forEach(e -> {
          out.printf(Locale.ROOT, "%5d  %s%n", e.getValue().size(), e.getKey());
          e.getValue().stream().limit(examples).forEach(x -> out.println("         " + abbreviate(x, 150)));
        });
  }

  /**
   * Error analysis for tuning: every found gold attribution (30% overlap, as scored) whose predicted
   * speaker is wrong, as the gold source, the predicted mention and canonical speaker, and the start
   * of the gold content. Meant for the {@code train} and {@code dev} splits.
   */
  void printWrongSpeakers(PrintStream out) throws IOException {
    int wrong = 0;
    int pairs = 0;
    for (Attribution a : attributionsWithSource()) {
      Quote best = a.best();
      Gold gold = a.gold();
      if (best == null || a.overlap() < 0.3 * gold.length) {
        continue;
      }
      pairs++;
      if (!gold.speakerMatches(best)) {
        wrong++;
        String text = a.text();
        String mention = best.mention() == null ? "-" : best.mention().text();
        int from = Math.max(0, Math.min(best.start(), gold.content[0][0]) - 120);
        int to = Math.min(text.length(), Math.max(best.start(), gold.content[0][0]) + 80);
        out.printf(Locale.ROOT, "%s | gold [%s] | mention [%s] → %s (%s) | cue [%s] | %s%n    … %s …%n",
            a.articleId(), gold.sourceText.replaceAll("\\s+", " "),
            mention.replaceAll("\\s+", " "), best.speaker(), best.speakerKind(),
            a.node().path("cue_text").asText().replaceAll("\\s+", " "),
            abbreviate(a.node().path("content_text").asText().replaceAll("\\s+", " "), 100),
            text.substring(from, to).replaceAll("\\s+", " "));
      }
    }
    out.printf(Locale.ROOT, "PolNeAR %s: %d wrong speakers of %d found attributions%n", split, wrong, pairs);
  }

  /**
   * One gold attribution with a source and content, beside the predicted quote overlapping its
   * content most ({@code null} when none does), for the error listings.
   */
  private record Attribution(String articleId, String text, JsonNode node, Gold gold, Quote best, int overlap) {}

  /** The split's gold attributions with a source and content, each with its best predicted quote. */
  private List<Attribution> attributionsWithSource() throws IOException {
    Split data = split();
    List<Attribution> found = new ArrayList<>();
    for (JsonNode article : data.articles().values()) {
      String text = article.path("text").asText();
      List<Quote> quotes = extractor.extract(text, article.path("author").asText(null));
      for (JsonNode g : data.gold().getOrDefault(article.path("id").asText(), List.of())) {
        Gold gold = Gold.of(g, text);
        if (gold.source.length == 0 || gold.length == 0) {
          continue;
        }
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
          int o = gold.overlap(q.start(), q.end());
          if (o > bestOverlap) {
            best = q;
            bestOverlap = o;
          }
        }
        found.add(new Attribution(article.path("id").asText(), text, g, gold, best, bestOverlap));
      }
    }
    return found;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** {p30, r30, p80, r80, speakerAccuracy, gold, predicted, namedAccuracy, pronounSources, noSource}. */
  double[] polnear() throws IOException {
    Split data = split();
    Map<String, JsonNode> articles = data.articles();
    Map<String, List<JsonNode>> gold = data.gold();
    double[] thresholds = {0.3, 0.8};
    long[] correctPredictions = new long[2];
    long[] foundGold = new long[2];
    long predicted = 0;
    long goldWithSource = 0;
    long speakerRight = 0;
    long speakerPairs = 0;
    long namedRight = 0;
    long namedPairs = 0;
    long pronounSources = 0;
    long noSource = 0;
    for (JsonNode article : articles.values()) {
      String text = article.path("text").asText();
      List<Quote> quotes = extractor.extract(text, article.path("author").asText(null));
      predicted += quotes.size();
      List<Gold> golds = new ArrayList<>();
      for (JsonNode g : gold.getOrDefault(article.path("id").asText(), List.of())) {
        golds.add(Gold.of(g, text));
      }
      for (Gold g : golds) {
        if (g.source.length == 0 || g.length == 0) {
          noSource += g.source.length == 0 ? 1 : 0;
          continue;
        }
        goldWithSource++;
        boolean pronoun = PRONOUNS.contains(g.sourceText.strip().toLowerCase(Locale.ROOT));
        pronounSources += pronoun ? 1 : 0;
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
          int o = g.overlap(q.start(), q.end());
          if (o > bestOverlap) {
            best = q;
            bestOverlap = o;
          }
        }
        for (int t = 0; t < 2; t++) {
          if (bestOverlap > 0 && bestOverlap >= thresholds[t] * g.length) {
            foundGold[t]++;
          }
        }
        if (best != null && bestOverlap >= 0.3 * g.length) {
          speakerPairs++;
          namedPairs += pronoun ? 0 : 1;
          if (g.speakerMatches(best)) {
            speakerRight++;
            namedRight += pronoun ? 0 : 1;
          }
        }
      }
      for (Quote q : quotes) {
        for (int t = 0; t < 2; t++) {
          for (Gold g : golds) {
            int o = g.overlap(q.start(), q.end());
            if (o > 0 && (o >= thresholds[t] * g.length || o >= thresholds[t] * (q.end() - q.start()))) {
              correctPredictions[t]++;
              break;
            }
          }
        }
      }
    }
    return new double[] {
      ratio(correctPredictions[0], predicted), ratio(foundGold[0], goldWithSource),
      ratio(correctPredictions[1], predicted), ratio(foundGold[1], goldWithSource),
      ratio(speakerRight, speakerPairs), goldWithSource, predicted, ratio(namedRight, namedPairs),
      pronounSources, noSource
    };
  }

  /** One gold attribution in UTF-16 offsets. */
  private record Gold(int[][] content, int[][] source, String sourceText, int length) {
    static Gold of(JsonNode g, String text) {
      int[][] content = spans(g.path("content"), text);
      int[][] source = spans(g.path("source"), text);
      int length = 0;
      for (int[] s : content) {
        length += s[1] - s[0];
      }
      return new Gold(content, source, g.path("source_text").asText(""), length);
    }

    private static int[][] spans(JsonNode spans, String text) {
      int[][] out = new int[spans.size()][];
      int cps = text.codePointCount(0, text.length());
      for (int i = 0; i < spans.size(); i++) {
        int s = Math.min(spans.get(i).path("start").asInt(), cps);
        int e = Math.min(spans.get(i).path("end").asInt(), cps);
        out[i] = new int[] {text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e)};
      }
      return out;
    }

    int overlap(int start, int end) {
      int o = 0;
      for (int[] s : content) {
        o += Math.max(0, Math.min(end, s[1]) - Math.max(start, s[0]));
      }
      return o;
    }

    boolean speakerMatches(Quote q) {
      for (int[] s : source) {
        if (q.mention() != null && q.mention().start() < s[1] && s[0] < q.mention().end()) {
          return true;
        }
      }
      String[] words = sourceText.strip().split("[\\s.]+");
      String last = words.length == 0 ? "" : words[words.length - 1].replaceAll("[’']s$", "");
      return !last.isEmpty() && q.speaker().toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT));
    }
  }

  // ------------------------------------------------------------------ speed

  /**
   * {wall-clock rate, CPU-time rate}: the CPU time of this thread is what one core spends, which a
   * busy machine does not inflate as it does the wall clock.
   */
  double[] speed(List<String> texts) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (String t : texts) {
      sink += extractor.extract(t).size(); // warm-up
    }
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (String t : texts) {
      sink += extractor.extract(t).size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (sink < 0) {
      throw new AssertionError();
    }
    return new double[] {texts.size() / seconds, cpuSeconds > 0 ? texts.size() / cpuSeconds : 0};
  }

  // ------------------------------------------------------------------ helpers

  static List<JsonNode> jsonl(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
