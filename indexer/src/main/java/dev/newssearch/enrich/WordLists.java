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
  /**
   * Heads that, after "the", mean a person whoever the article introduced with them: "the leader",
   * "the official", "the man". They are titles too ({@link #PERSON_TITLES} holds them).
   */
  static final Set<String> GENERIC_PERSON_TITLES = words("generic-person-titles.txt");

  /**
   * Words that introduce a person: "President", "spokesman", "Sen.", and the generic ones ("leader",
   * "official").
   */
  static final Set<String> PERSON_TITLES = union(words("person-titles.txt"), GENERIC_PERSON_TITLES);

  /**
   * Plurals that name people whatever their suffix says: "sources", "critics", "others", "voters".
   * With the plurals of titles and the words formed like "economists" and "growers", a
   * description ending in one speaks for people ({@link #namesPeople}).
   */
  private static final Set<String> PEOPLE = words("people.txt");

  /** Plurals in "-ers" and "-ors" that name no people ("numbers", "factors") or are verbs ("remembers"). */
  private static final Set<String> NOT_PEOPLE = words("not-people.txt");

  /** Head words of organisation names: "agency", "ministry", "Times". */
  static final Set<String> ORGANISATION_WORDS = words("organisation-words.txt");

  /** Companies by their trade: "the airline", "the automaker", "the utility". */
  static final Set<String> COMPANY_KINDS = words("company-kinds.txt");

  /**
   * The legal forms that end a company's name, lower-case, with and without their full stop: the
   * article may leave them out when it repeats the name, and a sentence may end with one.
   */
  static final Set<String> LEGAL_FORMS =
      Set.of("co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited",
          "plc", "pty", "llc", "cos", "company", "sa", "s.a.", "ag", "nv", "n.v.", "ab", "spa", "gmbh", "bhd", "berhad",
          "lp", "l.p.");

  /**
   * Words that make a capitalised name a firm's or an office's wherever they stand in it ("Shearson
   * Lehman Brothers", "Harris Associates", "General Partners", "Merrill Lynch Capital Markets",
   * "Statistics Canada"), lower-case. Unlike the organisation words they are no heads of descriptions:
   * "the brothers said" speaks for people, not for the last firm named.
   */
  static final Set<String> FIRM_NAME_WORDS = Set.of("brothers", "associates", "partners", "markets", "statistics");

  /** The months, lower-case: names too ("April", "June"), but not beside a day's number. */
  static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");

  /** Countries and capitals that stand for their governments: "Kiev", "Russia". */
  static final Set<String> PLACES = words("places.txt");

  /** Words that open a place's name, which then names no person: "St. Louis", "Ft. Worth", "Mt. Fuji". */
  static final Set<String> PLACE_OPENERS = words("place-openers.txt");

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
    String singular = singular(word);
    return singular != null && PERSON_TITLES.contains(singular);
  }

  /**
   * Whether a lower-case plural names people, so that a description ending in it is a person speaker:
   * the plural of a title ("officials", "traders", "spokesmen"), a listed plural ("sources",
   * "critics", "others"), or a plural formed like a word for people ("economists", "Canadians",
   * "growers", "operators", "fishermen"; not "numbers" or "factors").
   */
  static boolean namesPeople(String word) {
    return isPluralOfTitle(word) || PEOPLE.contains(word) || word.length() > 5 && !NOT_PEOPLE.contains(word)
        && (word.endsWith("ists") || word.endsWith("ians") || word.endsWith("ers") || word.endsWith("ors")
            || word.endsWith("men"));
  }

  /**
   * Whether a lower-case singular is one of the people a listed plural names: "source", "witness",
   * "delegate", "arbitrager" ("a source said" is a person's word, as "sources said" is people's).
   */
  static boolean namesPerson(String word) {
    return PEOPLE.contains(word + "s") || PEOPLE.contains(word + "es");
  }

  /**
   * The singular a plural's ending gives ("officials" → "official", "secretaries" → "secretary",
   * "spokesmen" → "spokesman", "mps" → "mp"), or {@code null} when the word does not end like a
   * plural ("press", "focus", "analysis").
   */
  static String singular(String word) {
    if (word.length() < 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
        || !word.endsWith("s") && !word.endsWith("men")) {
      return null;
    }
    return word.endsWith("men") ? word.substring(0, word.length() - 3) + "man"
        : word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
        : word.substring(0, word.length() - 1);
  }

  /** The words of both sets, as an unmodifiable set. */
  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
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
