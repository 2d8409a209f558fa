package dev.newssearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a scraper left inside an article body that is not article text: promotional lines
 * ("Also watch: …", "Read more: …", "Follow us on …") and embedded video captions, which scrapers
 * flatten into a running time followed by the caption twice ("07:23 Xi Jinping urges … Xi Jinping
 * urges …").
 *
 * <p>Kept out of the indexed body, such lines would otherwise match queries, show up in snippets and
 * feed false speakers to the quote extractor.
 */
public final class BoilerplateFilter {

  /** A whole line that only points elsewhere. */
  private static final Pattern PROMO_LINE =
      Pattern.compile(
          "(?i)^\\s*(?:also (?:watch|read|see)|watch(?: now| also)?|read (?:more|also|next)"
              + "|related(?: stories| articles| coverage)?|recommended|more on this(?: story)?"
              + "|click here|subscribe(?: to)?|sign up|follow us|share this(?: article)?"
              + "|advertisement|story continues below)\\b.*$");

  /**
   * A running time ({@code 07:23}) followed by a caption of at least four words that is repeated
   * immediately: the repetition is what tells a flattened video card from a sentence with a time.
   */
  private static final Pattern VIDEO_CAPTION =
      Pattern.compile("(?<![\\w:])\\d{1,2}:\\d{2}(?::\\d{2})?\\s+((?:\\S+\\s+){3,40}?\\S+)\\s+\\1(?=\\s|$)");

  /**
   * Returns the body without boilerplate; paragraphs stay separated by a blank line.
   *
   * @param body the body as read
   * @return the cleaned body
   */
  public String clean(String body) {
    List<String> kept = new ArrayList<>();
    for (String paragraph : body.split("\n")) {
      if (PROMO_LINE.matcher(paragraph).matches()) {
        continue;
      }
      String cleaned = removeVideoCaptions(paragraph).strip();
      if (!cleaned.isEmpty()) {
        kept.add(cleaned);
      }
    }
    return String.join("\n\n", kept);
  }

  private static String removeVideoCaptions(String paragraph) {
    if (paragraph.indexOf(':') < 0) {
      return paragraph;
    }
    Matcher matcher = VIDEO_CAPTION.matcher(paragraph);
    if (!matcher.find()) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder(paragraph.length());
    do {
      matcher.appendReplacement(out, "");
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString().replaceAll(" {2,}", " ");
  }
}
