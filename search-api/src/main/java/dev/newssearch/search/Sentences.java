package dev.newssearch.search;

/**
 * Finds the sentence around a quote in an article body, to show a quote in its context. Sentences
 * end at {@code .}, {@code !} or {@code ?} followed by a space, or at a paragraph break.
 */
final class Sentences {
  /** Context longer than this is cut, with an ellipsis. */
  private static final int MAX_CONTEXT = 600;

  private Sentences() {}

  /** The sentence(s) covering {@code [start, end)} of {@code body}, plain text. */
  static String around(String body, int start, int end) {
    if (body == null || start < 0 || end > body.length() || start > end) {
      return "";
    }
    int from = start;
    while (from > 0 && !boundaryBefore(body, from)) {
      from--;
    }
    int to = end;
    while (to < body.length() && !boundaryAt(body, to)) {
      to++;
    }
    if (to < body.length()) {
      to++; // keep the sentence's own full stop
    }
    String sentence = body.substring(from, Math.min(to, body.length())).strip();
    return sentence.length() <= MAX_CONTEXT ? sentence : sentence.substring(0, MAX_CONTEXT).strip() + "…";
  }

  private static boolean boundaryBefore(String body, int i) {
    char previous = body.charAt(i - 1);
    if (previous == '\n') {
      return true;
    }
    return i >= 2 && Character.isWhitespace(previous) && ".!?".indexOf(body.charAt(i - 2)) >= 0;
  }

  private static boolean boundaryAt(String body, int i) {
    char c = body.charAt(i);
    if (c == '\n') {
      return true;
    }
    return ".!?".indexOf(c) >= 0 && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
  }
}
