package dev.newssearch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the quote rules read, loaded once from resources next to this class.
 *
 * <p>Lists are plain text, {@code #} comments, words separated by whitespace or one per line, so a
 * linguist can extend them without touching code.
 */
final class WordLists {
  /** Words that introduce a person: "President", "spokesman", "Sen.". */
  static final Set<String> PERSON_TITLES = words("person-titles.txt");

  /** Head words of organisation names: "agency", "ministry", "Times". */
  static final Set<String> ORGANISATION_WORDS = words("organisation-words.txt");

  /** Countries and capitals that stand for their governments: "Kiev", "Russia". */
  static final Set<String> PLACES = words("places.txt");

  /** Nationality adjectives that must agree when a description is resolved: "Chinese". */
  static final Set<String> NATIONALITIES = words("nationalities.txt");

  /** Female given names, to keep "she" and "he" apart. */
  static final Set<String> FEMALE_NAMES = words("female-names.txt");

  private WordLists() {}

  /**
   * Whether a lower-case word is the plural of a person title: "officials", "analysts",
   * "secretaries", "spokesmen".
   */
  static boolean isPluralOfTitle(String word) {
    if (word.length() < 4 || !word.endsWith("s") && !word.endsWith("men")) {
      return false;
    }
    String singular = word.endsWith("men") ? word.substring(0, word.length() - 3) + "man"
        : word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
        : word.substring(0, word.length() - 1);
    return PERSON_TITLES.contains(singular);
  }

  /** Every whitespace-separated word of a resource, lower-cased, comments dropped. */
  static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      for (String word : line.split("\\s+")) {
        if (!word.isEmpty()) {
          out.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(out);
  }

  /** The non-blank, non-comment lines of a resource, stripped. */
  static List<String> lines(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String kept = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!kept.isEmpty()) {
          out.add(kept);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
