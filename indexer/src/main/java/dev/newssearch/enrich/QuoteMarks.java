package dev.newssearch.enrich;

import java.util.Arrays;

/**
 * Pairs the quotation marks of a body into quoted spans.
 *
 * <p>Real feeds mix straight and curly marks ({@code "…”}), drop closing marks, and continue a quote
 * over several paragraphs by reopening it at each paragraph without closing the previous one. So a
 * span opens at any opening-looking mark and closes at the next closing-looking one, whatever their
 * style; an opening mark while a span is open means the earlier mark was never closed (it is dropped);
 * a span still open at a paragraph end continues only when the next paragraph opens with a mark.
 */
final class QuoteMarks {
  /** Token index of each span's opening mark. */
  final int[] open;
  /** Token index of each span's closing mark. */
  final int[] close;
  final int count;
  /** For every token, the span that contains it (marks included), or -1. */
  final int[] spanAt;

  private QuoteMarks(int[] open, int[] close, int count, int[] spanAt) {
    this.open = open;
    this.close = close;
    this.count = count;
    this.spanAt = spanAt;
  }

  static QuoteMarks of(Tokens t) {
    int[] open = new int[8];
    int[] close = new int[8];
    int count = 0;
    int current = -1;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == Tokens.NEWLINE) {
        if (current >= 0) {
          int next = i + 1;
          while (next < t.size && t.kind[next] == Tokens.NEWLINE) {
            next++;
          }
          if (next < t.size && t.kind[next] == Tokens.QUOTE && opens(t, next)) {
            i = next; // the quote goes on in the next paragraph: its reopening mark is inside the span
          } else {
            current = -1; // never closed: not a span
          }
        }
        continue;
      }
      if (t.kind[i] != Tokens.QUOTE) {
        continue;
      }
      char c = t.text.charAt(t.start[i]);
      boolean curlyOpen = (c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u201f')
          && !(current >= 0 && closes(t, i) && followedBySpace(t, i)); // "unusual,“ said …": a typo for ”
      boolean curlyClose = (c == '\u201d' || c == '\u00bb') && !(current < 0 && paragraphStart(t, i) && opens(t, i));
      if (current < 0) {
        if (curlyOpen || !curlyClose && opens(t, i)) {
          current = i;
        }
      } else if (curlyOpen || !curlyClose && opens(t, i) && !closes(t, i)) {
        current = i; // the previous mark was never closed
      } else {
        if (count == open.length) {
          open = Arrays.copyOf(open, count * 2);
          close = Arrays.copyOf(close, count * 2);
        }
        open[count] = current;
        close[count] = i;
        count++;
        current = -1;
      }
    }
    int[] spanAt = new int[t.size];
    Arrays.fill(spanAt, -1);
    for (int q = 0; q < count; q++) {
      for (int k = open[q]; k <= close[q]; k++) {
        spanAt[k] = q;
      }
    }
    return new QuoteMarks(open, close, count, spanAt);
  }

  /** Whether a straight mark looks like an opening one: space before it, a character after. */
  private static boolean opens(Tokens t, int i) {
    int s = t.start[i];
    int e = t.end[i];
    boolean spaceBefore = s == 0 || isOpenContext(t.text.charAt(s - 1));
    boolean wordAfter = e < t.text.length() && !Character.isWhitespace(t.text.charAt(e));
    return spaceBefore && wordAfter;
  }

  /** Whether mark i opens its paragraph: feeds sometimes open a quote with ” there. */
  private static boolean paragraphStart(Tokens t, int i) {
    int p = t.start[i] - 1;
    while (p >= 0 && (t.text.charAt(p) == ' ' || t.text.charAt(p) == '\t' || t.text.charAt(p) == '\r')) {
      p--;
    }
    return p < 0 || t.text.charAt(p) == '\n';
  }

  private static boolean followedBySpace(Tokens t, int i) {
    int e = t.end[i];
    return e >= t.text.length() || Character.isWhitespace(t.text.charAt(e));
  }

  /** Whether a straight mark looks like a closing one: a character before it. */
  private static boolean closes(Tokens t, int i) {
    int s = t.start[i];
    return s > 0 && !isOpenContext(t.text.charAt(s - 1));
  }

  private static boolean isOpenContext(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-'
        || c == ':' || c == '\u00a0';
  }

  /** Body offset where span q starts (its opening mark). */
  int startOffset(Tokens t, int q) {
    return t.start[open[q]];
  }

  /** Body offset just past span q (its closing mark). */
  int endOffset(Tokens t, int q) {
    return t.end[close[q]];
  }
}
