package dev.newssearch.opensearch;

import dev.newssearch.search.SearchQueries;
import java.util.Locale;
import java.util.Optional;

/**
 * A regular expression (Lucene's syntax, as a {@code terms} aggregation's {@code include} takes it)
 * accepting every speaker name {@link SearchQueries#speakerMatches} accepts for a prefix: the name,
 * or one of its words, starting with the prefix, whatever the case. Counting only those speakers
 * spares the node bucketing, and our server reading, every speaker of the archive (tens of
 * thousands) for each lookup. The pattern may accept a few names more (a prefix with a space, which
 * no single word holds); the names are still filtered by {@code speakerMatches}, so the answers stay
 * the same.
 */
final class SpeakerPrefixPattern {
  /** Where {@code speakerMatches} starts a word: after white space ({@code \s}) or a hyphen. */
  private static final String WORD_BREAK = "[ \t\n\u000B\f\r\\-]";
  private static final char FIRST_ASCII = 0x20;
  private static final char LAST_ASCII = 0x7E;
  /**
   * For each printable ASCII character, the characters whose lower case starts with it: the
   * character, its upper case, and the few others that lower-case to ASCII (the Kelvin sign to
   * {@code k}, the dotted capital I to {@code i}).
   */
  private static final String[] CLASSES = classes();

  private SpeakerPrefixPattern() {
  }

  /**
   * The pattern for a prefix, or none when it has other than printable ASCII characters (lower case
   * may change the length of such text, so no character-by-character pattern is sure to accept all
   * matches: every speaker is then read) or is empty (every speaker matches).
   */
  static Optional<String> of(String prefix) {
    String needle = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    if (needle.isEmpty() || !needle.chars().allMatch(c -> c >= FIRST_ASCII && c <= LAST_ASCII)) {
      return Optional.empty();
    }
    StringBuilder anyCase = new StringBuilder();
    for (char c : needle.toCharArray()) {
      anyCase.append(CLASSES[c - FIRST_ASCII]);
    }
    return Optional.of("(" + anyCase + "|.*" + WORD_BREAK + anyCase + ").*");
  }

  private static String[] classes() {
    StringBuilder[] members = new StringBuilder[LAST_ASCII - FIRST_ASCII + 1];
    for (int i = 0; i < members.length; i++) {
      members[i] = new StringBuilder();
    }
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      char lower = String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
      if (lower >= FIRST_ASCII && lower <= LAST_ASCII) {
        // Letters and digits stand for themselves; anything else is escaped (Lucene's backslash escape).
        members[lower - FIRST_ASCII].append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
      }
    }
    String[] classes = new String[members.length];
    for (int i = 0; i < members.length; i++) {
      classes[i] = "[" + members[i] + "]";
    }
    return classes;
  }
}
