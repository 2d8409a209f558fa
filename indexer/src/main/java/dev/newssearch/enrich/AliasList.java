package dev.newssearch.enrich;

import dev.newssearch.article.SpeakerKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Corpus-wide speaker aliases: the names under which one speaker appears across articles, mapped to
 * one canonical name ("Kremlin spokesman Peskov", "Dmitri Peskov" → "Dmitry Peskov").
 *
 * <p>Within one article the {@link QuoteExtractor} already expands surnames and titles to the fullest
 * name the article uses; this list joins what no single article can: spelling variants, nicknames and
 * the bare surnames of well-known people in articles that never give the full name.
 *
 * <h2>File format</h2>
 *
 * <p>A UTF-8 text file, one speaker per line:
 *
 * <pre>
 * # comments start with '#', blank lines are ignored
 * Dmitry Peskov = Peskov | Kremlin spokesman Peskov | Dmitri Peskov
 * org: TASS = Tass | ITAR-TASS | Russias Tass
 * person: Xi Jinping = Xi | Jinping | President Xi
 * </pre>
 *
 * <ul>
 *   <li>Left of {@code =} is the canonical name, right of it the aliases separated by {@code |}. A line
 *       without {@code =} declares a canonical name alone (useful to give it a kind).
 *   <li>An optional {@code org:} (or {@code organisation:}/{@code organization:}) or {@code person:}
 *       prefix says what kind of speaker it is; without one the kind is left to the extractor.
 *   <li>Matching ignores case, repeated spaces and the difference between straight and curly
 *       apostrophes. The canonical name is itself an alias of itself.
 *   <li>When two lines claim the same alias, the later line wins; in {@link #merge} the other list's
 *       entries win, so a user file can override the built-in list.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AliasList {
  private static final String BUILT_IN = "aliases.txt";

  /** Normalised alias → canonical name. */
  private final Map<String, String> canonical;

  /** Normalised canonical name → declared kind (only for lines with a kind prefix). */
  private final Map<String, SpeakerKind> kinds;

  private AliasList(Map<String, String> canonical, Map<String, SpeakerKind> kinds) {
    this.canonical = Map.copyOf(canonical);
    this.kinds = Map.copyOf(kinds);
  }

  /** An empty list: every name is its own canonical form. */
  public static AliasList empty() {
    return new AliasList(Map.of(), Map.of());
  }

  /** The aliases shipped with the product (resource {@code dev/newssearch/enrich/aliases.txt}). */
  public static AliasList builtIn() {
    try (InputStream in = AliasList.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a user alias file in the format described in the class documentation.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is malformed (the message names the line)
   */
  public static AliasList load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Parses lines in the documented format. */
  static AliasList parse(List<String> lines) {
    Map<String, String> canonical = new HashMap<>();
    Map<String, SpeakerKind> kinds = new HashMap<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      SpeakerKind kind = null;
      int colon = line.indexOf(':');
      int equals = line.indexOf('=');
      if (colon > 0 && (equals < 0 || colon < equals)) {
        String prefix = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        kind =
            switch (prefix) {
              case "org", "organisation", "organization" -> SpeakerKind.ORGANISATION;
              case "person" -> SpeakerKind.PERSON;
              default -> null;
            };
        if (kind != null) {
          line = line.substring(colon + 1).strip();
          equals = line.indexOf('=');
        }
      }
      String name = (equals < 0 ? line : line.substring(0, equals)).strip().replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("line " + number + ": no canonical name before '='");
      }
      canonical.put(normalise(name), name);
      if (kind != null) {
        kinds.put(normalise(name), kind);
      }
      if (equals >= 0) {
        for (String alias : line.substring(equals + 1).split("\\|")) {
          if (!alias.isBlank()) {
            canonical.put(normalise(alias), name);
          }
        }
      }
    }
    return new AliasList(canonical, kinds);
  }

  /** A list holding both lists' entries; where both know an alias, {@code other}'s entry wins. */
  public AliasList merge(AliasList other) {
    Map<String, String> names = new HashMap<>(canonical);
    names.putAll(other.canonical);
    Map<String, SpeakerKind> allKinds = new HashMap<>(kinds);
    allKinds.putAll(other.kinds);
    return new AliasList(names, allKinds);
  }

  /** The canonical form of a name, or the name itself when no alias applies. */
  public String canonical(String name) {
    String found = canonical.get(normalise(name));
    return found == null ? name : found;
  }

  /** Whether the list knows the name, as a canonical name or as an alias. */
  public boolean contains(String name) {
    return canonical.containsKey(normalise(name));
  }

  /** The kind declared for a canonical name with an {@code org:} or {@code person:} prefix. */
  public Optional<SpeakerKind> kind(String canonicalName) {
    return Optional.ofNullable(kinds.get(normalise(canonicalName)));
  }

  /** Case, spacing and apostrophe style do not distinguish aliases. */
  private static String normalise(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
