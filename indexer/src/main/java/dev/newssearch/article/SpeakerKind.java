package dev.newssearch.article;

import java.util.Locale;

/** What kind of source a speaker is. */
public enum SpeakerKind {
  PERSON,
  ORGANISATION;

  /** The lower-case name used in JSON and in the index. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
