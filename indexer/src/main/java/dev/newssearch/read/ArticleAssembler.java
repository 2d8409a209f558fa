package dev.newssearch.read;

import dev.newssearch.article.Article;
import dev.newssearch.enrich.DateParser;
import dev.newssearch.enrich.ParsedDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the raw fields of any format into an {@link Article} by the same rules: the file's own id or
 * else its path, a parsed date or else undated (an impossible date is reported, never guessed), a
 * title derived from the first sentence when there is none, and whitespace tidied.
 */
public final class ArticleAssembler {

  /** Titles derived from a body are cut near this many characters, at a word boundary. */
  private static final int DERIVED_TITLE_LENGTH = 140;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘'(]?\\p{Lu})");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x0B\\f]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private final DateParser dates = new DateParser();

  /**
   * Builds the article, or reports why there is none.
   *
   * @param file where the fields came from
   * @param line the 1-based line of the record in a multi-record file, else {@code null}
   * @param raw the fields as read
   * @param sink receives a warning for an unusable date, or a skip when there is no text
   * @return the article, or empty when it was skipped
   */
  public Optional<Article> assemble(SourceFile file, Integer line, RawArticle raw, ArticleSink sink) {
    String body = normaliseBody(raw.body());
    String title = tidy(raw.title());
    if (body.isEmpty()) {
      if (title.isEmpty()) {
        sink.problem(ReadProblem.skipped(file.relativePath(), line, "no text and no title"));
        return Optional.empty();
      }
      // Newswire briefs carry all their information in the headline: index it as the body too.
      body = title;
    }
    ParsedDate date = null;
    String rawDate = tidy(raw.date());
    if (!rawDate.isEmpty()) {
      date = dates.parse(rawDate).orElse(null);
      if (date == null) {
        sink.problem(
            ReadProblem.warning(
                file.relativePath(), line, "impossible or unknown date '" + shorten(rawDate) + "': indexed as undated"));
      }
    }
    String id = tidy(raw.id());
    if (id.isEmpty()) {
      id = line == null ? file.relativePath() : file.relativePath() + "#" + line;
    }
    if (title.isEmpty()) {
      title = deriveTitle(body);
    }
    return Optional.of(
        new Article(
            id,
            title,
            date == null ? null : date.day(),
            date == null ? null : date.timestamp(),
            nullIfBlank(raw.source()),
            nullIfBlank(raw.url()),
            nullIfBlank(raw.author()),
            body,
            file.relativePath(),
            List.of()));
  }

  /**
   * Normalises a body to paragraphs separated by one blank line. A paragraph ends at a blank line or
   * where the next line is indented (newswire style); lines wrapped inside a paragraph are joined.
   */
  static String normaliseBody(String body) {
    if (body == null) {
      return "";
    }
    String text = withoutControls(body.replace("\r\n", "\n").replace('\r', '\n'));
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      boolean blank = line.isBlank();
      boolean indented = !blank && Character.isWhitespace(line.charAt(0));
      if ((blank || indented) && !paragraph.isEmpty()) {
        appendParagraph(out, paragraph);
      }
      if (!blank) {
        if (!paragraph.isEmpty()) {
          paragraph.append(' ');
        }
        paragraph.append(line.strip());
      }
    }
    appendParagraph(out, paragraph);
    return out.toString();
  }

  private static void appendParagraph(StringBuilder out, StringBuilder paragraph) {
    String text = (hasSpacesToTidy(paragraph) ? HORIZONTAL_SPACE.matcher(paragraph).replaceAll(" ") : paragraph.toString()).strip();
    paragraph.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      out.append("\n\n");
    }
    out.append(text);
  }

  /**
   * The text without the control characters other than line breaks and tabs. Most texts have none,
   * and are returned as they are without a replacement by {@link #CONTROL}: that and the one in
   * {@link #appendParagraph} were 2.5% of a reindex's profile.
   */
  private static String withoutControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return CONTROL.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  /**
   * Whether the paragraph has horizontal space that {@link #HORIZONTAL_SPACE} would change: any such
   * character other than a plain space, or two in a row. Most joined lines have single spaces only.
   */
  private static boolean hasSpacesToTidy(CharSequence paragraph) {
    boolean afterSpace = false;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == ' ') {
        if (afterSpace) {
          return true;
        }
        afterSpace = true;
      } else if (c <= ' ' || Character.isSpaceChar(c) || c == '\u180e') {
        // Below the space: tabs, vertical tabs, form feeds (line breaks never reach a paragraph);
        // above it, \h is the space separators and the Mongolian vowel separator.
        return true;
      } else {
        afterSpace = false;
      }
    }
    return false;
  }

  /** The first sentence of the body, cut at a word boundary when long. */
  static String deriveTitle(String body) {
    String first = body.split("\n", 2)[0];
    first = SENTENCE_END.split(first, 2)[0].strip();
    if (first.length() <= DERIVED_TITLE_LENGTH) {
      return first;
    }
    int cut = first.lastIndexOf(' ', DERIVED_TITLE_LENGTH);
    return first.substring(0, cut > 40 ? cut : DERIVED_TITLE_LENGTH).strip() + "…";
  }

  private static String tidy(String value) {
    return value == null ? "" : HORIZONTAL_SPACE.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
  }

  private static String nullIfBlank(String value) {
    String tidy = tidy(value);
    return tidy.isEmpty() ? null : tidy;
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
