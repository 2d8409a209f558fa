package dev.newssearch.enrich;

import dev.newssearch.article.SpeakerKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The writer an article's byline names: the speaker of what "I" and "we" state outside quotation
 * marks ("I think the deal will hold" in a column). A leading "By" and what follows a comma, a
 * semicolon or a bar are dropped ("Heidi M. Przybyla, USA TODAY" → Heidi M. Przybyla). Several
 * writers ("Jane Doe and John Roe"), placeholders that feeds put where there is no byline ("None",
 * "Staff") and anything else that is not a short run of capitalised words name no writer: the
 * writer's words then get no quote, rather than a speaker called "I" that every such article would
 * share. A one-word byline ("AP", "Reuters") or one ending in an organisation word ("Breitbart News")
 * is an organisation.
 */
final class Byline {
  /** A word of a name: a capital, then letters, initials' full stops, hyphens or apostrophes. */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");
  /** "By Jane Doe". */
  private static final Pattern LEADING_BY = Pattern.compile("^(?i:by)(\\s+|$)");
  /** What stands in a byline field that names nobody. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("none", "null", "unknown", "anonymous", "staff", "admin", "editor", "editors");
  /** Longer runs of capitalised words are a headline or a description, not a name. */
  private static final int MAX_WORDS = 5;

  private Byline() {}

  /** The writer {@code byline} names, or empty when it names none or several. */
  static Optional<SpeakerResolver.Speaker> writer(String byline) {
    if (byline == null) {
      return Optional.empty();
    }
    String name = LEADING_BY.matcher(byline.strip()).replaceFirst("");
    for (char end : new char[] {',', ';', '|'}) {
      int at = name.indexOf(end);
      if (at >= 0) {
        name = name.substring(0, at).strip();
      }
    }
    String[] words = name.split("\\s+");
    if (name.isEmpty() || words.length > MAX_WORDS || PLACEHOLDERS.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (String word : words) {
      if (!NAME_WORD.matcher(word).matches()) {
        return Optional.empty(); // "and", "&": several writers, whose "I" is none of them for sure
      }
    }
    boolean organisation = words.length == 1
        || WordLists.ORGANISATION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    return Optional.of(new SpeakerResolver.Speaker(
        name, organisation ? SpeakerKind.ORGANISATION : SpeakerKind.PERSON, false));
  }
}
