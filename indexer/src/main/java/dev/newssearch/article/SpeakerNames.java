package dev.newssearch.article;

/**
 * Tells a speaker that is named ("Vladimir Putin", "OPEC", "U.S. officials") from one the article
 * only describes ("analysts", "a company spokesman" → "company spokesman", "figures released on
 * Thursday"). Both are kept on their quotes, where they are what the article says; the lists of
 * speakers (the speakers facet, {@code /api/speakers}, the speaker suggestions) show named ones only,
 * since "analysts" and "sources" would otherwise lead every list without telling anyone who spoke.
 *
 * <p>The distinction is carried by the name itself, so that it needs no field of its own and
 * holds in every index and backend: the extractor writes a description in lower case from its
 * first letter (a sentence's "Analysts said" becomes "analysts"), and a name starts otherwise. A
 * description that carries a name or a nationality keeps it, and so its capital ("U.S. officials",
 * "Chinese diplomats"), and is listed: it says whose side spoke. The rare name written in lower case
 * ("eBay") is taken for a description; the alias list can give it a capitalised canonical form.
 */
public final class SpeakerNames {

  /**
   * {@link #isDescription} as a regular expression in Lucene's syntax, for the backends that filter
   * the values of a field by one (the terms aggregation's {@code exclude} on OpenSearch).
   */
  public static final String DESCRIPTION_PATTERN = "[a-z].*";

  private SpeakerNames() {}

  /** Whether a canonical speaker name only describes who spoke: it starts with a lower-case letter. */
  public static boolean isDescription(String speaker) {
    return !speaker.isEmpty() && speaker.charAt(0) >= 'a' && speaker.charAt(0) <= 'z';
  }

  /** Whether a canonical speaker name names who spoke: the speakers that lists show. */
  public static boolean isNamed(String speaker) {
    return !speaker.isEmpty() && !isDescription(speaker);
  }
}
