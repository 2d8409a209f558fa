package dev.newssearch.enrich;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * An article body cut into words, punctuation, quotation marks and line breaks, each with its body
 * offsets, so every later rule works on tokens and still reports exact body offsets.
 *
 * <p>Abbreviation periods stay on their word ("U.S.", "Sen.", "J.") so they never end a sentence;
 * two apostrophes in a row ({@code ''}, as some feeds write a double quote) are one quotation mark,
 * after the inner mark of a quote that closes with it ({@code 'old-school,'''}).
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte QUOTE = 2;
  static final byte NEWLINE = 3;

  /** Abbreviated titles, which stand before a name and so never end a sentence. */
  private static final Set<String> TITLE_ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev",
          "adm", "maj", "cmdr", "messrs", "pres", "supt");

  /** Words whose final period belongs to them: the titles and these. */
  private static final Set<String> ABBREVIATIONS = WordLists.union(TITLE_ABBREVIATIONS,
      Set.of("st", "jr", "sr", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
          "nov", "dec", "vs", "no", "mt", "ft", "dept", "univ", "est", "approx"));

  /** US state abbreviations that news style writes after a town: "Jackson, Miss.". */
  private static final Set<String> STATES =
      Set.of("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
          "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
          "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] kind;
  String[] lower;

  private Tokens(String text) {
    this.text = text;
    int capacity = Math.max(16, text.length() / 4);
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
  }

  /** Tokenises a body. */
  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    t.scan();
    t.lower = new String[t.size];
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == WORD) {
        t.lower[i] = text.substring(t.start[i], t.end[i]).toLowerCase(Locale.ROOT);
      } else {
        t.lower[i] = text.substring(t.start[i], t.end[i]);
      }
    }
    return t;
  }

  private void scan() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (hardBreak(i)) {
          add(i, i + 1, NEWLINE);
        }
        i++;
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if (j + 1 < n && joins(d, text.charAt(j - 1), text.charAt(j + 1)) || letterSlashLetter(i, j)) {
            j += 2;
          } else {
            break;
          }
        }
        j = lettersAndLetters(i, j);
        if (j < n && text.charAt(j) == '.' && abbreviation(i, j)) {
          j++;
        } else if (pluralPossessive(i, j)) {
          j++; // "Sanders’ campaign": the apostrophe makes the name a possessive
        }
        add(i, j, WORD);
        i = j;
      } else if (isQuoteMark(c)) {
        add(i, i + 1, QUOTE);
        i++;
      } else if (c == '\'' && i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c && i > 0
          && !Character.isWhitespace(text.charAt(i - 1))) {
        // Three apostrophes after a word ("the word 'old-school,''' said"): an inner quote closes
        // just before the outer one, so the first is the inner mark and the next two the outer.
        add(i, i + 1, PUNCT);
        i++;
      } else if ((c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c) {
        add(i, i + 2, QUOTE);
        i += 2;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        add(i, i + 2, PUNCT); // "--", a typed dash: one token, as an em dash is
        i += 2;
      } else {
        add(i, i + 1, PUNCT);
        i++;
      }
    }
  }

  /** Whether character d, between prev and next, keeps a word together: "U.S", "Putin’s", "1,200". */
  private static boolean joins(char d, char prev, char next) {
    if (d == ',') {
      return Character.isDigit(prev) && Character.isDigit(next);
    }
    return (d == '.' || d == '\'' || d == '\u2019' || d == '-' || d == '&')
        && Character.isLetterOrDigit(next);
  }

  /**
   * Whether the slash at j joins two capital letters into one word, as in the newswire's "S/P"
   * (Standard and Poor's) and "A/S": a word of one letter before it and one after. Longer words on
   * both sides are two names ("CNN/ORC", "NBC/WSJ"), each read on its own.
   */
  private boolean letterSlashLetter(int wordStart, int j) {
    return text.charAt(j) == '/' && j - wordStart == 1 && j + 1 < text.length()
        && Character.isUpperCase(text.charAt(j - 1)) && Character.isUpperCase(text.charAt(j + 1))
        && (j + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)));
  }

  /**
   * The end of the word from wordStart to j, taken on over " and " when both sides are one or two
   * capital letters: the newswire writes "S and P", "AT and T" and "A and P" for the companies
   * others write with an ampersand, which a name never ends in a lone letter otherwise.
   */
  private int lettersAndLetters(int wordStart, int j) {
    int n = text.length();
    if (j - wordStart > 2 || !upperCase(wordStart, j) || !text.startsWith(" and ", j)) {
      return j;
    }
    int from = j + 5;
    int to = from;
    while (to < n && to - from < 3 && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return to > from && to - from <= 2 && upperCase(from, to) && (to == n || !Character.isLetterOrDigit(text.charAt(to)))
        ? to : j;
  }

  private boolean upperCase(int from, int to) {
    for (int c = from; c < to; c++) {
      if (!Character.isUpperCase(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line break at i ends a paragraph. Wire copy (Reuters) wraps lines inside sentences;
   * a break counts only before a blank line or an indented line, or after a sentence's end.
   */
  private boolean hardBreak(int i) {
    int n = text.length();
    if (i + 1 < n && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t'
        || text.charAt(i + 1) == '\r' || isQuoteMark(text.charAt(i + 1)))) {
      return true;
    }
    int p = i - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\r' || text.charAt(p) == '\t')) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = text.charAt(p);
    if (c == '.' && periodInsideSentence(p)) {
      return false;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ')' || c == '\n' || isQuoteMark(c)
        || c == '\u2019' || c == '\'' || Character.isUpperCase(c) && i + 1 < n && Character.isUpperCase(text.charAt(i + 1));
  }

  /**
   * Whether the period at p ends a word that does not end a sentence where a line wraps after it: an
   * initial ("Kenneth J.\nSmith"), a dotted abbreviation ("the U.S.\nEnvironmental Protection Agency")
   * or a title before a name ("Rep.\nRichard Gephardt"). Whether a sentence ends there after all is
   * left to {@link Sentences}, as when no line breaks there ("the U.S. The company said").
   */
  private boolean periodInsideSentence(int p) {
    int s = p;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return s < p && (initialOrDotted(s, p) || TITLE_ABBREVIATIONS.contains(text.substring(s, p).toLowerCase(Locale.ROOT)));
  }

  /** Whether text[from, to), before a period, is an initial ("J") or holds dots of its own ("U.S", "a.m"). */
  private boolean initialOrDotted(int from, int to) {
    if (to - from == 1 && Character.isUpperCase(text.charAt(from))) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the apostrophe after text[from, to) makes a capitalised word ending in s a possessive:
   * "Sanders’ campaign", not a closing single quote ("a 'yes' vote") or a doubled mark.
   */
  private boolean pluralPossessive(int from, int to) {
    int n = text.length();
    if (to + 2 >= n || text.charAt(to - 1) != 's' || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    char c = text.charAt(to);
    return (c == '\u2019' || c == '\'') && text.charAt(to + 1) == ' ' && Character.isLetter(text.charAt(to + 2));
  }

  /** Whether the period after text[from, to) belongs to the word. */
  private boolean abbreviation(int from, int to) {
    if (initialOrDotted(from, to)) {
      return true; // "J. Smith", "U.S.", "a.m."
    }
    if (to + 1 < text.length() && text.charAt(to + 1) == ',') {
      return true; // "R-Ky.,", "Ashton, Md.,": a sentence never ends before a comma
    }
    if (Character.isUpperCase(text.charAt(from)) && STATES.contains(text.substring(from, to).toLowerCase(Locale.ROOT))) {
      return true; // "Jackson, Miss. attended"
    }
    return ABBREVIATIONS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb'
        || c == '\u201f';
  }

  private void add(int s, int e, byte k) {
    if (size == start.length) {
      int capacity = size * 2;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      kind = Arrays.copyOf(kind, capacity);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    size++;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
  }

  /** Whether token i is a word starting with an upper-case letter. */
  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  /** Whether token i is a word written in lower case (a common word, never a name). */
  boolean isLowerCase(int i) {
    return isWord(i) && Character.isLowerCase(text.charAt(start[i]));
  }

  /** The lower-cased word without a possessive ending: "putin’s" → "putin". */
  String stem(int i) {
    String w = lower[i];
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s'") || w.endsWith("s\u2019")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** A name without its possessive ending: "Putin’s" → "Putin", "Sanders’" → "Sanders". */
  static String withoutPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'S") || word.endsWith("\u2019S")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("'") || word.endsWith("\u2019")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  boolean isPossessive(int i) {
    String w = lower[i];
    return isWord(i) && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019"));
  }

  String text(int i) {
    return text.substring(start[i], end[i]);
  }

  /** The body text from the start of token a to the end of token b (inclusive). */
  String text(int a, int b) {
    return text.substring(start[a], end[b]);
  }

  /**
   * The words of tokens a to b (inclusive) as a name is written: the body text with each run of
   * white space as one space. Hard-wrapped wire copy breaks lines inside names ("Richard\nLyng"),
   * and a name must be the same string wherever the line breaks fell.
   */
  String words(int a, int b) {
    StringBuilder out = new StringBuilder(end[b] - start[a]);
    for (int i = a; i <= b; i++) {
      if (i > a && start[i] > end[i - 1]) {
        out.append(' ');
      }
      out.append(text, start[i], end[i]);
    }
    return out.toString();
  }
}
