package dev.newssearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a tokenised body into sentences, never inside a quoted span: {@code "A. B," he said.} is one
 * sentence, because its attribution only makes sense with the whole quote.
 */
final class Sentences {

  /** Tokens [from, to) of one sentence, and the number of its paragraph. */
  record Sentence(int from, int to, int paragraph) {}

  /** Words that, after an abbreviation such as "U.S.", show a new sentence has begun. */
  private static final Set<String> STARTERS =
      Set.of("the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "this", "that",
          "there", "his", "her", "their", "its", "on", "at", "after", "when", "as", "if");

  private Sentences() {}

  static List<Sentence> of(Tokens t, QuoteMarks q) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    int paragraph = 0;
    int i = 0;
    while (i < t.size) {
      int cut = -1; // first token of the next sentence
      boolean newline = false;
      if (t.kind[i] == Tokens.NEWLINE && q.spanAt[i] < 0) {
        cut = i + 1;
        newline = true;
      } else if (q.spanAt[i] < 0 && (t.isPunct(i, '.') || t.isPunct(i, '!') || t.isPunct(i, '?'))) {
        int k = i + 1;
        while (t.isPunct(k, ')') || t.isPunct(k, '.')) {
          k++;
        }
        if (k >= t.size || t.kind[k] == Tokens.NEWLINE || t.kind[k] == Tokens.QUOTE
            || t.isWord(k) && !t.isLowerCase(k)) {
          cut = k;
        }
      } else if (t.kind[i] == Tokens.QUOTE && q.spanAt[i] >= 0 && q.close[q.spanAt[i]] == i) {
        int last = i - 1;
        boolean endsSentence = t.isPunct(last, '.') || t.isPunct(last, '!') || t.isPunct(last, '?');
        int k = i + 1;
        if (endsSentence && (t.isCapitalised(k) || t.kind.length > k && k < t.size && t.kind[k] == Tokens.QUOTE)
            && !attributionFollows(t, k)) {
          cut = k;
        }
      } else if (t.isWord(i) && t.text.charAt(t.end[i] - 1) == '.' && t.isCapitalised(i + 1)
          && (STARTERS.contains(t.lower[i + 1]) || afterLegalForm(t, i))) {
        cut = i + 1;
      }
      if (cut >= 0) {
        if (cut > from) {
          addTrimmed(t, out, from, cut, paragraph);
        }
        if (newline) {
          paragraph++;
        }
        from = cut;
        i = cut;
      } else {
        i++;
      }
    }
    if (from < t.size) {
      addTrimmed(t, out, from, t.size, paragraph);
    }
    return out;
  }

  /**
   * Whether a capitalised word after a company's abbreviated legal form opens a sentence: "…, said
   * Salomon Brothers Inc. Salomon said …". Inside a sentence such a word is another legal form
   * ("Co. Ltd.") or a title ("Apple Inc. CEO Tim Cook", "Exxon Corp. Chairman Lee Raymond").
   */
  static boolean afterLegalForm(Tokens t, int i) {
    if (i + 1 >= t.size || !t.isWord(i) || t.text.charAt(t.end[i] - 1) != '.'
        || t.lower[i].indexOf('.') < t.lower[i].length() - 1 // "N.V. Philips": dotted forms may come first
        || !WordLists.LEGAL_FORMS.contains(t.lower[i]) || !t.isWord(i + 1) || !t.isCapitalised(i + 1)) {
      return false;
    }
    String next = t.lower[i + 1];
    return !t.isPossessive(i + 1) && !WordLists.LEGAL_FORMS.contains(next)
        && !WordLists.LEGAL_FORMS.contains(next + ".") && !WordLists.PERSON_TITLES.contains(next);
  }

  /** Whether the words after a closing quote attribute it: {@code "…!" Trump said.} */
  private static boolean attributionFollows(Tokens t, int k) {
    for (int j = k; j < Math.min(t.size, k + 6); j++) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      SpeechVerbs.Verb verb = t.isLowerCase(j) ? SpeechVerbs.of(t.lower[j]) : null;
      if (verb != null) {
        return !ownContentFollows(t, j + 1) && !(j > k && !verb.tell() && objectFollows(t, j + 1));
      }
    }
    return false;
  }

  /**
   * Whether the verb has words of its own before the sentence ends: in {@code “unhinged.” Sen. Marco
   * Rubio called the statement “offensive.”} the second sentence does not attribute the first quote.
   */
  private static boolean ownContentFollows(Tokens t, int k) {
    for (int j = k; j < t.size && j - k < 40; j++) {
      if (t.kind[j] == Tokens.QUOTE || t.kind[j] == Tokens.NEWLINE || t.isWord(j) && t.lower[j].equals("that")) {
        return t.kind[j] != Tokens.NEWLINE;
      }
      if (t.isPunct(j, '.') || t.isPunct(j, '!') || t.isPunct(j, '?')) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a verb after its subject has an object or a clause rather than only a phrase of time or
   * place: {@code “ongoing.” He said the FBI has not commented} starts a sentence of its own, {@code
   * “…!” Trump said on Tuesday} does not.
   */
  private static boolean objectFollows(Tokens t, int k) {
    return k < t.size && t.isWord(k) && !Attributions.PHRASE_LEADS.contains(t.lower[k]) && !t.lower[k].equals("of");
  }

  private static void addTrimmed(Tokens t, List<Sentence> out, int from, int to, int paragraph) {
    while (from < to && t.kind[from] == Tokens.NEWLINE) {
      from++;
    }
    while (to > from && t.kind[to - 1] == Tokens.NEWLINE) {
      to--;
    }
    if (to > from) {
      out.add(new Sentence(from, to, paragraph));
    }
  }
}
