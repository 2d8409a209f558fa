package dev.newssearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the speech events of one sentence: who (a phrase of the sentence) said what (a span of the
 * body), by rules over the sentence's words with every quoted span folded into one unit, so that
 * words inside a quote never act as a speech verb or a speaker of the sentence around it.
 *
 * <p>The rules cover the shapes news writing uses: {@code X said (that) …}, {@code X told Y (that) …},
 * {@code …, X said.}, {@code "…," X said}, {@code "…," said X, a spokesman for …}, {@code according to
 * X, …}, {@code X quoted Y as saying …}, and the participle or coordinated verb that keeps the subject
 * ({@code …, adding that …}, {@code … and called him …}). An outlet that only relays what someone
 * else is already reported to have said ({@code …, Moscow Times reported}) is dropped.
 */
final class Attributions {

  /**
   * One speech event: the speaker phrase (tokens, inclusive) and the content (body offsets).
   *
   * @param inherited the speaker phrase was borrowed from the clause's subject (participle or
   *     coordinated verb), so its mention is where that subject stands
   * @param relative the token of the relative pronoun that is the verb's subject ("Peskov, who …
   *     said"), which is then the mention, as a personal pronoun is; -1 when there is none
   */
  record Attribution(
      int cue, int speakerFrom, int speakerTo, int contentStart, int contentEnd, boolean relay,
      boolean inherited, boolean toParagraphEnd, int relative) {}

  static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which");

  /** Endings of a pronoun and its auxiliary in one word: "he's said", "they've argued", "she'd said". */
  private static final List<String> CONTRACTIONS =
      List.of("'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re");

  /**
   * The pronoun of a word that joins a subject pronoun and an auxiliary ("he's" → "he", "they’ve" →
   * "they"), or null: "he's said …" has the subject "he", where "Trump's" is a possessive.
   */
  static String contractedPronoun(String word) {
    if (word.length() > 7) {
      return null; // no pronoun and its auxiliary are that long
    }
    String pronoun = withoutAuxiliary(word);
    return pronoun.length() < word.length() && PRONOUNS.contains(pronoun) ? pronoun : null;
  }

  /** A word without the auxiliary joined to it ("it's" → "it", "they’re" → "they"); else the word. */
  private static String withoutAuxiliary(String word) {
    if (word.indexOf('\'') < 0 && word.indexOf('’') < 0) {
      return word;
    }
    for (String ending : CONTRACTIONS) {
      if (word.endsWith(ending)) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }

  /** Pronouns that can open a content clause: "he thinks they will win". */
  private static final Set<String> CLAUSE_SUBJECTS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "there", "this", "that", "those", "these");

  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("him", "her", "them", "me", "us", "it", "you", "reporters", "journalists");

  private static final Set<String> AUXILIARIES =
      Set.of("also", "once", "later", "has", "have", "had", "will", "would", "could", "may", "might",
          "can", "should", "must", "did", "does", "do", "then", "still", "even", "again", "further",
          "earlier", "already", "often", "just", "first", "last", "previously", "long", "'s", "’s",
          "now", "soon", "today", "yesterday");

  private static final Set<String> NEGATIONS =
      Set.of("not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't",
          "haven't", "declined", "refused", "cannot", "can't", "no");

  /**
   * Verbs that, negated, say no more than that nothing was said or found: "did not respond to a request
   * for comment", "could not find a sponsor".
   */
  private static final Set<String> UNANSWERED = Set.of("respond", "reply", "answer", "return", "find");

  /** Forms of "be" that make a progressive with an -ing verb: "he is hoping that …". */
  private static final Set<String> PROGRESSIVE = Set.of("is", "are", "was", "were", "been", "be", "'s", "’s");

  private static final Set<String> PASSIVE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting");

  /** Words that never belong inside a speaker phrase. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("and", "or", "but", "nor", "of", "for", "in", "on", "at", "to", "with", "by", "from", "as",
          "that", "than", "into", "about", "after", "before", "when", "while", "if", "because", "so",
          "not", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
          "could", "should", "may", "might", "must", "do", "does", "did", "also", "then", "there",
          "here", "where", "what", "which", "who", "whom", "whose", "how", "why", "all", "more", "most",
          "following");

  /** Adjectives that end a phrase without a noun: "that would be the best quarterly showing since 2002". */
  private static final Set<String> SUPERLATIVES =
      Set.of("best", "worst", "least", "latest", "biggest", "largest", "highest", "lowest", "strongest", "weakest");

  /** Heads of time phrases, which never speak: "in June", "this month", "hours later". */
  private static final Set<String> TIME_WORDS =
      WordLists.union(WordLists.MONTHS, Set.of("week", "weeks", "month", "months", "year", "years", "day",
          "days", "hours", "minutes", "morning", "afternoon", "evening", "night", "weekend", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later", "ago"));

  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("in", "on", "at", "during", "since", "by", "from", "until", "earlier", "last", "this");

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words after which a participle keeps the clause's subject: ", saying", "by saying". */
  private static final Set<String> PARTICIPLE_LEADS =
      Set.of(",", "by", "while", "after", "before", "when", "in", "also", "without", "and");

  /** Adverbs set off by commas between a subject and its verb: "Others, however, say". */
  private static final Set<String> PARENTHETICALS =
      Set.of("however", "too", "though", "meanwhile", "instead", "moreover", "also", "nonetheless",
          "nevertheless", "indeed", "likewise", "similarly", "course", "example",
          "instance", "fact", "turn", "publicly", "privately", "separately", "later", "previously", "rather");

  /** Adverbs between a verb and its "for": "called again for", "pushed hard for". */
  private static final Set<String> ADVERBS_BEFORE_FOR =
      Set.of("again", "also", "today", "yesterday", "repeatedly", "publicly", "hard", "once", "now");

  /** Verbs whose content may follow "for": "called for a ban", "pushed for a vote". */
  private static final Set<String> FOR_VERBS =
      Set.of("call", "push", "argue", "press", "plead", "appeal", "lobby", "campaign", "advocate", "vote", "hope",
          "ask");

  /** Verbs whose content may follow "with": "agree with the decision", "disagreed with his party". */
  private static final Set<String> WITH_VERBS = Set.of("agree", "disagree");

  /**
   * Prepositions whose object never speaks for the verb after it. Not "of" and "for", which join a
   * phrase that does ("a spokesman for the company said").
   */
  static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("in", "on", "at", "to", "with", "from", "by", "through", "into", "during", "under", "over",
          "about", "against", "among", "amid", "despite", "throughout", "toward", "towards", "via",
          "without", "within", "across", "behind", "beyond", "near", "onto", "upon");

  /** Participles that make the agent after "by" the head of a group: "a group led by …". */
  private static final Set<String> LEADING_PARTICIPLES = Set.of("led", "headed", "controlled", "formed");

  /** Words that introduce the content after a verb (and its addressee). */
  private static final Set<String> INTRODUCERS =
      Set.of("that", "to", "not", "of", "about", "whether", "if", "how", "what", "why", "against");

  /** Words that start a phrase of time, place or manner after a verb: "said on Tuesday". */
  static final Set<String> PHRASE_LEADS =
      Set.of("in", "on", "at", "during", "after", "before", "last", "late", "earlier", "later", "this",
          "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "from", "via", "through", "when", "while", "as", "over", "with",
          "privately", "publicly", "recently", "repeatedly", "again", "also", "separately", "then",
          "afterwards", "shortly", "told");

  /** Words that start a sentence with a subordinate phrase, so its subject follows the first comma. */
  private static final Set<String> SUBORDINATE_LEADS =
      Set.of("as", "when", "while", "after", "before", "if", "although", "though", "because", "since",
          "in", "on", "at", "during", "for", "with", "despite", "throughout", "following", "amid",
          "unlike", "like", "by", "from", "under", "over", "this", "last", "earlier", "later", "but", "until");

  /** Nouns for groups of people that speak without a determiner: "officials said". */
  private static final Set<String> GROUPS =
      Set.of("officials", "analysts", "experts", "critics", "sources", "people", "observers",
          "residents", "protesters", "lawmakers", "voters", "supporters", "opponents", "investigators",
          "authorities", "prosecutors", "police", "polls", "surveys", "economists", "traders", "dealers",
          "diplomats", "witnesses", "democrats", "republicans", "conservatives", "liberals", "activists",
          "leaders", "aides", "advisers", "scientists", "researchers", "doctors", "americans", "others",
          "organizers", "organisers", "members", "campaigners", "executives", "industry", "bankers");

  /** Capitalised words that open a paragraph with a colon without naming a speaker. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of("editor's", "editor’s", "note", "update", "updated", "correction", "photo", "related",
          "read", "watch", "q", "a", "question", "answer", "background", "bottom", "why", "what", "how",
          "the", "here", "and", "but", "so", "also", "see", "more", "listen", "video", "full", "source",
          "sources", "disclosure", "clarification", "warning", "breaking", "this", "that", "follow",
          "contributing", "twitter", "paid");

  private final Tokens t;
  private final SpeakerResolver names;
  private final boolean paragraphStart;

  /** Whether the sentence opens the body, where a headline stands. */
  private final boolean headline;
  private final int[] u;
  private final int m;

  private Attributions(Tokens t, QuoteMarks q, Sentences.Sentence s, SpeakerResolver names) {
    this.t = t;
    this.names = names;
    this.paragraphStart = s.from() == 0 || t.kind[s.from() - 1] == Tokens.NEWLINE;
    this.headline = s.from() == 0;
    int[] units = new int[s.to() - s.from()];
    int n = 0;
    for (int i = s.from(); i < s.to(); i++) {
      int span = q.spanAt[i];
      if (span >= 0) {
        units[n++] = -span - 1;
        i = Math.max(i, q.close[span]);
      } else if (t.kind[i] != Tokens.NEWLINE && t.kind[i] != Tokens.QUOTE) {
        units[n++] = i;
      }
    }
    this.u = units;
    this.m = n;
    this.q = q;
    int words = 0;
    int capitalised = 0;
    for (int k = 0; k < n; k++) {
      if (units[k] >= 0 && t.isWord(units[k]) && Character.isLetter(t.text.charAt(t.start[units[k]]))) {
        words++;
        capitalised += t.isCapitalised(units[k]) ? 1 : 0;
      }
    }
    // A headline in title case ("Trump Says He Would Win"): its capitalised verbs still report speech.
    this.titleCase = words >= 4 && capitalised * 10 >= words * 8;
  }

  private final boolean titleCase;

  /** The relative pronoun standing for the speaker of the verb being read, or -1. */
  private int relativeUnit = -1;

  private final QuoteMarks q;

  /** The speech events of a sentence, in the order of their cues. */
  static List<Attribution> find(Tokens t, QuoteMarks q, Sentences.Sentence s, SpeakerResolver names) {
    return new Attributions(t, q, s, names).find();
  }

  /** Whether the sentence is only a quoted span (with its final punctuation). */
  static boolean quoteOnly(Tokens t, QuoteMarks q, Sentences.Sentence s) {
    Attributions a = new Attributions(t, q, s, null);
    if (a.m == 0 || !a.isQ(0)) {
      return false;
    }
    for (int k = 1; k < a.m; k++) {
      if (a.isQ(k) || t.isWord(a.u[k])) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- units

  private boolean isQ(int k) {
    return k >= 0 && k < m && u[k] < 0;
  }

  private boolean isWord(int k) {
    return k >= 0 && k < m && u[k] >= 0 && t.isWord(u[k]);
  }

  private boolean is(int k, String word) {
    return k >= 0 && k < m && u[k] >= 0 && t.lower[u[k]].equals(word);
  }

  private boolean isPunct(int k, char c) {
    return k >= 0 && k < m && u[k] >= 0 && t.isPunct(u[k], c);
  }

  private String lower(int k) {
    return k >= 0 && k < m && u[k] >= 0 ? t.lower[u[k]] : "";
  }

  private int startOf(int k) {
    return u[k] >= 0 ? t.start[u[k]] : t.start[q.open[-u[k] - 1]];
  }

  private int endOf(int k) {
    return u[k] >= 0 ? t.end[u[k]] : t.end[q.close[-u[k] - 1]];
  }

  private boolean isSentenceEnd(int k) {
    return k >= m || isPunct(k, '.') || isPunct(k, '!') || isPunct(k, '?');
  }

  private boolean isClauseEnd(int k) {
    return isSentenceEnd(k) || isPunct(k, ',') || isPunct(k, ';') || isPunct(k, ')');
  }

  /**
   * Whether the phrase at unit k names who leads the group before it: "A group led by Fundamental
   * Management Corp said" quotes the group through its leader, whose name the speaker is.
   */
  private boolean ledBy(int k) {
    return k >= 2 && is(k - 1, "by") && isWord(k - 2) && LEADING_PARTICIPLES.contains(lower(k - 2)) && nameLike(k);
  }

  /** Whether unit k is a person's title or its plural: "spokesman", "officials". */
  private boolean personTitle(int k) {
    return WordLists.PERSON_TITLES.contains(t.stem(u[k])) || WordLists.isPluralOfTitle(lower(k));
  }

  private boolean nameLike(int k) {
    int tok = u[k];
    return t.isCapitalised(tok)
        && (!names.isCommonWord(tok) || WordLists.PERSON_TITLES.contains(t.lower[tok]) || names.inName(tok));
  }

  private boolean npWord(int k) {
    String w = lower(k);
    String stem = t.stem(u[k]);
    return WordLists.PERSON_TITLES.contains(stem) || WordLists.ORGANISATION_WORDS.contains(stem)
        || WordLists.NATIONALITIES.contains(stem) || GROUPS.contains(w)
        || WordLists.isPluralOfTitle(w)
        || (w.indexOf('-') > 0 && !w.endsWith("-")) || Character.isDigit(w.charAt(0))
        || "former".equals(w) || "foreign".equals(w) || "top".equals(w) || "senior".equals(w);
  }

  // ---------------------------------------------------------------- noun phrases

  /** The first unit of the noun phrase ending at unit j, or -1. */
  private int npBack(int j) {
    if (!isWord(j)) {
      return -1;
    }
    if (PRONOUNS.contains(lower(j)) || contractedPronoun(lower(j)) != null) {
      return j;
    }
    int start = -1;
    int k = j;
    while (k >= 0 && j - k < 8 && isWord(k)) {
      String w = lower(k);
      int tok = u[k];
      if (SpeakerResolver.DETERMINERS.contains(w)) {
        start = k;
        if (k >= 2 && (is(k - 1, "for") || is(k - 1, "of")) && isWord(k - 2) && personTitle(k - 2)) {
          k--; // "a spokesman for the company": the phrase goes on before its "for"
          continue;
        }
        if (k >= 2 && (is(k - 1, "of") || is(k - 1, "at")) && isWord(k - 2) && (names.endsPersonsName(u[k - 2])
            || names.namesKnownPerson(u[k - 2]) || nameLike(k - 2) && isWord(k - 3) && personTitle(k - 3))) {
          // "Shuichi Takemoto of the Foreign Ministry", "Mr. Morgan of the Sierra Club": the person, then
          // where he works
          k--;
          continue;
        }
        break;
      }
      if (t.isPossessive(tok) || nameLike(k) || npWord(k) || k < j && names.inName(tok)) {
        start = k;
      } else if (t.isLowerCase(tok) && !PRONOUNS.contains(w) && SpeechVerbs.of(w) == null
          && !FUNCTION_WORDS.contains(w) && k < j && determinerWithin(k - 1, 3)
          || k == j && t.isLowerCase(tok) && !FUNCTION_WORDS.contains(w) && SpeechVerbs.of(w) == null
              && !w.endsWith("ly") && !SUPERLATIVES.contains(w) && determinerWithin(k - 1, 3)) {
        // "the New York businessman", "the ad's narrator": an unlisted noun with its determiner.
        start = k;
      } else if (k < j && !isWord(k - 1) && t.isLowerCase(tok) && !FUNCTION_WORDS.contains(w)
          && !PRONOUNS.contains(w) && SpeechVerbs.of(w) == null && (nameLike(k + 1) || npWord(k + 1))) {
        // "…," panel Chairman Jason Chaffetz said: a bare noun opening the phrase before a title.
        start = k;
      } else if ((w.equals("of") || w.equals("for")) && start >= 0) {
        // "the editorial board of The Post": keep going
      } else {
        break;
      }
      k--;
    }
    if (start < 0) {
      return -1;
    }
    while (start < j && (is(start, "of") || is(start, "for"))) {
      start++;
    }
    // The head must be a noun: not a determiner, not a possessive ("Russia's claims" is a noun).
    if (SpeakerResolver.DETERMINERS.contains(lower(j)) || t.isPossessive(u[j])) {
      return -1;
    }
    for (int i = start; i <= j; i++) {
      if (nameLike(i)) {
        return start;
      }
    }
    String head = lower(j);
    boolean determined = SpeakerResolver.DETERMINERS.contains(lower(start)) || t.isPossessive(u[start]);
    if (GROUPS.contains(head) || determined && npWord(j)) {
      return start;
    }
    return determined ? start : -1;
  }

  /** Whether a determiner or name opens the phrase within n words before unit k. */
  private boolean determinerWithin(int k, int n) {
    for (int i = k; i >= 0 && i > k - n && isWord(i); i--) {
      String w = lower(i);
      if (SpeakerResolver.DETERMINERS.contains(w) || t.isPossessive(u[i]) || nameLike(i)) {
        return true;
      }
      if (!(t.isLowerCase(u[i]) && SpeechVerbs.of(w) == null && !FUNCTION_WORDS.contains(w)) && !npWord(i)) {
        return false;
      }
    }
    return false;
  }

  /** The last unit of the noun phrase starting at unit k, or -1. */
  private int npForward(int k, boolean stopAtOf) {
    int end = -1;
    boolean named = false;
    for (int i = k; i < m && i - k < 8 && isWord(i); i++) {
      String w = lower(i);
      if (i == k && OBJECT_PRONOUNS.contains(w)) {
        return i;
      }
      if (SpeakerResolver.DETERMINERS.contains(w) && end < 0) {
        end = i;
      } else if (i > k && contractedPronoun(w) != null) {
        break; // "told voters she's with them": a pronoun and its verb open a clause, no possessive
      } else if (t.isPossessive(u[i]) || nameLike(i) || npWord(i)) {
        end = i;
        named |= nameLike(i);
      } else if (i > k && names.inName(u[i])) {
        end = i; // the "and" of "Duff and Phelps", the "du" of "Barend du Plessis"
      } else if (names.opensName(u[i])) {
        end = i; // "House Speaker Paul Ryan" where the article also speaks of a house
      } else if ((w.equals("of") || w.equals("for")) && end >= 0 && !stopAtOf && !named) {
        continue;
      } else {
        break;
      }
    }
    if (end >= 0 && SpeakerResolver.DETERMINERS.contains(lower(end))) {
      return -1;
    }
    return end;
  }

  /** Past participles that open a sentence before its subject: "Asked whether …, Mrs. Clinton shook her head". */
  private static final Set<String> PAST_OPENERS =
      Set.of("asked", "pressed", "questioned", "confronted", "challenged", "told", "reminded", "faced");

  /** The subject of the sentence's main clause, as [from, to] units, or null. */
  private int[] mainSubject(int before) {
    int s = 0;
    if (isWord(0) && (SUBORDINATE_LEADS.contains(lower(0)) || lower(0).endsWith("ing") || PAST_OPENERS.contains(lower(0))
        || TIME_WORDS.contains(lower(0)) || TIME_WORDS.contains(lower(1)) && isPunct(2, ','))) {
      s = -1;
      for (int k = 1; k < before; k++) {
        if (isPunct(k, ',')) {
          s = k + 1;
          break;
        }
      }
      if (s < 0) {
        return null;
      }
    }
    if (EMPTY_SUBJECTS.contains(lower(s)) || lower(s).startsWith("there")) {
      return null; // "There's still time for Cruz …, dismissing them": no speaker in the subject
    }
    int end = npForward(s, true);
    if (end < 0 && isWord(s) && PRONOUNS.contains(lower(s))) {
      end = s;
    }
    if (end < 0) {
      end = pluralPeopleAt(s);
    }
    if (end < 0 && s == 0) {
      // "Perhaps not coincidentally, Mr. Trump has …", "Once he was president, Mr. Obama made …": an
      // opening phrase that is no noun phrase ends at its comma.
      for (int k = 1; k < before && k <= 8 && isWord(k - 1); k++) {
        if (isPunct(k, ',')) {
          return isWord(k + 1) ? mainSubjectAt(k + 1, before) : null;
        }
      }
      return null;
    }
    int next = end + 1;
    if (end >= 0 && isPunct(next, '(')) {
      // "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed …": the party label stands between name and verb
      int close = next;
      while (close < before && close - next < 8 && !isPunct(close, ')')) {
        close++;
      }
      next = isPunct(close, ')') ? close + 1 : next;
    }
    if (end >= 0 && end < before && isPunct(next, ',')) {
      int close = asideEnd(next, before);
      if (close >= 0 && isWord(close + 1) && t.isLowerCase(u[close + 1])) {
        return new int[] {s, end}; // "Gary Emineth, a former state party chairman, became a delegate and said"
      }
    }
    if (end < 0 || end >= before || !isWord(next) || !t.isLowerCase(u[next])) {
      return null;
    }
    return new int[] {s, end};
  }

  /**
   * The comma that closes a description opened by the comma at unit open ("…, a former state party
   * chairman, …", "…, Sanders's spokesman, …"), before unit before; -1 when none does within a few
   * words or the words are no description.
   */
  private int asideEnd(int open, int before) {
    int first = open + 1;
    if (!isWord(first) || !(SpeakerResolver.DETERMINERS.contains(lower(first)) || t.isPossessive(u[first])
        || npWord(first))) {
      return -1;
    }
    for (int c = first + 1; c < before && c - open <= 12; c++) {
      if (isPunct(c, ',')) {
        return c;
      }
      SpeechVerbs.Verb verb = t.isLowerCase(u[c]) ? SpeechVerbs.of(lower(c)) : null;
      if (!isWord(c) || verb != null && !verb.lemma().equals(lower(c)) && !baseFormInPhrase(c) || FINITE.contains(lower(c))) {
        return -1; // (a base form is a noun here: "a former state party chairman")
      }
    }
    return -1;
  }

  /**
   * Verbs whose forms are never nouns, so that their subject may stand far before them ({@link
   * #distantSubject}); other speech verbs qualify only in the past tense ("the state elections" and
   * "its support" are nouns, "stated" and "supported" are not).
   */
  private static final Set<String> DISTANT_SUBJECT_VERBS =
      Set.of("say", "tell", "claim", "deny", "insist", "argue", "warn", "announce", "add", "declare", "write",
          "urge", "accuse", "admit", "acknowledge", "confirm", "explain", "stress", "assert", "allege",
          "emphasize", "concede", "reiterate", "testify", "predict", "suggest");

  /**
   * Conjunctions that may open a sentence before its subject or its "as" clause: "Yet some voters …",
   * "But as the paper noted, …".
   */
  private static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("and", "but", "yet", "so");

  /**
   * "Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump, said …", "Many
   * speakers at the service — including Muslims, Christians, Jews — said …", "Several people I've
   * spoken with over the last weeks said …": the subject of the sentence, with an aside, a relative
   * clause or a phrase too long for the other rules between it and the verb at unit k (j is the unit
   * before the verb). The subject must be interrupted right after its head, never followed by a verb
   * of its own, and no other attribution may stand in between; returns [from, head] or null.
   */
  private int[] distantSubject(int j, int k, List<Attribution> out) {
    int s = isWord(0) && SENTENCE_CONJUNCTIONS.contains(lower(0)) ? 1 : 0;
    if (isWord(s) && (SUBORDINATE_LEADS.contains(lower(s)) || TIME_WORDS.contains(lower(s)) || !opensNounPhrase(s)
        || PARENTHETICALS.contains(lower(s)))) {
      // "On Wednesday, however, the director …, said", "Likewise, Trump …": an opening phrase ends at its comma
      int lead = s;
      s = -1;
      for (int c = lead + 1; c < k && c <= lead + 10; c++) {
        if (isPunct(c, ',')) {
          s = c + 1;
          break;
        }
        if (!isWord(c)) {
          return null;
        }
      }
      if (s < 0) {
        return null;
      }
      if (isWord(s) && PARENTHETICALS.contains(lower(s)) && isPunct(s + 1, ',')) {
        s += 2;
      }
    }
    if (!isWord(s) || s >= j || k - s > 40 || PRONOUNS.contains(lower(s)) || EMPTY_SUBJECTS.contains(lower(s))) {
      return null;
    }
    String first = lower(s);
    if (!opensNounPhrase(s) || SUBORDINATE_LEADS.contains(first) || allCaps(s)) {
      return null; // (a phrase in capitals is a dateline or a headline: "BUENA PARK, Calif. -")
    }
    int count = SpeakerResolver.number(first) ? s : s + 1;
    if (SpeakerResolver.number(lower(count)) && is(count + 1, "in") && shareEnd(count) == count + 2) {
      return null; // "Nearly eight in 10 Democratic voters said": a share, which shareFindings reads
    }
    int head = phraseHead(s, j);
    if (is(head + 1, "of") && (QUANTITY_WORDS.contains(t.stem(u[head])) || QUANTITY_LEADS.contains(lower(head)))) {
      head = phraseHead(Math.min(j, head + 2), j); // "majorities of Republican primary voters"
    }
    boolean people = (SpeakerResolver.DETERMINERS.contains(first) || QUANTITY_LEADS.contains(first))
        && (GROUPS.contains(lower(head)) || peopleWord(head));
    if (head - s > 6 || !speakerHead(s, head) && !people) {
      return null;
    }
    int next = head + 1;
    boolean interrupted = isPunct(next, ',') || isDash(next) || isPunct(next, '(') || isWord(next)
        && (HEAD_ENDS.contains(lower(next)) || PRONOUNS.contains(lower(next)) || contractedPronoun(lower(next)) != null);
    if (!interrupted) {
      return null;
    }
    if (isWord(j) && (FUNCTION_WORDS.contains(lower(j)) || PRONOUNS.contains(lower(j)))) {
      return null; // "a law firm that defended …": the verb has a subject of its own
    }
    int open = -1; // the comma or dash that opens the aside closed right before the verb
    boolean embedded = false; // past a relative pronoun, a pronoun or an aside's opening
    for (int i = next; i <= j; i++) {
      // Quoted words only inside an aside ("Donald Trump - who previously said he would "bomb …" -
      // said"), a parenthesis only for the party label after a name ("Sen. Rob Portman (R-Ohio), …")
      if (isQ(i) && !embedded || isPunct(i, ';') || isPunct(i, ':') || isPunct(i, '(') && i != next
          || isSentenceEnd(i)) {
        return null;
      }
      String w = isWord(i) ? lower(i) : "";
      embedded |= !isWord(i) || PRONOUNS.contains(w) || contractedPronoun(w) != null || w.equals("that")
          || w.equals("whose") || w.equals("whom");
      if (isPunct(j, ',') && isPunct(i, ')') && i == j - 1) {
        open = i; // "Sen. Jack Reed (D-R.I.), said"
      }
      if (!embedded && t.isLowerCase(u[i]) && (FINITE.contains(w) || IRREGULAR_PAST.contains(w) || w.endsWith("ed"))) {
        return null; // "Facebook created the tool …, a spokeswoman said": the phrase has a verb of its own
      }
      if (i < j && (isPunct(j, ',') && isPunct(i, ',') || isDash(j) && isDash(i))) {
        open = open < 0 ? i : open;
      }
    }
    if (!isWord(j) && open < 0) {
      return null;
    }
    for (Attribution a : out) {
      int cue = unitOf(a.cue());
      if (cue >= s && cue < next) {
        return null; // (a cue inside the aside is the aside's own: "Trump - who previously said … - said")
      }
    }
    if (open >= 0 && j - open <= 6 && nameLike(open + 1)) {
      int name = open + 1;
      while (name + 1 < j && nameLike(name + 1)) {
        name++;
      }
      if (name == j - 1) {
        return new int[] {open + 1, name}; // "the director of the F.B.I., James B. Comey, said"
      }
    }
    return new int[] {s, head};
  }

  /**
   * The last word of the phrase from unit from, before unit before: the phrase ends before a
   * preposition, a relative or personal pronoun, or a verb ("Several people I've spoken with",
   * "Facebook created").
   */
  private int phraseHead(int from, int before) {
    int head = from;
    while (head + 1 < before && isWord(head + 1)) {
      String w = lower(head + 1);
      if (HEAD_ENDS.contains(w) || PRONOUNS.contains(w) || contractedPronoun(w) != null || FINITE.contains(w)
          || AUXILIARIES.contains(w) || NEGATIONS.contains(w) || IRREGULAR_PAST.contains(w)
          || t.isLowerCase(u[head + 1]) && w.endsWith("ed")) {
        break;
      }
      head++;
    }
    return head;
  }

  /** Whether unit k can open a noun phrase: a determiner, a quantity, a name, a title, a possessive. */
  private boolean opensNounPhrase(int k) {
    String w = lower(k);
    return isWord(k) && !FUNCTION_WORDS.contains(w) && !HEAD_ENDS.contains(w) && !SUBORDINATE_LEADS.contains(w)
        && (SpeakerResolver.DETERMINERS.contains(w) || QUANTITY_LEADS.contains(w) || nameLike(k) || npWord(k)
            || t.isPossessive(u[k]));
  }

  private boolean allCaps(int k) {
    String word = t.text(u[k]);
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** The subject starting at unit s, ending before unit {@code before} and followed by a verb, or null. */
  private int[] mainSubjectAt(int s, int before) {
    int end = npForward(s, true);
    if (end < 0 && PRONOUNS.contains(lower(s))) {
      end = s;
    }
    return end < 0 || end >= before || !isWord(end + 1) || !t.isLowerCase(u[end + 1]) ? null : new int[] {s, end};
  }

  // ---------------------------------------------------------------- rules

  private List<Attribution> find() {
    List<Attribution> out = new ArrayList<>();
    List<int[]> speakers = new ArrayList<>(); // speaker units of each attribution, same order
    colonLead(out, speakers);
    dashSignature(out, speakers);
    for (int k = 0; k < m; k++) {
      if (!isWord(k)) {
        continue;
      }
      if (is(k, "according") && is(k + 1, "to")) {
        k = according(k, out, speakers);
        continue;
      }
      if (is(k, "asked") && is(k + 1, "by")) {
        askedBy(k, out, speakers);
        continue;
      }
      // "As one strategist put it, …": "put it" says what its subject said.
      boolean putIt = (is(k, "put") || is(k, "puts")) && is(k + 1, "it");
      boolean stance = stanceAdjective(k);
      SpeechVerbs.Verb verb = putIt ? SpeechVerbs.of("say")
          : stance ? new SpeechVerbs.Verb(lower(k), false, false, false, false, false, false)
          : t.isLowerCase(u[k]) || titleCase && k > 0 ? SpeechVerbs.of(lower(k)) : null;
      if (verb == null || is(k + 1, "by") || countedNoun(k)
          || verb.noun() && !(is(k + 1, "that") || isPunct(k + 1, ':') || isQ(k + 1) || isQ(k - 1) || isQ(0))) {
        // (a noun as well: "in each state", "two states"; a verb in "the ad states that …" and in
        // "“…,” the Saudis state in the white paper")
        continue;
      }
      int j = k - 1;
      boolean negated = false;
      boolean progressive = lower(k).endsWith("ing");
      while (isWord(j) && (AUXILIARIES.contains(lower(j)) || NEGATIONS.contains(lower(j))
          || (progressive || stance) && (PROGRESSIVE.contains(lower(j)) || stance && LINKING.contains(lower(j)))
          || WEEKDAYS.contains(lower(j)) || is(j, "on") && WEEKDAYS.contains(lower(j + 1))
          || lower(j).endsWith("ly") && t.isLowerCase(u[j]) && !"only".equals(lower(j)))) {
        negated |= NEGATIONS.contains(lower(j));
        j--;
      }
      if (is(j, "to") && !negated && !ACTIONS_AFTER_TO.contains(verb.lemma()) && catenative(j) >= 0) {
        j = catenative(j); // "Trump went on to criticize …": the subject of the verb before "to" speaks
      }
      if (negated && (UNANSWERED.contains(verb.lemma()) || is(k - 1, "no"))
          || isWord(j) && (PASSIVE.contains(lower(j)) || is(j, "to")
          || SpeakerResolver.DETERMINERS.contains(lower(j)) && !quantityStandingAlone(j)
          || t.isPossessive(u[j]) && contractedPronoun(lower(j)) == null)) {
        // What someone did not say, think or want is theirs ("would not say if …"), but "did not respond"
        // says nothing, and after "no" the verb is a noun ("made no mention of").
        continue;
      }
      if (isPunct(j, ',') && isWord(j - 1) && PARENTHETICALS.contains(lower(j - 1)) && isPunct(j - 2, ',')) {
        j -= 3; // "Others, however, say …"
      } else if (isPunct(j, ',') && prepositionalAside(j) >= 0) {
        j = prepositionalAside(j); // "Clinton, at a later press gaggle, said"
      } else if ((isPunct(j, ',') || isQ(j)) && participleAside(j) >= 0) {
        // "Mr. Manafort, citing ''the unique magic of Trump,'' said", "Federal officials …, speaking
        // on the condition of anonymity, said"
        j = participleAside(j);
      }
      if (isWord(j) && Character.isDigit(lower(j).charAt(0)) && isWord(j - 1) && names.dated(u[j - 1])) {
        j--; // "The companies on March 10 announced": the day goes with its month
      }
      if (isWord(j) && TIME_WORDS.contains(lower(j))) {
        // "A Bloomberg poll in June showed": the time phrase is not the speaker; the phrase before it is.
        int p = j - 1;
        while (isWord(p) && j - p < 4 && !TIME_PREPOSITIONS.contains(lower(p))) {
          p--;
        }
        if (isWord(p) && TIME_PREPOSITIONS.contains(lower(p))) {
          j = p - 1;
        } else if (!surnameOfTime(j)) {
          continue;
        }
      }
      if (isPunct(j, ')')) {
        // "Rep. Trey Gowdy (R-S.C.) said": the party label stands between name and verb.
        int open = j - 1;
        while (open >= 0 && j - open < 8 && !isPunct(open, '(')) {
          open--;
        }
        if (isPunct(open, '(')) {
          j = open - 1;
        }
      }
      relativeUnit = -1;
      int npFrom = -1;
      int npTo = -1;
      boolean inverted = false;
      boolean inherited = false;
      int describedFrom = -1; // where a description introducing the speaker starts, after what was said
      int from = npBack(j);
      if (from >= 0) {
        npFrom = from;
        npTo = j;
        if (npFrom == npTo && (is(npFrom, "who") || is(npFrom, "which"))) {
          // "Peskov, who …, said": the relative pronoun stands for the phrase before the comma.
          npFrom = -1;
          relativeUnit = from;
          if (isPunct(from - 1, ',') && npBack(from - 2) >= 0
              && (is(from, "who") || !FUNCTION_WORDS.contains(lower(npBack(from - 2) - 1)))) {
            // "no mention of Jeb Bush, who announced …": a person after a preposition still speaks
            // in a relative clause of its own.
            npFrom = npBack(from - 2);
            npTo = from - 2;
          } else if (isWord(from - 1) && !PRONOUNS.contains(lower(from - 1)) && npBack(from - 1) >= 0) {
            // "voters who said …": the phrase right before the relative pronoun.
            npFrom = npBack(from - 1);
            npTo = from - 1;
          } else if (is(from, "who") && peopleWord(from - 1)) {
            // "64 percent who say …", "partisans and thinkers who consider …"
            npTo = from - 1;
            npFrom = isWord(npTo - 1) && Character.isDigit(lower(npTo - 1).charAt(0)) ? npTo - 1 : npTo;
          }
        }
      } else if ((isPunct(j, ',') || isDash(j)) && !(verb.participle() && j == k - 1) && apposition(j) != null) {
        // (Not for ", saying" right after "…her distaste for Donald Trump, the front-runner,": a
        // participle speaks for its clause's subject, not for the name its clause ends on.)
        int[] np = apposition(j);
        npFrom = np[0];
        npTo = np[1];
        if ((isPunct(npTo + 1, ',') || isDash(npTo + 1)) && (is(npTo + 2, "who") || is(npTo + 2, "which")
            || "who".equals(contractedPronoun(lower(npTo + 2))))) {
          relativeUnit = npTo + 2; // "Peskov, who speaks for the Kremlin, said"
        }
      } else if (isPunct(j, ',') && (describedFrom = describedNameAfterClause(j)) >= 0) {
        // "…, his top aide, Tad Devine, told The Huffington Post": the name after the description speaks,
        // and what was said ends before the description.
        npTo = j - 1;
        npFrom = nameStartBefore(j);
      } else if ((isPunct(j, ',') || isDash(j)) && appositiveChain(j) != null) {
        int[] np = appositiveChain(j);
        npFrom = np[0];
        npTo = np[1];
      } else if (isWord(j) && relativeSubject(j) != null) {
        int[] np = relativeSubject(j);
        npFrom = np[0];
        npTo = np[1];
      } else if (isWord(j) && quantitySubject(j) >= 0) {
        npFrom = quantitySubject(j);
        npTo = j;
      } else if (isWord(j) && groupWithModifier(j) >= 0) {
        npFrom = groupWithModifier(j);
        npTo = npFrom;
      } else if (isWord(j) && pluralSubject(j, k) >= 0) {
        npFrom = pluralSubject(j, k);
        npTo = j;
      } else if (isWord(j) && !verb.participle() && longSubject(j) != null) {
        int[] np = longSubject(j);
        npFrom = np[0];
        npTo = np[1];
      }
      boolean listed = isPunct(j, ',') && !speakers.isEmpty() && pastForm(k) && isWord(k + 1)
          && pastToken(out.get(out.size() - 1).cue());
      if (npFrom < 0 && j >= 0 && (verb.participle() && (isPunct(j, ',') || PARTICIPLE_LEADS.contains(lower(j))
              || isDash(j) || quoteEndsClause(j)) // "on the spot – saying", "of “New York values,” saying"
          || (is(j, "and") || is(j, "but")) || listed)) {
        int[] subject = lastOuterSpeaker(out, speakers);
        if (subject == null) {
          subject = mainSubject(j);
        }
        if (subject != null) {
          npFrom = subject[0];
          npTo = subject[1];
          inherited = true;
        }
      }
      if (npFrom < 0 && !putIt && (j < 0 || isPunct(j, ',') || isQ(j)) && !verb.participle()) {
        int end = npForward(k + 1, true);
        if (end < 0 && (isQ(j) || isQ(j - 1)) && SpeakerResolver.DETERMINERS.contains(lower(k + 1))) {
          end = describedForward(k + 1);
        }
        int named = end < 0 && (isQ(j) || isQ(j - 1) || isPunct(j, ',')) ? nameAfterBareDescription(k + 1) : -1;
        if (named >= 0) {
          // "…," said retired neurosurgeon Ben Carson, "…, said lead manager Morgan Guaranty Ltd": the
          // name after the description speaks.
          npFrom = named;
          npTo = npForward(named, true);
          inverted = true;
        } else if (end >= 0 && !OBJECT_PRONOUNS.contains(lower(k + 1))
            && !(isWord(end + 1) && t.isLowerCase(u[end + 1]) && FINITE.contains(lower(end + 1)))) {
          npFrom = k + 1;
          npTo = end;
          inverted = true;
          int owner = (is(end + 1, "for") || is(end + 1, "of")) && personTitle(end) ? npForward(end + 2, true) : -1;
          if (owner >= 0 && !t.isPossessive(u[owner])) { // not "said another trader of today's developments"
            // "…," said a spokesman for the company: the phrase goes on to whom the title speaks for,
            // as in "a spokesman for the company said".
            npTo = owner;
          }
          int nameEnd = appositiveNameAfter(npTo);
          if (nameEnd >= 0) {
            // "…,'' said another leading Supreme Court advocate, Andrew J. Pincus of …": the
            // description introduces the name, which is the speaker.
            npFrom = npTo + 2;
            npTo = nameEnd;
          }
        }
      }
      if (npFrom >= 0 && !inverted && !inherited && isWord(npFrom - 1)
          && OBJECT_PREPOSITIONS.contains(lower(npFrom - 1))) {
        int name = npTo;
        while (name > npFrom && nameLike(name - 1) && !t.isPossessive(u[name - 1]) && !names.endsPlacePhrase(u[name - 1])) {
          name--;
        }
        if (nameLike(npTo) && name > npFrom && (t.isLowerCase(u[name - 1]) && !npWord(name - 1)
            && !SpeakerResolver.DETERMINERS.contains(lower(name - 1)) || names.endsPlacePhrase(u[name - 1]))) {
          // "In a Bloomberg interview Trump declared", "In the U.S. Silas said": the phrase ends before the name
          npFrom = name;
        }
      }
      for (int hops = 0; hops < 3 && npFrom >= 0 && !inverted && !inherited && relativeUnit < 0
          && isWord(npFrom - 1) && OBJECT_PREPOSITIONS.contains(lower(npFrom - 1))
          && !(npFrom - 1 == 0 && is(0, "with")) && !(verb.participle() && npTo == k - 1 && nameLike(npTo))
          && !ledBy(npFrom); hops++) {
        // "a narrator in the Clinton ad asks", "Protesters marching through the streets chanted",
        // "In a message posted Friday, …": a phrase after a preposition is its object, never the
        // verb's subject; the phrase the preposition belongs to is, or else the clause's subject.
        // ("With Democrats worried about …" opens a clause of its own: its phrase is a subject.)
        int before = npFrom - 2;
        int owner = isWord(before) && !PRONOUNS.contains(lower(before)) ? npBack(before) : -1;
        if (owner >= 0) {
          npFrom = owner;
          npTo = before;
        } else if (verb.participle()) {
          j = npFrom - 2; // "…, in many cases reporting …": the participle's subject is inherited below
          npFrom = -1;
        } else if (is(before - 1, "to")) {
          // "gathered to protest against the dredging planned for the harbour": the phrase is what an
          // infinitive acts on, and the verb after it describes the phrase; the clause's subject
          // already has its verb.
          npFrom = -1;
        } else {
          int[] subject = mainSubject(npFrom - 1);
          npFrom = subject == null ? -1 : subject[0];
          npTo = subject == null ? -1 : subject[1];
        }
      }
      if (verb.participle() && npFrom >= 0 && !inverted && !inherited && relativeUnit < 0 && madeThing(npFrom, npTo)) {
        // "McConnell issued a statement saying …", "sent a letter urging …": what a statement, a letter
        // or an ad says is what its author says.
        int[] author = subjectOfVerbBefore(npFrom);
        if (author != null) {
          npFrom = author[0];
          npTo = author[1];
          inherited = true;
        }
      }
      if (npFrom < 0 && !putIt && !verb.participle()
          && (pastForm(k) && !verb.needsClause() || DISTANT_SUBJECT_VERBS.contains(verb.lemma()))) {
        // "Senator Bob Corker, a Tennessee Republican who has met …, said …": the sentence's subject,
        // also where the phrase next to the verb turned out to be a preposition's object ("…, who is
        // working with Priorities USA, a pro-Clinton super PAC, said")
        int[] subject = distantSubject(j, k, out);
        if (subject != null && contentAfter(k + 1, verb) != null) {
          npFrom = subject[0];
          npTo = subject[1];
        }
      }
      if (npFrom < 0 || !inverted && !inherited && (nounAfterSingular(k, npFrom, npTo) || nounAfterPastVerb(k, npTo))) {
        continue;
      }
      if (is(npFrom - 1, "that") && !inverted && !inherited && !COMMUNICATION.contains(verb.lemma())
          && cueNounBefore(npFrom - 1)) {
        // "sparked fears in Kiev that Moscow is planning a new invasion": what someone fears or
        // says Moscow plans is not a statement by Moscow.
        continue;
      }
      if (verb.lemma().equals("quote")) {
        quotedAsSaying(k, out, speakers);
        continue;
      }
      int after = inverted ? npTo + 1 : k + 1;
      if (putIt) {
        after = k + 2 + (isWord(k + 2) && lower(k + 2).endsWith("ly") || is(k + 2, "best") ? 1 : 0);
      }
      int[] content = inverted ? null : contentAfter(after, verb);
      if (putIt && content == null && isPunct(after, ',') && !isSentenceEnd(after + 1)) {
        content = contentAfter(after + 1, verb); // "As Vulture put it, the party is …"
      }
      int asComma = content == null && !inverted && !inherited && !putIt && opensAsClause(npFrom - 1)
          ? commaClosingVerb(after, verb) : -1;
      if (asComma >= 0 && !isSentenceEnd(asComma + 1)) {
        // "As Clyburn noted, those voters will …", "As Clinton told the Daily News, tax relief is …":
        // the clause after the comma is what the "as" clause attributes.
        content = contentAfter(asComma + 1, SpeechVerbs.of("say"));
      }
      if (content == null && !inverted && isPunct(m - 1, ':') && m - 1 > k && m - 1 - k <= 4) {
        int[] next = nextParagraph(u[m - 1]);
        if (next != null) {
          // "He said:" closing a paragraph: the next paragraph is what he said.
          out.add(new Attribution(u[k], u[npFrom], u[npTo], next[0], next[1], verb.relay(), inherited, false,
              relativeUnit >= 0 ? u[relativeUnit] : -1));
          speakers.add(new int[] {npFrom, npTo});
          continue;
        }
      }
      int lead = npFrom - 1 - (isPunct(npFrom - 1, ',') ? 1 : 0);
      boolean quoteLed = !inherited && !inverted && isQ(lead) && !titleQuote(lead);
      if (quoteLed && content != null && !isQ(content[2]) && !is(content[2] - 1, "that")
          && !isPunct(content[2] - 1, ':') && !quoteEndsSentence(npFrom - 1)) {
        // "\"…,\" she said of the election": a quote right before the speaker is what was said; the
        // words after the verb only say where, to whom or about what.
        content = null;
      }
      boolean beforeAllowed = content == null && (inverted || quoteLed || clauseEndsAfter(after, verb));
      if (content == null && beforeAllowed && !inherited) {
        content = contentBefore(inverted ? k : describedFrom >= 0 ? describedFrom : is(npFrom - 1, "as") ? npFrom - 1 : npFrom);
        int second = content != null && isQ(content[1]) ? trailingQuote(inverted ? npTo + 1 : k + 1) : -1;
        if (second >= 0) {
          // "\"A,\" said Edward Leamer, an economist, \"B.\"": the quote goes on after the attribution.
          add(out, speakers, k, npFrom, npTo, new int[] {second, second, second}, false, false);
        }
        int rest = inverted ? npTo + 1 : k + 1;
        if (!inverted && verb.tell() && isWord(rest) && npForward(rest, true) >= 0) {
          rest = npForward(rest, true) + 1; // "Instead, Trump told CNN, his policy would …"
        }
        boolean goesOn = !inverted || isWord(rest + 1) && t.isLowerCase(u[rest + 1])
            && (FINITE.contains(lower(rest + 1)) || verbForm(rest + 1) || lower(rest + 1).endsWith("s")
                && !SpeakerResolver.DETERMINERS.contains(lower(rest + 1)));
        if (!quoteLed && goesOn && isPunct(rest, ',') && isWord(rest + 1) && !subordinated(npFrom)
            && SpeechVerbs.of(lower(rest + 1)) == null && !trailingAttribution(rest + 1)
            && (content == null || !isQ(content[1]))) {
          // "Back in Virginia, Mr. Clarke said, he decided …", "The contrast, said Doyle, would be
          // clear …": the attribution stands inside what was said, which runs on both sides of it.
          int[] after2 = contentAfter(rest + 1, SpeechVerbs.of("say"));
          if (after2 != null) {
            content = content == null ? after2 : new int[] {content[0], after2[1], content[2]};
          }
        }
      } else if (content != null && !inherited && isQ(content[2]) && isQ(npFrom - 1 - (isPunct(npFrom - 1, ',') ? 1 : 0))) {
        // "A," Putin said, "B." : both halves are his.
        int[] first = contentBefore(npFrom);
        if (first != null) {
          add(out, speakers, k, npFrom, npTo, first, false, false);
        }
      }
      if (content == null && !inverted && !inherited && relativeUnit < 0 && NAMING_VERBS.contains(verb.lemma())
          && (RELATIVE_OBJECTS.contains(lower(npFrom - 1)) || relativeThatAfterNoun(npFrom - 1))) {
        content = relativeObjectContent(npFrom - 1, k);
      }
      if (content == null) {
        continue;
      }
      add(out, speakers, k, npFrom, npTo, content, verb.relay(), inherited);
    }
    relativeUnit = -1;
    thatClauses(out, speakers);
    colonClauses(out, speakers);
    ownedStances(out, speakers);
    shareFindings(out, speakers);
    colonQuotes(out, speakers);
    inDocument(out, speakers);
    endBeforeCoordinated(out);
    dropRelays(out);
    dropNested(out);
    dropAnonymityWishes(out);
    return out;
  }

  /**
   * Drops a source's wish to stay unnamed, "who declined to be identified", "asked not to be named":
   * no words of its own, though found as an attribution until here so that the main verb after it
   * ("The official, who asked not to be named, said …") shares its speaker. Where that verb follows
   * with no comma ("aides who asked not to be identified said the lawmakers …"), the words were read
   * as the wish's; they are the speaker's words after that verb.
   */
  private void dropAnonymityWishes(List<Attribution> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Attribution a = out.get(i);
      int verb = afterAnonymityWish(unitOf(a.cue()) + 1);
      if (verb < 0) {
        continue;
      }
      int words = is(verb + 1, "that") ? verb + 2 : verb + 1;
      if (isWord(verb) && t.isLowerCase(u[verb]) && SpeechVerbs.of(lower(verb)) != null && words < m && u[words] >= 0
          && t.start[u[words]] < a.contentEnd()) {
        out.set(i, new Attribution(u[verb], a.speakerFrom(), a.speakerTo(), t.start[u[words]], a.contentEnd(),
            a.relay(), a.inherited(), a.toParagraphEnd(), a.relative()));
      } else {
        out.remove(i);
      }
    }
  }

  /**
   * The speaker units of the last attribution so far that does not stand inside another's content,
   * or null: in "Trump is defending his tweets attempting …, saying …", "saying" is Trump's, not
   * that of the nested "tweets".
   */
  private int[] lastOuterSpeaker(List<Attribution> out, List<int[]> speakers) {
    for (int i = out.size() - 1; i >= 0; i--) {
      int cue = t.start[out.get(i).cue()];
      boolean nested = false;
      for (Attribution other : out) {
        nested |= other != out.get(i) && cue >= other.contentStart() && cue < other.contentEnd();
      }
      if (!nested) {
        return speakers.get(i);
      }
    }
    return null;
  }

  /**
   * "Trump went on to criticize …", "The Times is expected to endorse …", "Massie used to support …":
   * a short verb phrase before the "to" at unit to, which hands its subject on to the verb after it.
   * Returns the unit before the phrase (where its subject ends), or -1 when no such phrase stands
   * there: a noun ("the decision to endorse"), an object ("used this question to demand") or a speech
   * verb of its own ("wants to say", which has its own attribution).
   */
  private int catenative(int to) {
    int i = to - 1;
    boolean verb = false;
    for (; isWord(i) && t.isLowerCase(u[i]) && !PRONOUNS.contains(lower(i)); i--) {
      String w = lower(i);
      if (to - i > 3 || SpeechVerbs.of(w) != null && !PASSIVE.contains(lower(i - 1))) {
        return -1;
      }
      boolean verbal = FINITE.contains(w) || AUXILIARIES.contains(w) || PROGRESSIVE.contains(w)
          || IRREGULAR_PAST.contains(w) || w.endsWith("ed") || w.endsWith("ing")
          || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
      if (!verbal && !CATENATIVE_PARTICLES.contains(w) && !w.endsWith("ly")) {
        return -1;
      }
      verb |= verbal;
    }
    return verb && isWord(i) ? i : -1;
  }

  /**
   * Verbs that after "had to", "trying to" or "managed to" name something done rather than said:
   * "has been trying to find the right balance", "had to respond to videos".
   */
  private static final Set<String> ACTIONS_AFTER_TO =
      Set.of("find", "show", "maintain", "respond", "reply", "answer", "see", "learn", "offer", "seek",
          "decide", "continue", "refuse", "decline", "push", "press", "read", "post", "counter");

  /** Particles of a verb phrase before "to": "went on to", "came back to". */
  private static final Set<String> CATENATIVE_PARTICLES = Set.of("on", "back", "forward", "out", "up");

  /**
   * The last token in [from, to) that names a group of people in the plural ("voters", "Republicans",
   * "the protesters", "his supporters"), which "they" may stand for; -1 when there is none.
   */
  static int lastPeopleGroup(Tokens t, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      String w = t.lower[i];
      if (t.isWord(i) && w.length() > 4 && w.endsWith("s") && !t.isPossessive(i)
          && (GROUPS.contains(w) || RESPONDENTS.contains(w) || w.endsWith("ists") || w.endsWith("ians")
              || w.endsWith("cans") || t.isLowerCase(i) && WordLists.namesPeople(w))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token i opens a clause: first in the text, after punctuation or a conjunction. */
  static boolean opensClause(Tokens t, int i) {
    return i == 0 || !t.isWord(i - 1) || CLAUSE_OPENERS.contains(t.lower[i - 1]);
  }

  /** Things made to carry their author's words: "issued a statement saying …". */
  private static final Set<String> MADE_THINGS =
      Set.of("statement", "statements", "letter", "letters", "email", "emails", "e-mail", "ad", "ads",
          "advertisement", "video", "tweet", "tweets", "message", "messages", "post", "posts", "release",
          "op-ed", "column", "speech", "cover", "sign", "signs", "banner", "petition", "motion", "lawsuit",
          "suit", "resolution", "bill", "note", "notes", "remarks", "comments", "series");

  /**
   * Whether units from..to are a thing someone made to speak for them, without a name of its own: "a
   * statement", "a new radio ad", but not "officials", "a poll" (which has findings) or "the Times".
   */
  private boolean madeThing(int from, int to) {
    if (!isWord(to) || !t.isLowerCase(u[to]) || !MADE_THINGS.contains(lower(to))) {
      return false;
    }
    for (int i = from; i <= to; i++) {
      if (nameLike(i) || t.isPossessive(u[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject of the past-tense verb whose object starts at unit k ("the Trump campaign issued a
   * statement", "Rep. Jim Jordan (R-Ohio) sent out a letter"), as [from, to] units, or null.
   */
  private int[] subjectOfVerbBefore(int k) {
    int v = k - 1;
    if (is(v, "out") || is(v, "up")) {
      v--;
    }
    if (!pastForm(v) || !t.isLowerCase(u[v]) || FUNCTION_WORDS.contains(lower(v))) {
      return null;
    }
    int s = v - 1;
    while (isWord(s) && (AUXILIARIES.contains(lower(s)) || lower(s).endsWith("ly") && t.isLowerCase(u[s]))) {
      s--;
    }
    if (isPunct(s, ')')) {
      int open = s - 1;
      while (open >= 0 && s - open < 8 && !isPunct(open, '(')) {
        open--;
      }
      s = open - 1;
    }
    int from = npBack(s);
    for (int hops = 0; hops < 3 && from > 1 && isWord(from - 1) && OBJECT_PREPOSITIONS.contains(lower(from - 1))
        && !ledBy(from); hops++) {
      s = from - 2; // a phrase after a preposition is its object: the phrase it belongs to is the subject
      from = isWord(s) && !PRONOUNS.contains(lower(s)) ? npBack(s) : -1;
    }
    if (from >= 0 && from == s && (is(s, "who") || is(s, "which"))) {
      // "the ACLU of Oregon, which released a statement …": the phrase the pronoun stands for
      int before = isPunct(s - 1, ',') ? s - 2 : s - 1;
      int phrase = isWord(before) && !PRONOUNS.contains(lower(before)) ? npBack(before) : -1;
      if (phrase >= 0) {
        relativeUnit = s;
        return new int[] {phrase, before};
      }
      return null;
    }
    boolean clauseStarts = from == 0 || isPunct(from - 1, ',') || isQ(from - 1) || isWord(from - 1)
        && (COORDINATORS.contains(lower(from - 1)) || SUBORDINATORS.contains(lower(from - 1)) || is(from - 1, "that")
            || t.isLowerCase(u[from - 1]) && SpeechVerbs.of(lower(from - 1)) != null);
    return from >= 0 && clauseStarts && speakerHead(from, s) ? new int[] {from, s} : null;
  }

  /** Conjunctions that join a clause of equal rank: "…, but she noted that …". */
  private static final Set<String> COORDINATORS =
      Set.of("but", "and", "though", "although", "while", "yet", "whereas");

  /**
   * "Figueroa said the campaign would bus in supporters, though she acknowledged it was unlikely to
   * work": a second statement with its own subject and verb of communication, in a clause of its own
   * (after a conjunction, or after a semicolon), ends the first one's content. Relative and embedded
   * clauses ("…, which he said were …"), a shared subject ("…, but added that …") and a verb of
   * stance inside a statement ("…, but she knows …") go on being part of the first; a stance beside
   * a stance ("Democrats want …, and Republicans want …") is a clause of its own. A clause opening the
   * sentence with a subordinator ends at the comma before the main clause's speaker, whatever its
   * verb: "As Clinton talked about …, Trump highlighted his message that …".
   */
  private void endBeforeCoordinated(List<Attribution> out) {
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      if (a.toParagraphEnd()) {
        continue;
      }
      int end = a.contentEnd();
      for (Attribution b : out) {
        if (b == a || b.relative() >= 0 || b.inherited()) {
          continue;
        }
        int lead = unitOf(b.speakerFrom());
        if (lead < 0 || unitOf(b.cue()) < lead) {
          continue;
        }
        int cut;
        if (isPunct(lead - 1, ',') && unitOf(a.speakerFrom()) == 1 && SUBORDINATORS.contains(lower(0))) {
          cut = lead - 1; // "As Clinton talked about …, Trump highlighted …": the main clause is not hers
        } else if (weak(t, b) && !weak(t, a)) {
          continue; // "Figueroa said …, but she knows …": a stance inside a statement is part of it
        } else if (isWord(lead - 1) && COORDINATORS.contains(lower(lead - 1))
            && (isPunct(lead - 2, ',') || isDash(lead - 2))) {
          cut = lead - 2;
        } else if (isWord(lead - 1) && COORDINATORS.contains(lower(lead - 1)) && quoteEndsClause(lead - 2)
            || (is(lead - 1, "and") || is(lead - 1, "but")) && unitsBetween(a.contentStart(), lead - 1) >= 4) {
          // "…,'' and he reiterated his claim that …"; "…mishandled the investigation and Democrats
          // accused the GOP of …": a phrase of a few words before "and" ("Trump and Clinton said")
          // is a shared subject, not a clause.
          cut = lead - 1;
        } else if (isPunct(lead - 1, ';')) {
          cut = lead - 1;
        } else {
          continue;
        }
        int at = startOf(cut);
        if (at > a.contentStart() && at < end && t.start[a.cue()] < at) {
          int last = cut - 1;
          while (last >= 0 && u[last] >= 0 && t.kind[u[last]] == Tokens.PUNCT) {
            last--;
          }
          if (last >= 0 && endOf(last) > a.contentStart()) {
            end = endOf(last);
          }
        }
      }
      if (end < a.contentEnd()) {
        out.set(i, new Attribution(a.cue(), a.speakerFrom(), a.speakerTo(), a.contentStart(), end, a.relay(),
            a.inherited(), false, a.relative()));
      }
    }
  }

  /** The characters a content {start unit, end unit, …} covers: a quote is one unit but many words. */
  private int length(int[] content) {
    return endOf(content[1]) - startOf(content[0]);
  }

  /** Whether unit k is a quote closing on a comma: {@code "…,'' and he added …"}. */
  private boolean quoteEndsClause(int k) {
    return isQ(k) && t.isPunct(q.close[-u[k] - 1] - 1, ',');
  }

  /** The number of units from the one at a body offset up to (not including) unit k. */
  private int unitsBetween(int offset, int k) {
    int n = 0;
    for (int i = 0; i < k; i++) {
      n += startOf(i) >= offset ? 1 : 0;
    }
    return n;
  }

  /** The unit of a token, or -1 when it lies inside a quoted span or outside the sentence. */
  private int unitOf(int token) {
    for (int k = 0; k < m; k++) {
      if (u[k] == token) {
        return k;
      }
    }
    return -1;
  }

  /** Documents that report findings: "In a CNN poll released Monday, 50 percent …". */
  private static final Set<String> DOCUMENTS =
      Set.of("poll", "survey", "study", "report", "analysis", "memo", "filing", "filings", "editorial",
          "review", "audit", "census", "tally", "count");

  /**
   * "In a CNN poll released Monday, 50 percent of respondents chose Clinton": a document opening the
   * sentence reports the clause after its comma, unless a speech verb there has its own speaker.
   */
  private void inDocument(List<Attribution> out, List<int[]> speakers) {
    if (!is(0, "in") || !isWord(1) || !(SpeakerResolver.DETERMINERS.contains(lower(1)) || t.isPossessive(u[1]))) {
      return;
    }
    int comma = -1;
    int head = -1;
    for (int i = 2; i < m && i <= 12; i++) {
      if (isPunct(i, ',')) {
        comma = i;
        break;
      }
      if (!isWord(i) && !isPunct(i, '/') && !isPunct(i, '-')) {
        return;
      }
      if (head < 0 && DOCUMENTS.contains(lower(i))) {
        head = i;
      }
    }
    if (comma < 0 || head < 0 || isSentenceEnd(comma + 1)) {
      return;
    }
    for (int i = comma + 1; i < m; i++) {
      if (isWord(i) && t.isLowerCase(u[i]) && SpeechVerbs.of(lower(i)) != null && !lower(i).endsWith("ing")) {
        return; // "In an interview, Trump said …": the verb's own attribution
      }
    }
    int end = m - 1;
    while (end > comma && !isWord(end) && !isQ(end)) {
      end--;
    }
    if (end > comma + 1) {
      add(out, speakers, 0, 1, head, new int[] {comma + 1, end, comma + 1}, false, false);
    }
  }

  /**
   * "… doesn’t surprise Republican pollster Daron Shaw: “Historically, …”": a named phrase, a colon
   * and a quote; the quote is the named person's words unless a verb already attributed it.
   */
  private void colonQuotes(List<Attribution> out, List<int[]> speakers) {
    for (int k = 1; k + 1 < m; k++) {
      if (!isPunct(k, ':') || !isQ(k + 1) || !isWord(k - 1) || !nameLike(k - 1)) {
        continue;
      }
      int start = startOf(k + 1);
      if (out.stream().anyMatch(a -> a.contentStart() <= start && start < a.contentEnd())) {
        continue;
      }
      int from = k - 1;
      while (from > 0 && k - from < 6 && isWord(from - 1) && (nameLike(from - 1) || npWord(from - 1))
          && !t.isPossessive(u[from - 1])) {
        from--;
      }
      if (!(from == 0 && paragraphStart)) {
        add(out, speakers, k, from, k - 1, new int[] {k + 1, k + 1, k + 1}, false, false);
      }
    }
  }

  /** Nouns of speech or stance that take a "that" clause: "Clinton's claim that …". */
  private static final Set<String> CUE_NOUNS =
      Set.of("claim", "claims", "assertion", "insistence", "argument", "warning", "belief", "view",
          "suggestion", "statement", "promise", "pledge", "concern", "concerns", "fear", "fears", "hope",
          "hopes", "point", "case", "notion", "accusation", "allegation", "charge", "prediction",
          "contention", "admission", "announcement", "assurance", "acknowledgment", "acknowledgement",
          "conviction", "position", "theory", "idea", "sense", "feeling", "complaint", "threat", "vow",
          "denial", "boast", "message", "insinuation", "implication", "conclusion", "finding", "findings",
          "estimate", "assessment", "judgment", "judgement", "opinion", "worry", "worries", "expectation");

  /** Subjects that are not speakers of a "that" clause: "it is clear that", "there is hope that". */
  private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "there", "this", "that", "what", "which", "you");

  /**
   * Speech or stance without a listed verb, recognised by its "that" clause: a noun cue with its
   * owner ("Clinton's claim that …", "his insistence that …"), or a clause's subject and a short verb
   * phrase ("Obama privately made the case to group leaders that …", "authorities never realized that
   * …"). Only a "that" followed by a clause of its own counts; one inside another statement does not.
   */
  private void thatClauses(List<Attribution> out, List<int[]> speakers) {
    for (int p = 1; p + 1 < m; p++) {
      if (!is(p, "that") || relativeThat(p) || !subjectAt(p + 1) || insideContent(out, p)) {
        continue;
      }
      int[] content = thatContent(p + 1);
      if (content == null) {
        continue;
      }
      int cueNoun = p - 1;
      if (isWord(cueNoun) && CUE_NOUNS.contains(lower(cueNoun))) {
        int owner = cueNoun - 1;
        while (owner >= 0 && cueNoun - owner <= 3 && isWord(owner) && !t.isPossessive(u[owner])
            && !OWNER_PRONOUNS.contains(lower(owner)) && t.isLowerCase(u[owner]) && !FUNCTION_WORDS.contains(lower(owner))) {
          owner--;
        }
        if (isWord(owner) && OWNER_PRONOUNS.contains(lower(owner))) {
          add(out, speakers, cueNoun, owner, owner, content, false, false);
          continue;
        } else if (isWord(owner) && t.isPossessive(u[owner]) && nameLike(owner)) {
          int from = npBack(owner);
          add(out, speakers, cueNoun, from >= 0 && from <= owner ? from : owner, owner, content, false, false);
          continue;
        }
      }
      // A subject, then at most six lower-case words of a verb phrase, then "that".
      for (int i = p - 1; i >= 0 && p - i <= 10; i--) {
        if (!isWord(i) || is(i, "so") || is(i, "such") || is(i, "than") || is(i, "now") && i == p - 1) {
          break;
        }
        if (!t.isLowerCase(u[i + 1]) || i + 1 >= p) {
          continue;
        }
        int from = npBack(i);
        if (from < 0 || !subjectStart(from) || EMPTY_SUBJECTS.contains(lower(i)) || !speakerHead(from, i)
            || PROGRESSIVE.contains(lower(i + 1)) && (i + 2 == p || !lower(i + 2).endsWith("ing"))
            || !(verbLike(i + 1) || PRONOUNS.contains(lower(i)) && !FUNCTION_WORDS.contains(lower(i + 1)))) {
          continue;
        }
        add(out, speakers, p, from, i, content, false, false);
        break;
      }
    }
  }

  /**
   * A quote after a clause closed by a colon, or by a comma when the quote ends the sentence, whatever
   * the clause's verb ("Mr. Christie gloated: ''I told you …''", "Isaiah 45:1 reads: “…”", "Sanders
   * replied evenly, "I think …""): the clause's subject and a short verb phrase introduce the quote as
   * the subject's words, as before a "that" clause. (Not a clause without marks after the colon:
   * "Kasich has another built-in advantage: The Ohio Republican Party is all-in" states no one's words.)
   */
  private void colonClauses(List<Attribution> out, List<int[]> speakers) {
    for (int k = 2; k + 1 < m; k++) {
      if (!(isPunct(k, ':') || isPunct(k, ',') && (k + 2 >= m || isSentenceEnd(k + 2))) || !isQ(k + 1)
          || insideContent(out, k)) {
        continue;
      }
      int lo = k - 1;
      while (lo > 0 && k - lo < 8 && isWord(lo - 1)) {
        lo--;
      }
      // The leftmost subject: in "Trump went even further:" the verb phrase starts at "went".
      for (int i = lo; i < k - 1; i++) {
        if (!t.isLowerCase(u[i + 1])) {
          continue;
        }
        int from = npBack(i);
        if (from < 0 || !(subjectStart(from) || from == 1 && COORDINATORS.contains(lower(0)))
            || EMPTY_SUBJECTS.contains(lower(i)) || !speakerHead(from, i) || !verbLike(i + 1)) {
          continue;
        }
        add(out, speakers, i + 1, from, i, new int[] {k + 1, k + 1, k + 1}, false, false);
        break;
      }
    }
  }

  /**
   * Nouns of stance and intention and the words that introduce what they are about: "his attacks on Mr.
   * Clinton", "her support for the deal", "Trump's criticism of the judge", "her plan to increase …".
   */
  private static final Map<String, Set<String>> STANCE_NOUNS = Map.ofEntries(
      Map.entry("attack", Set.of("on", "against")), Map.entry("attacks", Set.of("on", "against")),
      Map.entry("support", Set.of("for", "of")), Map.entry("criticism", Set.of("of")),
      Map.entry("critique", Set.of("of")), Map.entry("endorsement", Set.of("of")),
      Map.entry("opposition", Set.of("to")), Map.entry("call", Set.of("for")), Map.entry("calls", Set.of("for")),
      Map.entry("defense", Set.of("of")), Map.entry("defence", Set.of("of")),
      Map.entry("position", Set.of("on")), Map.entry("positions", Set.of("on")), Map.entry("stance", Set.of("on")),
      Map.entry("views", Set.of("on")), Map.entry("praise", Set.of("for", "of")),
      Map.entry("denunciation", Set.of("of")), Map.entry("condemnation", Set.of("of")),
      Map.entry("rejection", Set.of("of")), Map.entry("demand", Set.of("for")), Map.entry("demands", Set.of("for")),
      Map.entry("plan", Set.of("to", "for")), Map.entry("plans", Set.of("to", "for")),
      Map.entry("proposal", Set.of("to", "for")), Map.entry("decision", Set.of("to")),
      Map.entry("promise", Set.of("to")), Map.entry("pledge", Set.of("to")), Map.entry("vow", Set.of("to")),
      Map.entry("push", Set.of("for")), Map.entry("desire", Set.of("to", "for")), Map.entry("refusal", Set.of("to")),
      Map.entry("willingness", Set.of("to")), Map.entry("commitment", Set.of("to")),
      Map.entry("concern", Set.of("about", "over")), Map.entry("concerns", Set.of("about", "over")),
      Map.entry("questions", Set.of("about")), Map.entry("case", Set.of("for", "against")),
      Map.entry("warning", Set.of("about", "against")), Map.entry("warnings", Set.of("about", "against")),
      Map.entry("complaints", Set.of("about")), Map.entry("remarks", Set.of("about", "on")),
      Map.entry("comments", Set.of("about", "on")), Map.entry("message", Set.of("of", "about")));

  /** Every word that introduces what a stance noun is about: "on", "for", "of", …. */
  private static final Set<String> STANCE_INTRODUCERS =
      Set.copyOf(STANCE_NOUNS.values().stream().flatMap(Set::stream).toList());

  /**
   * A stance named by a noun with its owner ("his attacks on Mr. Clinton", "Trump's criticism of the
   * judge"): the owner's, about the phrase after the noun's word, up to a clause's end or its verb.
   */
  private void ownedStances(List<Attribution> out, List<int[]> speakers) {
    for (int p = 1; p + 2 < m; p++) {
      if (!STANCE_INTRODUCERS.contains(lower(p + 1)) || !isWord(p - 1)) {
        continue; // (most words: checked before the noun's look-up) an owner stands before the noun
      }
      Set<String> introducers = isWord(p) && t.isLowerCase(u[p]) ? STANCE_NOUNS.get(lower(p)) : null;
      if (introducers == null || !introducers.contains(lower(p + 1)) || insideContent(out, p)) {
        continue;
      }
      int owner = p - 1;
      while (owner >= 0 && p - owner <= 2 && isWord(owner) && t.isLowerCase(u[owner])
          && !OWNER_PRONOUNS.contains(lower(owner)) && !FUNCTION_WORDS.contains(lower(owner))) {
        owner--; // "his harsh criticism of", "her repeated attacks on"
      }
      int from;
      if (isWord(owner) && OWNER_PRONOUNS.contains(lower(owner))) {
        from = owner;
      } else if (isWord(owner) && t.isPossessive(u[owner]) && nameLike(owner)) {
        from = owner;
        while (isWord(from - 1) && nameLike(from - 1) && !t.isPossessive(u[from - 1])) {
          from--; // "Hillary Clinton's plan": the whole name
        }
      } else {
        continue;
      }
      int start = p + 2;
      int end = start - 1;
      for (int i = start; i < m && i - start < 14 && (isWord(i) || isQ(i)); i++) {
        if (isWord(i) && (FINITE.contains(lower(i)) || IRREGULAR_PAST.contains(lower(i))
            || i > start && t.isLowerCase(u[i]) && lower(i).endsWith("ed")) || coordinatedVerb(i)) {
          // "His support for scrapping superdelegates isn't shared", "his comments about Curiel and said
          // …": the phrase ends at its verb, or at the next verb of its sentence's subject
          break;
        }
        end = i;
      }
      if (end >= start) {
        add(out, speakers, p, from, owner, new int[] {start, end, start}, false, false);
      }
    }
  }

  /** Irregular past forms that open a verb phrase: "made clear that", "took pains to". */
  private static final Set<String> IRREGULAR_PAST =
      Set.of("made", "gave", "took", "kept", "held", "put", "got", "went", "came", "left", "set", "let",
          "found", "thought", "knew", "saw", "told", "wrote", "spoke", "felt", "heard", "understood",
          "meant", "became", "grew", "drew", "struck", "sent", "brought", "bought", "taught");

  private static final Set<String> OWNER_PRONOUNS = Set.of("his", "her", "their");

  /**
   * Whether a phrase can speak: a pronoun, or a phrase with a name, a person's title, a group, an
   * organisation word or a quantity of people; "the move sparked fears that …" has no speaker.
   */
  private boolean speakerHead(int from, int to) {
    if (from == to && PRONOUNS.contains(lower(to))) {
      return true;
    }
    for (int i = from; i <= to; i++) {
      if (nameLike(i)) {
        return true;
      }
    }
    String head = t.stem(u[to]);
    return WordLists.PERSON_TITLES.contains(head) || WordLists.ORGANISATION_WORDS.contains(head)
        || GROUPS.contains(head) || QUANTITY_WORDS.contains(head)
        || WordLists.isPluralOfTitle(head);
  }

  /** Whether the words from unit k start a verb phrase: an auxiliary, an adverb or an inflected verb. */
  private boolean verbLike(int k) {
    String w = lower(k);
    return FINITE.contains(w) || AUXILIARIES.contains(w) || NEGATIONS.contains(w) || IRREGULAR_PAST.contains(w)
        || w.endsWith("ed") || w.endsWith("ly")
        || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") || SpeechVerbs.of(w) != null;
  }

  /** Whether a "that" clause's subject starts at unit k: a pronoun, a determiner, a name, a number. */
  private boolean subjectAt(int k) {
    if (!isWord(k)) {
      return false;
    }
    String w = lower(k);
    return CLAUSE_SUBJECTS.contains(w) && !w.equals("that") || SpeakerResolver.DETERMINERS.contains(w)
        || nameLike(k) || npWord(k) || t.isPossessive(u[k]) || clauseAt(k);
  }

  /** Whether unit p lies in the content or the speaker of an attribution already found. */
  private boolean insideContent(List<Attribution> out, int p) {
    int offset = startOf(p);
    for (Attribution a : out) {
      if (offset >= a.contentStart() && offset < a.contentEnd() || Math.abs(t.start[a.cue()] - offset) < 40
          && t.start[a.cue()] < offset) {
        return true;
      }
    }
    return false;
  }

  /** The content of a "that" clause starting at unit k: to the sentence's end or an attribution. */
  private int[] thatContent(int k) {
    int end = k;
    for (int i = k; i < m && !isSentenceEnd(i); i++) {
      if (isPunct(i, ',') && trailingAttribution(i + 1) || isPunct(i, ';')) {
        break;
      }
      end = i;
    }
    while (end > k && u[end] >= 0 && t.kind[u[end]] == Tokens.PUNCT) {
      end--;
    }
    return end > k ? new int[] {k, end, k} : null;
  }

  /**
   * "PENCE: Well, look, …", "Marco Rubio: ‘You don’t win …’": a name and a colon opening a
   * paragraph, as in transcripts and headlines, attribute the rest of the paragraph to the name.
   */
  private void colonLead(List<Attribution> out, List<int[]> speakers) {
    if (!paragraphStart) {
      return;
    }
    int k = 0;
    while (k < m && k < 4 && isWord(k) && nameLike(k) && !NOT_SPEAKERS.contains(lower(k))) {
      k++;
    }
    if (!isPunct(k, ':') && headline) {
      k = headlineSpeakerEnd();
    }
    if (k == 0 || !isPunct(k, ':') || k + 1 >= m || isSentenceEnd(k + 1)) {
      return;
    }
    for (int i = 0; i < k; i++) {
      if (WordLists.PLACES.contains(lower(i)) || k == 1 && COLON_LABELS.contains(lower(i))) {
        return; // a dateline, a section title or a label: "WASHINGTON:", "NOTES: Operating net excludes …"
      }
    }
    int cs = startOf(k + 1);
    int ce = endOf(m - 1);
    if (t.text.substring(cs, ce).chars().noneMatch(Character::isLetter)) {
      return; // a tally: "Hillary Clinton: 1,769."
    }
    out.add(new Attribution(u[k], u[0], u[k - 1], cs, ce, false, false, true, -1));
    speakers.add(new int[] {0, k - 1});
  }

  /**
   * Where the source before a headline's colon ends ("Poll: Trump and Clinton hold narrow leads",
   * "Clinton camp: Trump's Islamophobia threatens …", "WSJ editorial: 'Deport Nikki Haley.'"): one to
   * four words opened by a capitalised one, none a function word, before the colon; 0 when there is
   * none. A headline names its source in whatever case its style writes words, so a word the article
   * also writes in lower case ("poll", "camp") still speaks there.
   */
  private int headlineSpeakerEnd() {
    if (!isWord(0) || !t.isCapitalised(u[0]) || NOT_SPEAKERS.contains(lower(0))) {
      return 0;
    }
    int k = 0;
    while (k < m && k < 4 && isWord(k) && !FUNCTION_WORDS.contains(lower(k)) && !AUXILIARIES.contains(lower(k))
        && !SpeakerResolver.DETERMINERS.contains(lower(k)) && !COLON_LABELS.contains(lower(k))
        && (k == 0 || SpeechVerbs.of(lower(k)) == null)) {
      k++; // ("Report: …" names its source, where "Clinton Cash Debunks Hillary: …" has a verb)
    }
    return isPunct(k, ':') ? k : 0;
  }

  /**
   * Words that label a headline's kind or column, or a paragraph of notes, before its colon, naming no
   * source: "Analysis: …", "NOTES: Operating net excludes …" (the newswire's earnings tables).
   */
  private static final Set<String> COLON_LABELS =
      Set.of("analysis", "opinion", "exclusive", "live", "factbox", "timeline", "explainer", "review",
          "photos", "fact", "breaking", "commentary", "transcript", "quiz", "update", "updates", "email",
          "newsletter", "daily", "briefing", "roundup", "recap", "podcast", "note", "notes", "correction",
          "clarification", "source", "sources");

  /** "“The most unqualified child to ever run.” ― Francisco Herrero": a quote signed after a dash. */
  private void dashSignature(List<Attribution> out, List<int[]> speakers) {
    for (int k = 1; k + 1 < m; k++) {
      if (!isQ(k - 1) || !(isPunct(k, '\u2015') || isPunct(k, '\u2014') || isPunct(k, '\u2013'))) {
        continue;
      }
      int end = k + 1;
      while (end < m && end - k <= 4 && isWord(end) && nameLike(end)) {
        end++;
      }
      if (end > k + 1 && (end >= m || isSentenceEnd(end) || isQ(end))) {
        add(out, speakers, k, k + 1, end - 1, new int[] {k - 1, k - 1, k - 1}, false, false);
      }
    }
  }

  /**
   * Whether a base-form verb right after "a" or "an" and a singular word is the verb's noun: "a
   * convoluted claim that …", since a singular subject would take "claims".
   */
  private boolean nounAfterSingular(int k, int npFrom, int npTo) {
    String w = lower(k);
    SpeechVerbs.Verb verb = SpeechVerbs.of(w);
    if (verb == null || !w.equals(verb.lemma()) || npTo != k - 1) {
      return false; // "will say", "did not say": an auxiliary stands between
    }
    String head = lower(npTo);
    if (is(npFrom, "a") || is(npFrom, "an") || is(npFrom, "another") || is(npFrom, "every") || is(npFrom, "each")) {
      return !head.endsWith("s");
    }
    // "the call-in show whether …": a singular common noun takes "shows", so a base form after it
    // is a noun too. Names, plurals, groups and pronouns can take the base form.
    return t.isLowerCase(u[npTo]) && !head.endsWith("s") && !GROUPS.contains(head) && !PRONOUNS.contains(head)
        && !QUANTITY_WORDS.contains(head) && SpeakerResolver.DETERMINERS.contains(lower(npFrom))
        && !PLURAL_DETERMINERS.contains(lower(npFrom));
  }

  private static final Set<String> PLURAL_DETERMINERS =
      Set.of("these", "those", "some", "many", "several", "two", "three", "other", "both", "their", "our");

  /**
   * Whether an -s form right after a lower-case past-tense word is that verb's object, not a verb
   * of its own: "the move sparked fears that …" has no speaker "move sparked".
   */
  private boolean nounAfterPastVerb(int k, int npTo) {
    return npTo == k - 1 && lower(k).endsWith("s") && lower(npTo).endsWith("ed") && !nameLike(npTo);
  }

  /** Words that open examples set off by commas after a subject: "Other Republicans, like Armitage, said". */
  private static final Set<String> EXAMPLE_LEADS =
      Set.of("like", "unlike", "including", "especially", "notably", "particularly", "such");

  /**
   * "Clinton, at a later press gaggle, said", "Other prominent Republicans, like Richard Armitage, have
   * said": a phrase of time, place or manner, or examples, set off by commas between a subject and its
   * verb. Returns the unit before its opening comma, or -1.
   */
  private int prepositionalAside(int comma) {
    for (int c = comma - 2; c > 0 && comma - c <= 10; c--) {
      if (!isWord(c) && !isPunct(c, ',')) {
        return -1;
      }
      if (isPunct(c, ',')) {
        boolean aside = isWord(c + 1) && (OBJECT_PREPOSITIONS.contains(lower(c + 1)) || is(c + 1, "after")
            || is(c + 1, "before") || is(c + 1, "during") || EXAMPLE_LEADS.contains(lower(c + 1)))
            && isWord(c - 1) && !FUNCTION_WORDS.contains(lower(c - 1));
        return aside ? c - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * "Mr. Manafort, citing ''the unique magic of Trump,'' said", "Federal officials …, speaking on the
   * condition of anonymity because …, said": a participle's phrase set off by commas between a
   * subject and its verb, quoted words included. {@code last} is the phrase's closing comma, or the
   * quote that closes it. Returns the unit before its opening comma, or -1.
   */
  private int participleAside(int last) {
    for (int c = last - 1; c > 0 && last - c <= 24; c--) {
      if (isPunct(c, ',')) {
        String w = c + 1 < last && isWord(c + 1) && t.isLowerCase(u[c + 1]) ? lower(c + 1) : "";
        boolean aside = w.length() > 5 && w.endsWith("ing") && !FUNCTION_WORDS.contains(w)
            && isWord(c - 1) && !FUNCTION_WORDS.contains(lower(c - 1));
        return aside ? c - 1 : -1;
      }
      if (!isWord(c) && !isQ(c)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The last unit of a phrase of people ({@link WordLists#namesPeople}) after a determiner, an owner or
   * "both" at unit s ("The operatives", "Both parents", "His aides"), up to three words; -1 if there is
   * none.
   */
  private int pluralPeopleAt(int s) {
    String first = isWord(s) ? lower(s) : "";
    if (!(SpeakerResolver.DETERMINERS.contains(first) || OWNER_PRONOUNS.contains(first) || is(s, "both"))) {
      return -1;
    }
    int i = s + 1;
    while (i < m && i - s <= 3 && isWord(i) && t.isLowerCase(u[i]) && !FUNCTION_WORDS.contains(lower(i))
        && SpeechVerbs.of(lower(i)) == null && !pastForm(i)) {
      i++;
    }
    return i > s + 1 && WordLists.namesPeople(lower(i - 1)) ? i - 1 : -1;
  }

  /** Whether unit k is a lower-case plural or a share that "who" can stand for: "thinkers", "percent". */
  private boolean peopleWord(int k) {
    String w = lower(k);
    return isWord(k) && t.isLowerCase(u[k]) && !FUNCTION_WORDS.contains(w) && !PRONOUNS.contains(w)
        && !SpeakerResolver.DETERMINERS.contains(w) && SpeechVerbs.of(w) == null
        && (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("’s") || w.equals("percent"));
  }

  /**
   * The body offsets of the paragraph after a colon that ends its own paragraph ("He said:" then the
   * quote on its own), or null when the colon does not end a paragraph.
   */
  private int[] nextParagraph(int colon) {
    int i = colon + 1;
    if (i >= t.size || t.kind[i] != Tokens.NEWLINE) {
      return null;
    }
    while (i < t.size && t.kind[i] == Tokens.NEWLINE) {
      i++;
    }
    int last = i;
    while (last < t.size && t.kind[last] != Tokens.NEWLINE) {
      last++;
    }
    return last > i ? new int[] {t.start[i], t.end[last - 1]} : null;
  }

  private static final Set<String> COUNTING_NUMBERS =
      Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred",
          "thousand", "million");

  /**
   * Whether an -s form after a number (and at most one word more) is the noun it counts: "in six
   * states", "two reports", "by 4 percentage points".
   */
  private boolean countedNoun(int k) {
    if (!lower(k).endsWith("s")) {
      return false;
    }
    for (int i = k - 1; i >= k - 2 && isWord(i); i--) {
      String before = lower(i);
      if (i == k - 1 && (Character.isDigit(before.charAt(0)) || COUNTING_NUMBERS.contains(before))
          || i == k - 2 && (before.chars().allMatch(Character::isDigit) || COUNTING_NUMBERS.contains(before))) {
        return true; // "in six states", "by 4 percentage points", not "the 50-state poll suggests"
      }
      if (!t.isLowerCase(u[i]) || FUNCTION_WORDS.contains(before)) {
        return false;
      }
    }
    return false;
  }

  /** "Dmitry Peskov, the Kremlin spokesman, said": the name before the apposition. */
  private int[] apposition(int comma) {
    boolean dash = isDash(comma); // "Trump - who previously said … - said": dashes pair as commas do
    int k = comma - 1;
    int steps = 0;
    while (k >= 0 && steps < 20 && !(dash ? isDash(k) : isPunct(k, ',')) && !isQ(k) && !isSentenceEnd(k)) {
      k--;
      steps++;
    }
    if (!(dash ? isDash(k) : isPunct(k, ',')) || k == comma - 1) {
      return null;
    }
    int first = k + 1;
    boolean relative = is(first, "who") || "who".equals(contractedPronoun(lower(first))); // "who's thinking"
    boolean looksAppositive = SpeakerResolver.DETERMINERS.contains(lower(first)) || relative
        || isWord(first) && (Character.isDigit(lower(first).charAt(0)) || t.isPossessive(u[first])) || npWord(first)
        || isWord(first) && lower(first).endsWith("ing") && t.isLowerCase(u[first]);
    for (int i = first; i < comma && looksAppositive; i++) {
      looksAppositive = !isWord(i) || SpeechVerbs.of(lower(i)) == null || relative || i == first
          || baseFormInPhrase(i);
    }
    if (!looksAppositive) {
      return null;
    }
    int from = npBack(k - 1);
    if (from < 0 || PRONOUNS.contains(lower(k - 1))) {
      return null;
    }
    boolean named = false;
    for (int i = from; i < k; i++) {
      named |= nameLike(i);
    }
    return named ? new int[] {from, k - 1} : null;
  }

  /**
   * "Christopher Harvey, an African-American delegate from Houston, Texas, said", "Sanders, whose
   * coalition includes young people, said": a named subject at the start of the clause, then
   * descriptions between commas up to the comma before the verb.
   */
  private int[] appositiveChain(int comma) {
    int[] named = nameAfterDescription(comma);
    if (named != null) {
      return named;
    }
    for (int c = comma - 1; c > 0 && comma - c <= 40; c--) {
      if (isQ(c) && c > 0 && !isPunct(c - 1, ',') || isSentenceEnd(c) || isPunct(c, ';')
          || isWord(c) && t.isLowerCase(u[c]) && SpeechVerbs.of(lower(c)) != null && !is(c - 1, "who")
              && !SpeakerResolver.DETERMINERS.contains(lower(c - 1)) && !baseFormInPhrase(c)) {
        return null;
      }
      if (!(isPunct(c, ',') || isDash(c)) || isPunct(c + 1, ',')) {
        continue;
      }
      int end = c - 1;
      if (isPunct(end, ')')) {
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        while (end > 0 && c - end < 8 && !isPunct(end, '(')) {
          end--;
        }
        end--;
      }
      int from = npBack(end);
      if (from < 0 || PRONOUNS.contains(lower(c - 1)) || !subjectStart(from)) {
        continue;
      }
      for (int i = from; i <= end; i++) {
        if (nameLike(i)) {
          return new int[] {from, end};
        }
      }
    }
    return null;
  }

  /**
   * Whether unit c is a speech verb's base or -ing form standing as a noun or a modifier inside a
   * phrase ("a former state legislator", "the state party", "a creative writing professor", "a
   * superdelegate supporting Clinton"): after a determiner, a possessive or a singular word of the
   * phrase, not after a subject ("people say"), "to" or an auxiliary.
   */
  private boolean baseFormInPhrase(int c) {
    SpeechVerbs.Verb verb = SpeechVerbs.of(lower(c));
    if (verb == null || !verb.lemma().equals(lower(c)) && !verb.participle() || !isWord(c - 1)) {
      return false;
    }
    String before = lower(c - 1);
    return SpeakerResolver.DETERMINERS.contains(before) || t.isPossessive(u[c - 1]) && contractedPronoun(before) == null
        || !before.endsWith("s") && !FUNCTION_WORDS.contains(before) && !PRONOUNS.contains(before)
            && !AUXILIARIES.contains(before) && !NEGATIONS.contains(before) && !GROUPS.contains(before)
            && !is(c - 1, "to");
  }

  /**
   * "The state’s campaign chairman, Phil Lovas, said", "A lawyer for the news outlets, David
   * Schulz, said": a description opening the sentence, then the name between commas.
   */
  private int[] nameAfterDescription(int comma) {
    int c = comma - 1;
    int nameEnd = comma - 1;
    while (c >= 0 && comma - c <= 12 && isWord(c)
        && (nameLike(c) || AFFILIATION_LINKS.contains(lower(c)) && nameLike(c + 1))) {
      if (AFFILIATION_LINKS.contains(lower(c))) {
        nameEnd = c - 1; // "Darran Whiting of Liberty Baptist Church in Marion": where the person works
      }
      c--;
    }
    if (c == comma - 1 || nameEnd <= c || !nameLike(nameEnd) || nameEnd - c > 5 || !isPunct(c, ',') || c > 14
        || !isWord(0) || !(SpeakerResolver.DETERMINERS.contains(lower(0)) || t.isPossessive(u[0]) || npWord(0))) {
      return null;
    }
    for (int i = 0; i < c; i++) {
      if (!isWord(i) || FINITE.contains(lower(i)) || t.isLowerCase(u[i]) && SpeechVerbs.of(lower(i)) != null
          && !(i > 0 && (SpeakerResolver.DETERMINERS.contains(lower(i - 1)) || t.isPossessive(u[i - 1])))
          && !baseFormInPhrase(i)) {
        return null;
      }
    }
    return new int[] {c + 1, nameEnd};
  }

  /**
   * "…, his top aide, Tad Devine, said", "…, a spokeswoman, Anna Richardson White, said on Saturday": a
   * clause, then a description between commas that opens with a determiner or an owner, then the name
   * between commas before the verb. Returns where the description starts, or -1.
   */
  private int describedNameAfterClause(int comma) {
    int nameFrom = nameStartBefore(comma);
    if (nameFrom < 0 || !isPunct(nameFrom - 1, ',') || !names.endsPersonsName(u[comma - 1])) {
      return -1; // (not the state of "a philanthropist from Monsey, New York, said")
    }
    int from = nameFrom - 2;
    while (from >= 0 && nameFrom - from <= 12 && isWord(from) && !FINITE.contains(lower(from))
        && !(t.isLowerCase(u[from]) && SpeechVerbs.of(lower(from)) != null && !baseFormInPhrase(from))) {
      from--;
    }
    int first = from + 1;
    boolean clauseBefore = false; // not the name of "Giovanni Maria Vian, the editor …, L'Osservatore Romano, said"
    for (int i = 0; i < from; i++) {
      clauseBefore |= isWord(i) && t.isLowerCase(u[i]) && !FUNCTION_WORDS.contains(lower(i));
    }
    return clauseBefore && isPunct(from, ',') && first < nameFrom - 1
        && (SpeakerResolver.DETERMINERS.contains(lower(first)) || t.isPossessive(u[first])
            || OWNER_PRONOUNS.contains(lower(first)))
        && !nameLike(first + 1) ? first : -1;
  }

  /** The first unit of one to five name-like words that end right before unit k, or -1. */
  private int nameStartBefore(int k) {
    int from = k;
    while (from > 0 && k - from < 5 && isWord(from - 1) && nameLike(from - 1)) {
      from--;
    }
    return from < k ? from : -1;
  }

  /** Words joining a person's name to where the person works or lives: "Darran Whiting of … in Marion". */
  private static final Set<String> AFFILIATION_LINKS = Set.of("of", "in", "from", "at");

  /**
   * Whether unit k is a dash: an em or en dash, or a hyphen standing alone, as typed dashes are ("Trump
   * - who … - said", "the justice -- who … -- said"; a hyphen inside a word is part of the word).
   */
  private boolean isDash(int k) {
    return isPunct(k, '\u2014') || isPunct(k, '\u2013') || isPunct(k, '-');
  }

  /** Whether unit k is a verb in the past tense: "called", "told". */
  private boolean pastForm(int k) {
    return isWord(k) && pastToken(u[k]);
  }

  /** "He suggested …, called her “third-rate” and …": a list of past verbs shares its subject. */
  private boolean pastToken(int token) {
    String w = t.lower[token];
    return w.endsWith("ed") || IRREGULAR_PAST.contains(w) || w.equals("said");
  }

  /** Conjunctions that make the clause after them subordinate: "Until Mr. Comey spoke, …". */
  private static final Set<String> SUBORDINATORS =
      Set.of("until", "unless", "once", "when", "after", "before", "if", "as", "while", "since",
          "because", "although", "though", "whether", "whenever");

  private boolean subordinated(int npFrom) {
    return SUBORDINATORS.contains(lower(npFrom - 1));
  }

  /** Whether a noun phrase starting at unit k stands where a main clause's subject stands. */
  private boolean subjectStart(int k) {
    if (k == 0 || isQ(k - 1) || isPunct(k - 1, ',') && isQ(k - 2) || is(k - 1, "but") && k == 1) {
      return true;
    }
    // "And until the shutdown, most of them said": a conjunction may open the sentence before the phrase.
    int lead = isWord(0) && COORDINATORS.contains(lower(0)) && isWord(1) && SUBORDINATE_LEADS.contains(lower(1)) ? 1 : 0;
    if (!isPunct(k - 1, ',') || !isWord(lead)
        || !(SUBORDINATE_LEADS.contains(lower(lead)) || lower(lead).endsWith("ing"))) {
      return false;
    }
    for (int i = lead + 1; i < k - 1; i++) {
      if (isPunct(i, ',') || isQ(i)) {
        return false; // the first comma must close the opening phrase
      }
    }
    return true;
  }

  /**
   * "Experts on North Korea and nuclear nonproliferation said": a group opening the clause, then a
   * phrase up to the verb. The group speaks, not the names in the phrase; returns its unit or -1.
   */
  private int groupWithModifier(int j) {
    for (int s = j - 1; s >= 0 && j - s <= 10; s--) {
      if (!isWord(s) || FINITE.contains(lower(s)) || t.isLowerCase(u[s]) && SpeechVerbs.of(lower(s)) != null) {
        return -1;
      }
      if (subjectStart(s) && (is(s + 1, "on") || is(s + 1, "at") || is(s + 1, "from") || is(s + 1, "in")
          || is(s + 1, "for") || is(s + 1, "with"))) {
        String head = t.stem(u[s]);
        boolean group = GROUPS.contains(head)
            || WordLists.isPluralOfTitle(head);
        return group ? s : -1;
      }
    }
    return -1;
  }

  /** Words that open a quantity or share of people: "most", "one in five", "61 percent of voters". */
  private static final Set<String> QUANTITY_LEADS =
      Set.of("most", "many", "some", "few", "half", "all", "both", "others", "none", "each", "about",
          "nearly", "almost", "more", "less", "fewer", "only", "roughly", "just", "over", "under",
          "majority", "minority", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "a", "the", "two-thirds", "one-third", "among");

  /** Words that open a share before its number: "about 6 in 10", "a mere 9 percent", "at least half". */
  private static final Set<String> SHARE_LEADS =
      Set.of("about", "nearly", "almost", "roughly", "only", "just", "some", "fully", "around", "over",
          "under", "a", "mere", "at", "least", "more", "less", "fewer", "than", "the", "vast", "slim", "narrow");

  /** Shares that need no number: "half of them", "two-thirds", "a majority of Democrats". */
  private static final Set<String> SHARE_WORDS =
      Set.of("half", "third", "thirds", "quarter", "quarters", "two-thirds", "one-third", "one-quarter",
          "three-quarters", "three-fourths", "majority", "majorities", "plurality", "minority");

  /** People a poll counts, after a share: "of Democratic voters", "white men", "those". */
  private static final Set<String> RESPONDENTS =
      Set.of("voters", "respondents", "adults", "americans", "people", "those", "them", "men", "women",
          "democrats", "republicans", "independents", "supporters", "members", "residents", "latinos",
          "hispanics", "whites", "blacks", "evangelicals", "conservatives", "liberals", "moderates",
          "participants", "caucusgoers", "caucus-goers", "delegates", "citizens", "likely");

  /** Verbs of a poll's findings: what a share of respondents thinks, wants or chooses. */
  private static final Set<String> FINDING_VERBS =
      Set.of("support", "oppose", "favor", "favour", "prefer", "want", "think", "believe", "say", "see",
          "view", "approve", "disapprove", "back", "trust", "expect", "choose", "chose", "call", "rate",
          "consider", "hold", "held", "feel", "felt", "agree", "disagree", "like", "dislike", "worry",
          "fear", "describe", "pick", "picked", "name", "vote", "voted", "cite", "rank", "credit");

  /**
   * "47 percent said they would vote for …", "Forty-one percent would choose Sanders …", "About 6 in 10
   * white men supported Sanders", "Among Republicans, 27 percent would vote for Trump": a share of
   * respondents opening a clause reports what they answered, whatever the verb (PolNeAR counts poll
   * findings as attributions). The share is the speaker; its phrase must count people (no "of the
   * vote"), and the verb must be one of a finding or a form of "be", "have" or a modal.
   */
  private void shareFindings(List<Attribution> out, List<int[]> speakers) {
    for (int k = 0; k < m; k++) {
      if (!opensShare(k)) {
        continue;
      }
      int core = k;
      while (core < m && core - k < 4 && isWord(core) && SHARE_LEADS.contains(lower(core))
          && !(SpeakerResolver.number(lower(core)) && (is(core + 1, "percent") || is(core + 1, "in")))) {
        core++;
      }
      int coreEnd = shareEnd(core);
      if (coreEnd < 0) {
        continue;
      }
      int verb = -1;
      boolean people = false;
      for (int i = coreEnd + 1; i < m && i - coreEnd <= 12 && isWord(i); i++) {
        String w = lower(i);
        if (!t.isLowerCase(u[i]) || is(i - 1, "of") || is(i - 1, "in") || SpeakerResolver.DETERMINERS.contains(lower(i - 1))) {
          people |= RESPONDENTS.contains(w) || GROUPS.contains(w)
              || t.isCapitalised(u[i]) && w.endsWith("s") && !t.isPossessive(u[i]);
          continue;
        }
        if (FINITE.contains(w) || findingVerb(w)) {
          verb = i;
          break;
        }
        people |= RESPONDENTS.contains(w) || GROUPS.contains(w);
        if (FUNCTION_WORDS.contains(w) && !w.equals("of") && !w.equals("in") && !w.equals("who")) {
          break;
        }
      }
      boolean bare = verb == coreEnd + 1;
      if (verb < 0 || !bare && !people || bare && PROGRESSIVE.contains(lower(verb))) {
        continue; // "90 percent were committed by …", "37% was used for …": a share of things
      }
      int main = verb;
      while (FINITE.contains(lower(main)) && isWord(main + 1) && t.isLowerCase(u[main + 1])
          && !INTRODUCERS.contains(lower(main + 1)) && main - verb < 3) {
        main++; // "would vote for", "are both seen as", "have negative feelings"
      }
      int start = main + 1;
      int end = start - 1;
      for (int i = start; i < m && !isClauseEnd(i) && !is(i, "while") && !is(i, "whereas"); i++) {
        end = i;
      }
      if (end < start || cueAt(out, verb, main)) {
        continue;
      }
      add(out, speakers, verb, core, coreEnd, new int[] {start, end, start}, false, false);
      k = end;
    }
  }

  /** Whether a share may start at unit k: its first word, where a clause opens. */
  private boolean opensShare(int k) {
    if (!isWord(k)) {
      return false;
    }
    // Where the clause opens first: a few comparisons rule out most words, while the word lists
    // would cost several hash lookups for every word of every article.
    boolean clauseOpens = k == 0 || isQ(k - 1) || !isWord(k - 1) && (isPunct(k - 1, ',') || isPunct(k - 1, ';')
        || isPunct(k - 1, ':') || isDash(k - 1))
        || is(k - 1, "and") || is(k - 1, "but") || is(k - 1, "while") || is(k - 1, "whereas");
    if (!clauseOpens) {
      return false;
    }
    String w = lower(k);
    return SHARE_LEADS.contains(w) || SHARE_WORDS.contains(w) || SpeakerResolver.number(w);
  }

  /** Whether a lower-case word is a form of a verb of findings: "supported", "prefers", "backing". */
  private static boolean findingVerb(String w) {
    if (FINDING_VERBS.contains(w) || SpeechVerbs.of(w) != null && !w.endsWith("ing")) {
      return true;
    }
    for (String ending : new String[] {"s", "ed", "d"}) {
      if (w.endsWith(ending) && FINDING_VERBS.contains(w.substring(0, w.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The last unit of a share starting at unit k ("47 percent", "six in 10", "half", "a majority"), or -1. */
  private int shareEnd(int k) {
    String w = lower(k);
    if (SpeakerResolver.number(w) && (is(k + 1, "percent") || isPunct(k + 1, '%'))) {
      return k + 1;
    }
    if (SpeakerResolver.number(w) && (is(k + 1, "in") || is(k + 1, "of")) && SpeakerResolver.number(lower(k + 2))) {
      return k + 2; // "six in 10", "nearly 6 of 10"
    }
    return SHARE_WORDS.contains(w) && isWord(k) ? k : -1;
  }

  /** Whether an attribution already has its cue between units from and to. */
  private boolean cueAt(List<Attribution> out, int from, int to) {
    for (Attribution a : out) {
      if (a.cue() >= u[from] && a.cue() <= u[to]) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a phrase a quantity of people rather than any noun phrase. */
  private static final Set<String> QUANTITY_WORDS =
      Set.of("most", "many", "some", "few", "half", "all", "both", "others", "none", "each", "percent",
          "%", "majority", "minority", "two-thirds", "third", "thirds", "quarter", "fifth", "one", "two",
          "three", "four", "five", "six", "seven", "eight", "nine", "ten", "plurality");

  /**
   * "Most said …", "One in five say …", "About two-thirds of Republican primary voters in all five
   * states support …": the first unit of a quantity of people that is the clause's subject, or -1.
   */
  private int quantitySubject(int j) {
    for (int from = j; from >= 0 && j - from < 14; from--) {
      if (!isWord(from) || SpeechVerbs.of(lower(from)) != null && t.isLowerCase(u[from])
          || FINITE.contains(lower(from))) {
        return -1;
      }
      String w = lower(from);
      boolean lead = QUANTITY_LEADS.contains(w) || Character.isDigit(w.charAt(0));
      if (lead && subjectStart(from)) {
        boolean quantity = false;
        for (int i = from; i <= j && !quantity; i++) {
          quantity = QUANTITY_WORDS.contains(lower(i)) || Character.isDigit(lower(i).charAt(0));
        }
        return quantity && !PRONOUNS.contains(lower(j)) && !t.isPossessive(u[j]) ? from : -1;
      }
    }
    return -1;
  }

  /**
   * Adjectives of stance and the word that introduces what the stance is about: "has been critical of
   * the deal", "are worried about the economy", "is convinced that …", "remains opposed to …".
   */
  private static final Map<String, Set<String>> STANCE_ADJECTIVES = Map.ofEntries(
      Map.entry("critical", Set.of("of")), Map.entry("skeptical", Set.of("of", "about", "that")),
      Map.entry("supportive", Set.of("of")), Map.entry("dismissive", Set.of("of")),
      Map.entry("wary", Set.of("of", "about")), Map.entry("proud", Set.of("of", "that")),
      Map.entry("worried", Set.of("about", "that")), Map.entry("concerned", Set.of("about", "that")),
      Map.entry("optimistic", Set.of("about", "that")),
      Map.entry("pessimistic", Set.of("about", "that")),
      Map.entry("confident", Set.of("that", "about")), Map.entry("hopeful", Set.of("that")),
      Map.entry("convinced", Set.of("that")), Map.entry("adamant", Set.of("that")),
      Map.entry("opposed", Set.of("to")), Map.entry("eager", Set.of("to")),
      Map.entry("willing", Set.of("to")), Map.entry("unwilling", Set.of("to")),
      Map.entry("reluctant", Set.of("to")), Map.entry("determined", Set.of("to")),
      Map.entry("angry", Set.of("about", "that")), Map.entry("upset", Set.of("about", "that")));

  /** Verbs that link a subject to its stance as "be" does: "remains opposed to", "seemed eager to". */
  private static final Set<String> LINKING =
      Set.of("remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared");

  /**
   * Whether unit k is a stance adjective after a form of "be" or a linking verb (adverbs between), with
   * its introducing word after it: the adjective is then the cue of its subject's stance.
   */
  private boolean stanceAdjective(int k) {
    String next = lower(k + 1);
    if (!(next.equals("of") || next.equals("about") || next.equals("that") || next.equals("to"))) {
      return false; // (most words: checked before the look-up, which every word of a sentence reaches)
    }
    Set<String> introducers = t.isLowerCase(u[k]) ? STANCE_ADJECTIVES.get(lower(k)) : null;
    if (introducers == null || !introducers.contains(lower(k + 1))) {
      return false;
    }
    int b = k - 1;
    while (isWord(b) && lower(b).endsWith("ly") && t.isLowerCase(u[b]) || is(b, "very") || is(b, "so") || is(b, "more")
        || is(b, "also") || is(b, "still") || is(b, "not")) {
      b--;
    }
    return isWord(b) && (PROGRESSIVE.contains(lower(b)) || LINKING.contains(lower(b))) && !is(b - 1, "it");
  }

  /**
   * Whether a quantity word at unit j is a subject on its own, opening its clause: "Some say …", "…,
   * but many argue …", where "the" or "his" before a verb would make it a noun ("the call").
   */
  private boolean quantityStandingAlone(int j) {
    return QUANTITY_WORDS.contains(lower(j)) && (subjectStart(j) || CLAUSE_OPENERS.contains(lower(j - 1)));
  }

  /** Words after which a noun phrase opens a clause of its own: "…, but friends say". */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("and", "but", "yet", "that", "when", "while", "because", "though", "although", "if", "as",
          "since", "so", "whether", "after", "before", "even", "until", "unless", "where");

  /**
   * "Friends say …", "Election scholars caution …", "Four in 10 voters see …": a plural common noun
   * that none of the word lists know, with its modifiers, opening a clause before a verb in its
   * plural form ("say", "said", not "says"); the first unit of the phrase, or -1.
   */
  private int pluralSubject(int j, int k) {
    String head = lower(j);
    String verb = lower(k);
    if (!t.isLowerCase(u[j]) || !head.endsWith("s") || head.endsWith("ss") || head.endsWith("us")
        || head.endsWith("'s") || head.endsWith("’s") || head.length() < 4 || FUNCTION_WORDS.contains(head)
        || SpeechVerbs.of(head) != null || TIME_WORDS.contains(head) || OBJECT_PRONOUNS.contains(head)
        || verb.endsWith("s") || verb.endsWith("ing")) {
      return -1;
    }
    int from = j;
    while (from > 0 && j - from < 8) {
      int p = from - 1;
      String w = lower(p);
      if (!isWord(p)) {
        break;
      }
      boolean quantityLink = (w.equals("in") || w.equals("of")) && isWord(p - 1)
          && (QUANTITY_LEADS.contains(lower(p - 1)) || Character.isDigit(lower(p - 1).charAt(0)));
      if (SpeakerResolver.DETERMINERS.contains(w) || t.isPossessive(u[p])) {
        from = p;
        break;
      }
      if (quantityLink || !FUNCTION_WORDS.contains(w) && !PRONOUNS.contains(w) && !FINITE.contains(w)
          && !(t.isLowerCase(u[p]) && SpeechVerbs.of(w) != null) && !w.endsWith("ly")) {
        from = p;
      } else {
        break;
      }
    }
    boolean opensClause = from == 0 || isQ(from - 1) || isPunct(from - 1, ',') || isPunct(from - 1, ';')
        || isPunct(from - 1, ':') || isDash(from - 1) || CLAUSE_OPENERS.contains(lower(from - 1));
    return opensClause ? from : -1;
  }

  /**
   * Whether unit k looks like a verb rather than a word of a noun phrase: a lower-case past form
   * ("took", "passed") or an -s form before a determiner or pronoun ("represents their").
   */
  private boolean verbForm(int k) {
    String w = lower(k);
    if (!isWord(k) || !t.isLowerCase(u[k])) {
      return false;
    }
    return w.endsWith("ed") && !SpeakerResolver.DETERMINERS.contains(lower(k - 1)) || IRREGULAR_PAST.contains(w)
        || w.endsWith("s") && isWord(k + 1) && (SpeakerResolver.DETERMINERS.contains(lower(k + 1))
            || OWNER_PRONOUNS.contains(lower(k + 1)) || OBJECT_PRONOUNS.contains(lower(k + 1)));
  }

  /** Prepositions and relatives that end the head of a long subject: "a study by …", "voters who …". */
  private static final Set<String> HEAD_ENDS =
      Set.of("of", "in", "on", "at", "by", "from", "for", "with", "to", "about", "across", "around",
          "among", "who", "whose", "whom", "which", "that", "going", "including", "like");

  /**
   * "Large majorities of Republican primary voters in six states going to the polls said", "A study
   * by Vanderbilt University found", "The billionaire real estate magnate says": a subject too long
   * or too plain for the other rules, opening its clause and running up to the verb with no verb,
   * comma or quote of its own. Returns its head phrase ("Large majorities", "A study"), or null.
   */
  private int[] longSubject(int j) {
    if (HEAD_ENDS.contains(lower(j)) || FUNCTION_WORDS.contains(lower(j)) || verbForm(j)) {
      return null;
    }
    int from = j;
    while (from > 0 && j - from < 20 && isWord(from - 1) && !FINITE.contains(lower(from - 1))
        && !CLAUSE_OPENERS.contains(lower(from - 1)) && !verbForm(from - 1)
        && !(t.isLowerCase(u[from - 1]) && SpeechVerbs.of(lower(from - 1)) != null)
        && !(PRONOUNS.contains(lower(from - 1)) && !HEAD_ENDS.contains(lower(from - 1)))) {
      from--;
    }
    if (from == j) {
      return null;
    }
    boolean opensClause = from == 0 && !SUBORDINATE_LEADS.contains(lower(0)) || isQ(from - 1)
        || isPunct(from - 1, ';') || isDash(from - 1) || CLAUSE_OPENERS.contains(lower(from - 1))
        || isPunct(from - 1, ',') && subjectStart(from);
    String first = lower(from);
    boolean nominal = SpeakerResolver.DETERMINERS.contains(first) || QUANTITY_LEADS.contains(first)
        || Character.isDigit(first.charAt(0)) || t.isPossessive(u[from]) || nameLike(from) || npWord(from)
        || t.isCapitalised(u[from]);
    if (!opensClause || !nominal || SUBORDINATE_LEADS.contains(first) && !SpeakerResolver.DETERMINERS.contains(first)) {
      return null;
    }
    int head = from;
    while (head < j && !HEAD_ENDS.contains(lower(head + 1))) {
      head++;
    }
    if (is(head + 1, "of") && (QUANTITY_WORDS.contains(t.stem(u[head])) || QUANTITY_LEADS.contains(lower(head)))) {
      head = Math.min(j, head + 2); // "most of them", "all of whom", "74 percent of voters"
    }
    return speakerHead(from, head) || SpeakerResolver.DETERMINERS.contains(first) ? new int[] {from, head} : null;
  }

  /** "A White House official who spoke anonymously … said": the phrase before the relative pronoun. */
  private int[] relativeSubject(int j) {
    for (int i = j; i > 0 && j - i <= 14; i--) {
      if (!isWord(i) || isWord(i) && t.isLowerCase(u[i]) && SpeechVerbs.of(lower(i)) != null && !is(i - 1, "who")) {
        return null;
      }
      if (is(i, "who")) {
        int from = npBack(i - 1);
        return from >= 0 && !PRONOUNS.contains(lower(i - 1)) && subjectStart(from) ? new int[] {from, i - 1} : null;
      }
    }
    return null;
  }

  /**
   * The quote that resumes a split quotation after its attribution (after a comma or colon, before
   * the sentence ends and before any other speech verb), or -1.
   */
  private int trailingQuote(int from) {
    for (int p = from; p < m && p - from <= 30; p++) {
      if (isQ(p)) {
        return isPunct(p - 1, ',') || isPunct(p - 1, ':') ? p : -1;
      }
      if (isSentenceEnd(p) || isWord(p) && t.isLowerCase(u[p]) && SpeechVerbs.of(lower(p)) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the quote at unit k is a short title inside a phrase: on Fox News's “Hannity,” Gingrich said. */
  private boolean titleQuote(int k) {
    int span = -u[k] - 1;
    return isWord(k - 1) && q.close[span] - q.open[span] <= 6;
  }

  /**
   * Whether the quote at unit k closes on a full stop: after {@code "…policy." The network said it
   * would …} the words after the verb are the network's own, not the quote.
   */
  private boolean quoteEndsSentence(int k) {
    if (!isQ(k)) {
      return false;
    }
    int close = q.close[-u[k] - 1];
    return t.isPunct(close - 1, '.');
  }

  /** Whether nothing but a phrase of time or place follows the verb before the clause ends. */
  private boolean clauseEndsAfter(int k, SpeechVerbs.Verb verb) {
    if (verb.tell()) {
      int end = npForward(k, true);
      if (end >= 0) {
        k = end + 1;
      }
    }
    if (isClauseEnd(k)) {
      return true;
    }
    if (!isWord(k) || !PHRASE_LEADS.contains(lower(k))) {
      return false;
    }
    for (int i = k; i < m; i++) {
      if (isClauseEnd(i)) {
        return true;
      }
      if (isQ(i) || is(i, "that") && !relativeThat(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether unit a is an "as" opening its clause ("As Clyburn noted, …", "But as the paper noted, …",
   * "…, and as Comey noted, …"), not one inside a clause ("smiled as reporters asked").
   */
  private boolean opensAsClause(int a) {
    return is(a, "as") && (a == 0 || isPunct(a - 1, ',') || isDash(a - 1) || isPunct(a - 1, '(')
        || a == 1 && SENTENCE_CONJUNCTIONS.contains(lower(0)));
  }

  /**
   * The comma that closes a speech verb's "as" clause, after the person told and a phrase of time or
   * place ("told the Daily News,", "noted on Tuesday,", "pointed out,"), or -1.
   */
  private int commaClosingVerb(int k, SpeechVerbs.Verb verb) {
    if (is(k, "out")) {
      k++;
    }
    if (verb.tell() && isWord(k) && npForward(k, true) >= 0) {
      k = npForward(k, true) + 1;
    }
    if (isWord(k) && PHRASE_LEADS.contains(lower(k))) {
      int i = k + 1;
      while (i < m && i - k < 8 && isWord(i) && SpeechVerbs.of(lower(i)) == null) {
        i++;
      }
      k = i;
    }
    return isPunct(k, ',') ? k : -1;
  }

  /** What a source asks to stay: "identified", "named", "quoted", "cited" (not to be). */
  private static final Set<String> ANONYMOUS = Set.of("identified", "named", "quoted", "cited", "disclosed");

  /**
   * The unit after a wish for anonymity that starts at unit k, "to be identified" after "declined" or
   * "not to be named" after "asked" (the source's wish, which news states beside its words and which
   * is none of them), or -1 when the words from k are no such wish.
   */
  private int afterAnonymityWish(int k) {
    int i = is(k, "not") ? k + 1 : k;
    return is(i, "to") && is(i + 1, "be") && isWord(i + 2) && ANONYMOUS.contains(lower(i + 2)) ? i + 3 : -1;
  }

  /** Content after the verb: {start unit, end unit, first content unit} or null. */
  private int[] contentAfter(int k, SpeechVerbs.Verb verb) {
    if (timeThat(k)) {
      k += 2; // "said that morning that …", "said that night.": a time, then what was said, if anything
    }
    if ((is(k, "out") || is(k, "up")) && !isSentenceEnd(k + 1)) {
      k++; // "pointed out that", "spoke up for"
    }
    if (isWord(k) && t.isLowerCase(u[k]) && lower(k).endsWith("ly")
        && (is(k + 1, "of") || is(k + 1, "about") || is(k + 1, "that") || isPunct(k + 1, ':') || isQ(k + 1))) {
      k++; // "spoke favorably of", "has said repeatedly “…”"
    }
    if (FOR_VERBS.contains(verb.lemma()) && isWord(k)
        && (WEEKDAYS.contains(lower(k)) || ADVERBS_BEFORE_FOR.contains(lower(k)))
        && (is(k + 1, "for") || is(k + 1, "on") || is(k + 1, "upon"))) {
      k++; // "called Wednesday for …", "called again for …"
    }
    if ((is(k, "for") && FOR_VERBS.contains(verb.lemma()) || is(k, "with") && WITH_VERBS.contains(verb.lemma()))
        && !TIME_WORDS.contains(lower(k + 1))
        || (is(k, "on") || is(k, "upon")) && verb.lemma().equals("call")) {
      int start = k + 1; // "called for a ban", "called on Congress to act"
      int end = start;
      for (int i = start; i < m && !(isPunct(i, ',') && trailingAttribution(i + 1)); i++) {
        end = i;
      }
      while (end > start && u[end] >= 0 && t.kind[u[end]] == Tokens.PUNCT) {
        end--;
      }
      return end >= start && !isSentenceEnd(start) ? new int[] {start, end, start} : null;
    }
    if (verb.lemma().equals("continue") && is(k, "to") && !(isWord(k + 1) && SpeechVerbs.of(lower(k + 1)) != null)) {
      // "continues to insist that …" goes on saying; "continues to trail Clinton", "continued to grow"
      // say nothing
      return null;
    }
    if (verb.lemma().equals("compare") && (is(k, "with") || is(k, "to"))) {
      return null; // "totaled 17.8 billion dlrs compared with 18.3 billion": figures, where "compared Trump to …" speaks
    }
    if (verb.lemma().equals("declare") && declaresThing(k)) {
      return null; // "its board declared a three-for-two stock split", "declared a dividend of 15 cts"
    }
    if (verb.lemma().equals("offer") && offersDeal(k)) {
      // "offered to buy USAir for 52 dlrs", "will offer a 20-point lubrication", "offered shares to the
      // public": a deal offered carries no words, where "offered his early assessment" does.
      return null;
    }
    if (verb.lemma().equals("vote") && !is(k, "for") && !is(k, "against")) {
      return null; // "voted in the primary", "voted to adjourn": a vote states only whom it is for or against
    }
    if (verb.topic() && !(is(k, "about") || is(k, "of") || is(k, "that") || isPunct(k, ':') || isQ(k)
        || isPunct(k, ',') && isQ(k + 1))) {
      return null;
    }
    boolean naming = verb.lemma().equals("call") && namesWhatItCalls(k);
    if (verb.lemma().equals("call") && !naming && isWord(k)) {
      // "called an emergency session of parliament", "called a strike to cancel the measures",
      // "called in a conciliator": a call made or a meeting convened carries no words; "call" reports
      // only a name given (above: "called for", "called on").
      return null;
    }
    if (verb.lemma().equals("add") && isWord(k) && !is(k, "that") && !clauseWithVerb(k) && !addsRemark(k)) {
      // "will add 300 jobs", "the Fed may add the reserves directly", "adding to its debt", "the
      // nation has added 178,000 jobs", "Social media has added another link": what is added is a
      // thing, not a statement, unless a clause with a verb of its own follows ("adding banks were
      // capable of …", "he added the economy was weak") or the thing is a remark (below).
      return null;
    }
    int addressee = verb.tell() && !naming && isWord(k) && !INTRODUCERS.contains(lower(k)) ? npForward(k, true) : -1;
    boolean clauseAfterAddressee = addressee >= 0 && !is(addressee + 1, "that") && clauseAt(addressee + 1);
    if (clauseAfterAddressee) {
      k = addressee + 1; // "Podesta told the AP his firm worked …", "told him she worries …"
    } else if (verb.tell() && !naming && isWord(k) && !INTRODUCERS.contains(lower(k))) {
      // The person spoken to, up to the word that introduces what was said: "told Russian leader
      // Vladimir Putin that …", "exhorted the countries sharing the same ideas to …".
      int i = k;
      while (i < m && i - k < 8 && isWord(i) && !INTRODUCERS.contains(lower(i))
          && !(i > k && PHRASE_LEADS.contains(lower(i)))) {
        i++;
      }
      if (i == k) {
        return null;
      }
      k = i;
      if (!INTRODUCERS.contains(lower(k)) && !isPunct(k, ':') && !(isPunct(k, ',') && isQ(k + 1))
          && !isQ(k) && !(isWord(k) && PHRASE_LEADS.contains(lower(k)))) {
        return null;
      }
    }
    int start;
    if (naming || clauseAfterAddressee) {
      start = k; // what is named and what it is called: "called him divisive"; the clause told
    } else if (is(k, "that") && !relativeThat(k) || isPunct(k, ':') || is(k, "of") || is(k, "about")) {
      start = k + 1;
    } else if (isPunct(k, ',') && isQ(k + 1)) {
      start = k + 1;
    } else if (isQ(k)) {
      start = k;
    } else if (is(k, "this") && !TIME_WORDS.contains(lower(k + 1)) && clauseAt(k)) {
      start = k; // "said this provides …": a subject, not "this week"
    } else if (isWord(k) && PHRASE_LEADS.contains(lower(k))) {
      start = -1;
      for (int i = k; i < Math.min(m, k + 12) && !isSentenceEnd(i); i++) {
        if (i > k && isWord(i) && t.isLowerCase(u[i]) && SpeechVerbs.of(lower(i)) != null
            && SpeechVerbs.of(lower(i)).participle()) {
          // "concludes with footage of Trump saying, “…”": the words are the inner verb's. ("said in
          // a tweet that …" goes on: there "tweet" is a noun.)
          return null;
        }
        if (timeThat(i)) {
          i++; // "said in his victory speech that night": a time, not what was said
          continue;
        }
        if (is(i, "that") && !relativeThat(i) || isPunct(i, ':')) {
          start = i + 1;
          break;
        }
        if (is(i, "that")) {
          return null;
        }
        if (isPunct(i, ',') && isQ(i + 1)) {
          start = i + 1;
          break;
        }
        if (isPunct(i, ',') && isWord(i + 1) && nameLike(i + 1) && isPunct(i + 2, ',') && isWord(i - 1) && nameLike(i - 1)) {
          i += 2; // "says at a campaign stop in Toledo, Ohio, that …": the place's state
          continue;
        }
        if (is(i, "to") && timePhrase(k, i) && infinitiveAt(i + 1)) {
          start = i; // "vowed last month to take his campaign …", "pledged on Monday to …"
          break;
        }
        if (isPunct(i, ',') || isQ(i)) {
          break;
        }
      }
      if (start < 0) {
        start = clauseAfterPhrase(k);
      }
      if (start < 0) {
        return null;
      }
    } else if (isWord(k) && (INTRODUCERS.contains(lower(k)) || !verb.tell() && !verb.needsClause()
        || verb.needsClause() && !verb.tell() && (clauseStart(k) || seenAs(k)))) {
      start = k;
    } else {
      return null;
    }
    if (isPunct(start, ',') && is(start - 1, "that") && !isSentenceEnd(start + 1)) {
      start++; // "said that, if elected, he would …"
    }
    if (isPunct(start, ',') || isSentenceEnd(start)) {
      return null;
    }
    int end = start;
    for (int i = start; i < m; i++) {
      if (isPunct(i, ',') && trailingAttribution(i + 1) || naming && (coordinatedVerb(i) || isPunct(i, '('))) {
        break;
      }
      end = i;
      if (quoteEndsClause(i) && is(i + 1, "according") && is(i + 2, "to")) {
        break; // "compared it to a “root canal,” according to …": the comma is inside the quote
      }
    }
    while (end > start && u[end] >= 0 && t.kind[u[end]] == Tokens.PUNCT) {
      end--;
    }
    if (end < start || u[end] >= 0 && t.kind[u[end]] == Tokens.PUNCT) {
      return null;
    }
    return new int[] {start, end, start};
  }

  /** Whether units [from, to) are a phrase of time alone: "last month", "on Monday", "earlier this year". */
  private boolean timePhrase(int from, int to) {
    if (to - from < 1 || to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isWord(i)) {
        return false;
      }
    }
    return TIME_WORDS.contains(lower(to - 1)) || is(to - 1, "yesterday") || is(to - 1, "today");
  }

  /**
   * Whether unit k can be the verb of an infinitive after "to": a lower-case word that is no
   * determiner, pronoun or plural noun ("to take", not "to reporters", "to the crowd").
   */
  private boolean infinitiveAt(int k) {
    if (!isWord(k) || !t.isLowerCase(u[k])) {
      return false;
    }
    String w = lower(k);
    return !SpeakerResolver.DETERMINERS.contains(w) && !OBJECT_PRONOUNS.contains(w) && !OWNER_PRONOUNS.contains(w)
        && !(w.endsWith("s") && !w.endsWith("ss")) && Character.isLetter(w.charAt(0));
  }

  /**
   * Whether unit k, a word of time, is a name: capitalised where a day or a part of it would not be,
   * and one of the article's names ("Kristen Day, executive director …" then "Day said …").
   */
  private boolean surnameOfTime(int k) {
    return !t.isLowerCase(u[k]) && !WordLists.MONTHS.contains(lower(k)) && !WEEKDAYS.contains(lower(k))
        && names.namesKnownPerson(u[k]);
  }

  /**
   * Whether the "that" at unit k points at a time closing its clause or before what was said ("said
   * that night.", "told reporters that morning, …", "said that morning that …"), rather than opening
   * what was said.
   */
  private boolean timeThat(int k) {
    return is(k, "that") && isWord(k + 1) && TIME_WORDS.contains(lower(k + 1))
        && (isClauseEnd(k + 2) || is(k + 2, "that"));
  }

  /** What someone adds that is words of theirs: "added a caveat", "added a note of caution". */
  private static final Set<String> REMARKS =
      Set.of("caveat", "caveats", "caution", "warning", "note", "comment", "comments", "remark", "remarks",
          "qualification", "proviso", "plea", "word");

  /** Words of a deal: what is offered for money, or for shares. */
  private static final Set<String> DEAL_WORDS =
      Set.of("share", "shares", "stock", "stocks", "dlrs", "dollars", "dlr", "securities", "bonds", "notes",
          "debentures", "units", "pct", "percent", "price", "cash", "loans", "debt", "rate", "raise", "rise",
          "subsidy", "wages", "warrants", "paper");

  /** What an offer "to" do is when it is a deal: "offered to buy USAir". */
  private static final Set<String> DEAL_VERBS =
      Set.of("buy", "acquire", "purchase", "pay", "sell", "repurchase", "merge", "raise", "sweeten", "cut",
          "invest", "lend", "finance", "exchange", "swap", "redeem");

  /**
   * What is declared when a declaration is a company's act, not words: a dividend, a split. (News
   * reports "declared war on …" and "declared bankruptcy" as attributions, and so does PolNeAR.)
   */
  private static final Set<String> DECLARED_ACTS =
      Set.of("dividend", "dividends", "split", "payout", "distribution", "distributions", "cts");

  /**
   * Whether what is declared from unit k is a company's act ({@link #DECLARED_ACTS}, or shares and
   * money) within the next eight words of the clause, and no clause of its own follows ("declared he
   * could not support …" is words).
   */
  private boolean declaresThing(int k) {
    return !(is(k, "that") || isPunct(k, ':') || isQ(k) || clauseWithVerb(k))
        && wordWithin(k, 8, i -> DECLARED_ACTS.contains(lower(i)) || DEAL_WORDS.contains(lower(i)));
  }

  /**
   * Whether what is offered from unit k is a deal, not words: an amount, shares or money within the
   * next eight words of the clause ("offered up to 200 mln dlrs of debt securities", "will offer a
   * 20-point lubrication"; a number in a name, "Super Bowl 50", is none), or an offer to buy, pay or
   * merge.
   */
  private boolean offersDeal(int k) {
    return is(k, "to") && isWord(k + 1) && DEAL_VERBS.contains(lower(k + 1))
        || wordWithin(k, 8, i -> Character.isDigit(lower(i).charAt(0)) && !nameLike(i - 1) || DEAL_WORDS.contains(lower(i)));
  }

  /** Whether a word of the clause from unit k, within its next {@code units} units, passes the test. */
  private boolean wordWithin(int k, int units, IntPredicate test) {
    for (int i = k; i < m && i - k < units && !isClauseEnd(i); i++) {
      if (isWord(i) && test.test(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what is added from unit k is a remark ({@link #REMARKS}) or words that a colon then
   * gives ("added a caveat: …"), within four words.
   */
  private boolean addsRemark(int k) {
    for (int i = k; i < m && i - k < 5 && !isClauseEnd(i); i++) {
      if (isPunct(i, ':') || isWord(i) && REMARKS.contains(lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of its own follows unit k within its clause (up to a comma or the sentence's end,
   * at most twelve units): an auxiliary or a form of "be" or "have", a past tense ("grew", "expected"),
   * or a present tense after a pronoun, a name or a determiner and a noun ("this reflects", "Japan
   * wants", "the company controls"; not "the reserves directly", where the plural is the object).
   */
  private boolean clauseWithVerb(int k) {
    boolean inParentheses = false;
    for (int i = k; i < m && i - k < 12 && !(isClauseEnd(i) && !(inParentheses && isPunct(i, ')'))); i++) {
      if (!isWord(i)) {
        inParentheses |= isPunct(i, '('); // "an accord with the International Monetary Fund (IMF) could …"
        continue; // "1987/88"
      }
      String w = lower(i);
      if (i > k && t.isLowerCase(u[i]) && (FINITE.contains(w) || IRREGULAR_PAST.contains(w)
          || w.endsWith("ed") && w.length() > 4 && !FUNCTION_WORDS.contains(w))) {
        return true;
      }
      boolean subjectBefore = i == k + 1 && (CLAUSE_SUBJECTS.contains(lower(k)) || nameLike(k))
          || i == k + 2 && SpeakerResolver.DETERMINERS.contains(lower(k)) && isWord(k + 1) && !lower(k + 1).endsWith("s");
      if (subjectBefore && t.isLowerCase(u[i]) && w.endsWith("s") && !w.endsWith("ss")) {
        return true; // "this reflects", "Japan wants", "the company controls"
      }
    }
    return false;
  }

  /**
   * Whether a short object from unit k goes on with "as" and what it is taken for: "see golf courses
   * as wasted space", "views itself as a leader", which say what someone thinks of it.
   */
  private boolean seenAs(int k) {
    for (int i = k + 1; i < m && i - k <= 5 && isWord(i); i++) {
      if (is(i, "as")) {
        return !isSentenceEnd(i + 1) && !is(i + 1, "well") && !is(i + 1, "soon") && !is(i + 1, "long");
      }
      if (FUNCTION_WORDS.contains(lower(i)) && !is(i, "and") && !is(i, "of")) {
        return false;
      }
    }
    return false;
  }

  /** Pronouns that can be what a speaker calls something: "called him divisive", "called it a mistake". */
  private static final Set<String> NAMED_PRONOUNS =
      Set.of("him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me", "us", "you");

  /** Words after "called him" that make it a call made or a summons: "called him back", "called it off". */
  private static final Set<String> CALL_PARTICLES =
      Set.of("back", "up", "out", "off", "in", "on", "to", "for", "at", "from", "about", "over", "into",
          "and", "or", "but", "with", "again", "quits");

  /**
   * Whether unit i joins a second verb of the same subject: "called him divisive and accused him of
   * …", where the name given ends (as it does before a parenthesis).
   */
  private boolean coordinatedVerb(int i) {
    String next = lower(i + 1);
    return (is(i, "and") || is(i, "but")) && isWord(i + 1) && t.isLowerCase(u[i + 1])
        && (SpeechVerbs.of(next) != null || next.endsWith("ed") || IRREGULAR_PAST.contains(next));
  }

  /**
   * Whether "call" at unit k - 1 names something rather than makes a call ("called 911", "called a
   * meeting"): a pronoun and what it is called ("called him divisive", "called it “a disgrace”"), a
   * phrase and its quoted name ("called undocumented immigrants from Mexico “rapists”", "called North
   * Korea's “reckless” actions"), or a phrase and an indefinite noun phrase ("calling Trump a fascist",
   * "called climate change a hoax"). An indefinite object is a call made or a meeting convened ("called
   * an emergency session of parliament") unless a name follows it or is quoted ("what she called a
   * “rant”").
   */
  private boolean namesWhatItCalls(int k) {
    if (is(k - 1, "called") && isWord(k - 2) && t.isLowerCase(u[k - 2]) && (is(k - 3, "a") || is(k - 3, "an"))) {
      return false; // "a man called Smith": the name someone goes by
    }
    if (isWord(k) && NAMED_PRONOUNS.contains(lower(k))) {
      return isQ(k + 1) || isWord(k + 1) && !CALL_PARTICLES.contains(lower(k + 1))
          && !PHRASE_LEADS.contains(lower(k + 1)) && !TIME_WORDS.contains(lower(k + 1));
    }
    boolean indefinite = is(k, "a") || is(k, "an");
    if (indefinite && (isQ(k + 1) || isWord(k + 1) && isQ(k + 2))) {
      return true; // "what she called a “rant”"
    }
    for (int i = k; i < m && i - k <= 14 && !indefinite; i++) {
      if (isQ(i)) {
        return i > k; // "called the assault that killed five officers “an attack on our country”"
      }
      if (!isWord(i) && isClauseEnd(i) || i == k && CALL_PARTICLES.contains(lower(i))) {
        break; // (an amount goes on: "called Ford's plans to open a $1.6 billion plant “a disgrace”")
      }
    }
    for (int i = k + 1; i < m && i - k <= 8 && isWord(i); i++) {
      if ((is(i, "a") || is(i, "an")) && (isWord(i + 1) || isQ(i + 1))) {
        return true; // "called climate change a hoax", "calls a screaming protester a “fascist”"
      }
      if (FUNCTION_WORDS.contains(lower(i)) && !is(i, "of")) {
        return false; // "called Democratic bigwigs to the stage"
      }
    }
    return false;
  }

  /**
   * The first unit of a clause that follows a phrase of time, place or manner without "that": "said
   * on Friday he met …", "said in an interview Trump would …"; -1 when none follows within a few words.
   */
  private int clauseAfterPhrase(int k) {
    for (int i = k + 1; i < m && i - k <= 8; i++) {
      if (isQ(i) || isSentenceEnd(i) || is(i, "that") || isPunct(i, ';')) {
        return -1;
      }
      if (isWord(i) && SpeechVerbs.of(lower(i)) != null && t.isLowerCase(u[i])) {
        return -1;
      }
      if (!isWord(i) || is(i - 1, "of") || SpeakerResolver.DETERMINERS.contains(lower(i - 1)) || inDate(i)) {
        continue;
      }
      if (clauseAt(i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether unit k is a month beside its day or year, or the number beside the month: "on April 10". */
  private boolean inDate(int k) {
    return isWord(k) && (names.dated(u[k]) || Character.isDigit(lower(k).charAt(0))
        && (isWord(k - 1) && names.dated(u[k - 1]) || isWord(k + 1) && names.dated(u[k + 1])));
  }

  /** Finite verb forms that show a subject stands before them. */
  private static final Set<String> FINITE =
      Set.of("will", "would", "could", "can", "should", "may", "might", "must", "is", "was", "are", "were",
          "has", "had", "have", "does", "did", "won't", "wouldn't", "can't", "isn't", "wasn't", "doesn't",
          "didn't", "hasn't", "haven't", "aren't", "weren't", "shouldn't", "couldn't");

  /**
   * Whether a clause with its own subject and verb starts at unit k: a subject pronoun, or a
   * determiner, name or group phrase followed within a few words by a finite verb.
   */
  private boolean clauseAt(int k) {
    if (!isWord(k)) {
      return false;
    }
    String w = withoutAuxiliary(lower(k));
    if (w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we") || w.equals("i")
        || w.equals("there") || w.equals("it")) {
      return isWord(k + 1);
    }
    if (!(SpeakerResolver.DETERMINERS.contains(w) || w.equals("this") || nameLike(k) || GROUPS.contains(w)
        || npWord(k))) {
      return false;
    }
    for (int i = k + 1; i < m && i - k <= 5 && isWord(i); i++) {
      String v = lower(i);
      if (FINITE.contains(v)) {
        return true;
      }
      if (t.isLowerCase(u[i]) && (v.endsWith("ed") || v.endsWith("s") && !v.endsWith("ss") && !v.endsWith("us")
          && !v.endsWith("'s") && !v.endsWith("’s")) && !FUNCTION_WORDS.contains(v) && i > k) {
        // A lower-case -ed or -s word after the phrase's first word: a verb ("Trump wants", "it
        // worked") or a plural head ("the ads ran"); in both cases a clause is under way.
        return !PHRASE_LEADS.contains(v);
      }
      if (FUNCTION_WORDS.contains(v)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether unit k opens a clause without "that": "they believe Beijing has …", "I think it's good".
   * A subject pronoun, a determiner or a name is the clause's subject.
   */
  private boolean clauseStart(int k) {
    String w = lower(k);
    return CLAUSE_SUBJECTS.contains(w) || CLAUSE_SUBJECTS.contains(withoutAuxiliary(w)) || SpeakerResolver.DETERMINERS.contains(w) && !w.equals("one")
        || nameLike(k) || GROUPS.contains(w);
  }

  /** "a meeting that showed …": a "that" followed by a verb starts a relative clause, not content. */
  private boolean relativeThat(int k) {
    int next = k + 1;
    if (!isWord(next) || !t.isLowerCase(u[next])) {
      return false;
    }
    String w = lower(next);
    return !SpeakerResolver.DETERMINERS.contains(w) && !PRONOUNS.contains(w) && !GROUPS.contains(w)
        && !w.equals("there") && !w.equals("if") && !w.equals("when") && !w.equals("while")
        && !w.equals("in") && !w.equals("after") && !npWord(next)
        && (w.endsWith("ed") || SpeechVerbs.of(w) != null && !w.endsWith("s") || w.equals("is")
            || w.equals("was") || w.equals("will") || w.equals("would") || w.equals("has")
            || w.equals("had") || w.equals("could") || w.equals("can"));
  }

  /** Whether a clause starting at unit k attributes what precedes it: ", Putin said", ", adding". */
  private boolean trailingAttribution(int k) {
    if (is(k, "according") && is(k + 1, "to")) {
      return true;
    }
    if (isWord(k) && t.isLowerCase(u[k]) && SpeechVerbs.of(lower(k)) != null) {
      return true; // ", adding that", ", said Xi"
    }
    if (!isWord(k) || !(nameLike(k) || npWord(k) || PRONOUNS.contains(lower(k))
        || SpeakerResolver.DETERMINERS.contains(lower(k)) || t.isPossessive(u[k]))) {
      return false;
    }
    for (int i = k + 1; i < m && i - k <= 7 && isWord(i); i++) {
      if (is(i, "who") || is(i, "which")) {
        return false; // "…, Florida who were voting as independents …": a relative clause, no attribution
      }
      if (t.isLowerCase(u[i]) && SpeechVerbs.of(lower(i)) != null) {
        return clauseEndsAfter(i + 1, SpeechVerbs.of(lower(i)));
      }
    }
    return false;
  }

  /**
   * Content before the speaker: from the sentence start to the comma before unit k. The speaker's
   * phrase must be set off from those words by a comma, a dash, a colon or a quote, also after a few
   * words that describe it ("\"…,\" former presidential candidate Herman Cain said"); a phrase right
   * after other words is their object, not a speaker ("… could draw Trump support", "… find Mr. Trump
   * appealing").
   */
  private int[] contentBefore(int k) {
    int lead = k - 1;
    while (lead >= 0 && k - lead <= 3 && isWord(lead) && t.isLowerCase(u[lead]) && !FUNCTION_WORDS.contains(lower(lead))
        && SpeechVerbs.of(lower(lead)) == null && !OBJECT_PRONOUNS.contains(lower(lead))) {
      lead--;
    }
    if (lead >= 0 && !isQ(lead) && !isPunct(lead, ',') && !isPunct(lead, ':') && !isDash(lead)) {
      return null;
    }
    int end = lead;
    while (end >= 0 && (isPunct(end, ',') || isPunct(end, ':') || isPunct(end, '\u2014') || isPunct(end, '-'))) {
      end--;
    }
    if (end < 0) {
      return null;
    }
    int start = 0;
    if (isQ(end)) {
      // A quote right before the attribution is its content; anything before it too, when the
      // quote does not open the sentence ("Putin said he considers "…", Moscow Times reported").
      start = 0;
    } else if (end - start < 2) {
      return null;
    }
    return new int[] {start, end, start};
  }

  /** "according to X": returns the last unit it used, so X's words are not read as a verb. */
  private int according(int k, List<Attribution> out, List<int[]> speakers) {
    int end = npForward(k + 2, true);
    if (end < 0 || isWord(end + 1) && !isSentenceEnd(end + 1) || isPunct(end + 1, '/')) {
      end = sourceForward(k + 2);
    }
    if (end < 0) {
      return k;
    }
    if (unnamedReports(k + 2, end)) {
      return end; // "according to Russian media reports": nobody in particular speaks
    }
    int[] content;
    int lead = k;
    while (lead > 0 && isWord(lead - 1) && (is(lead - 1, "but") || is(lead - 1, "and"))) {
      lead--;
    }
    if (lead == 0) {
      int s = end + 1;
      while (isPunct(s, ',')) {
        s++;
      }
      content = isSentenceEnd(s) ? null : contentAfter(s, SpeechVerbs.of("say"));
    } else {
      content = contentBefore(lead);
      int s = end + 1;
      if (isPunct(s, ',') && !isSentenceEnd(s + 1)) {
        // "Now, according to the poll, some are swinging": what follows is what the source says.
        // "Most were confidential, according to an official, two were secret": the source stands
        // inside what it says, which runs on both sides of it.
        int[] rest = contentAfter(s + 1, SpeechVerbs.of("say"));
        if (rest != null && content == null) {
          content = rest;
        } else if (rest != null && clauseWithVerb(s + 1)) {
          content = new int[] {content[0], rest[1], content[2]}; // (not "…, according to Peskov, a spokesman")
        }
      }
    }
    if (content != null) {
      add(out, speakers, k, k + 2, end, content, true, false);
    }
    return end;
  }

  /** Whether a noun of speech or stance stands within a few words before unit k: "fears … that". */
  private boolean cueNounBefore(int k) {
    for (int i = k - 1; i >= 0 && k - i <= 6 && isWord(i); i--) {
      if (CUE_NOUNS.contains(lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Heads of sources that name nobody unless a name comes with them: "media reports", "accounts". */
  private static final Set<String> UNNAMED_SOURCE_HEADS =
      Set.of("reports", "accounts", "media", "rumors", "rumours", "speculation", "reporting");

  /** Whether units from..to are a source such as "Russian media reports", with no name in it. */
  private boolean unnamedReports(int from, int to) {
    if (!UNNAMED_SOURCE_HEADS.contains(lower(to))) {
      return false;
    }
    for (int i = from; i <= to; i++) {
      if (nameLike(i) && !WordLists.NATIONALITIES.contains(t.stem(u[i]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last unit of a source phrase after "according to", which may be any noun phrase: "a
   * declaration filed in federal court", "recent data from comScore", "press reports", also with a
   * relative clause ("a person who attended the meeting"). It runs to the clause's end, a dash or a
   * parenthesis, or returns -1 when a pronoun or quote shows it is not a plain phrase.
   */
  private int sourceForward(int k) {
    int end = -1;
    boolean relative = false;
    for (int i = k; i < m && i - k < 40; i++) {
      if (isClauseEnd(i) || isPunct(i, '(') || isDash(i)) {
        return end;
      }
      relative |= i > k && (is(i, "who") || is(i, "whose") || is(i, "which") || is(i, "that"));
      if (isPunct(i, '/') && isWord(i - 1) && isWord(i + 1)) {
        continue; // "a Reuters/Ipsos poll", "a New York Times/CBS News poll"
      }
      if (!isWord(i) || PRONOUNS.contains(lower(i)) && i > k && !relative || is(i, "and") && i == k) {
        return -1;
      }
      end = i;
    }
    return -1;
  }

  /**
   * The last unit of a described speaker after an inverted verb: {@code "…," said a longtime adviser
   * to Trump}, {@code said the younger Mr. Trump}: the determiner, then words up to a preposition,
   * a comma or the sentence's end; -1 when it runs into a verb or a quote.
   */
  private int describedForward(int k) {
    int end = -1;
    for (int i = k + 1; i < m && i - k <= 6; i++) {
      if (!isWord(i) || FUNCTION_WORDS.contains(lower(i)) || is(i, "close")) {
        break;
      }
      SpeechVerbs.Verb verb = t.isLowerCase(u[i]) ? SpeechVerbs.of(lower(i)) : null;
      boolean noun = verb != null && lower(i).equals(verb.lemma()) && i > k + 1;
      if (t.isLowerCase(u[i]) && (verb != null && !noun || FINITE.contains(lower(i)))) {
        return -1;
      }
      end = i;
      if (noun) {
        break; // "said another leading Supreme Court advocate": a base form after the phrase is its noun
      }
    }
    return end;
  }

  /**
   * The first unit of a name after a description without a determiner that an inverted verb opens
   * ({@code "…," said retired neurosurgeon Ben Carson}, {@code said master of ceremonies Asab
   * Al-Tabchi}): at most four lower-case words, none a verb or a function word but "of", then the
   * name; -1 otherwise.
   */
  private int nameAfterBareDescription(int k) {
    int i = k;
    while (i < m && i - k < 4 && (bareDescriptionWord(i) && (i > k || !is(i, "of"))
        || i > k && isWord(i) && t.isCapitalised(u[i]) && bareDescriptionWord(i + 1) && !is(i + 1, "of"))) {
      i++; // (a capitalised word inside the description: "undecided Republican voter Stephanie Hooton")
    }
    return i > k && isWord(i) && nameLike(i) && !is(i - 1, "of") && npForward(i, true) >= 0 ? i : -1;
  }

  /** A lower-case word that can describe a person before the name: no verb, pronoun or function word. */
  private boolean bareDescriptionWord(int i) {
    String w = lower(i);
    return isWord(i) && t.isLowerCase(u[i]) && (w.equals("of") || !FUNCTION_WORDS.contains(w)
        && SpeechVerbs.of(w) == null && !PRONOUNS.contains(w) && !OBJECT_PRONOUNS.contains(w)
        && !SpeakerResolver.DETERMINERS.contains(w) && !w.endsWith("ly"));
  }

  /**
   * The last unit of a name set off by a comma after a description ending at unit end ("a leading
   * advocate, Andrew J. Pincus of the law firm …", "the company's spokesman, John Smith."), or -1:
   * the description's head must be a common noun, and the name must end its clause or go on with
   * "of" or a parenthesis.
   */
  private int appositiveNameAfter(int end) {
    if (!isPunct(end + 1, ',') || !isWord(end) || !t.isLowerCase(u[end])) {
      return -1;
    }
    int i = end + 2;
    while (i < m && i - end - 2 < 4 && isWord(i) && nameLike(i) && !TIME_WORDS.contains(lower(i))
        && !t.isPossessive(u[i])) {
      i++;
    }
    boolean closes = isClauseEnd(i) || is(i, "of") || isPunct(i, '(') || isQ(i);
    return i > end + 2 && closes ? i - 1 : -1;
  }

  /**
   * "Asked by Matt Lauer whether she had practiced her speech, she said …", "When asked by a reporter
   * about …": the question is the asker's words, whatever the passive; the asker is the phrase after
   * "by" and the question opens with "whether", "if", "about" or "to" (a time phrase may stand
   * between). Other passives with "by" are no attribution (most name an agent, not a speaker).
   */
  private void askedBy(int k, List<Attribution> out, List<int[]> speakers) {
    int end = npForward(k + 2, true);
    if (end < 0 || OBJECT_PRONOUNS.contains(lower(k + 2))) {
      return;
    }
    int open = end + 1;
    while (isWord(open) && open - end <= 4 && !QUESTION_LEADS.contains(lower(open))
        && (PHRASE_LEADS.contains(lower(open)) || open > end + 1 && !FUNCTION_WORDS.contains(lower(open)))) {
      open++; // "asked by Ingraham on Thursday about …"
    }
    if (!isWord(open) || !QUESTION_LEADS.contains(lower(open))) {
      return;
    }
    int last = open;
    while (last + 1 < m && !isClauseEnd(last + 1)) {
      last++;
    }
    if (last > open) {
      add(out, speakers, k, k + 2, end, new int[] {open, last, open}, false, false);
    }
  }

  /**
   * Whether an attribution is a question put by someone who is not the clause's subject ("Asked by
   * Matt Lauer whether …, she said"): the asker is no antecedent for the pronoun that answers.
   */
  static boolean asker(Tokens t, Attribution a) {
    return t.lower[a.cue()].equals("asked") && a.cue() + 1 < t.size && t.lower[a.cue() + 1].equals("by");
  }

  /** Relative pronouns that can be the object of the verb after them: "which he describes as …". */
  private static final Set<String> RELATIVE_OBJECTS = Set.of("which", "whom", "what");

  /**
   * Whether unit k is a "that" opening a relative clause after a plain noun ("a bill that critics
   * called anti-gay"), not one after a verb or a noun of speech ("said that", "the claim that").
   */
  private boolean relativeThatAfterNoun(int k) {
    return is(k, "that") && isWord(k - 1) && t.isLowerCase(u[k - 1]) && !FUNCTION_WORDS.contains(lower(k - 1))
        && !PRONOUNS.contains(lower(k - 1)) && SpeechVerbs.of(lower(k - 1)) == null && !verbForm(k - 1)
        && !STANCE_NOUNS.containsKey(lower(k - 1));
  }

  /** Verbs that name or judge their object: "what officials called a hate crime". */
  private static final Set<String> NAMING_VERBS =
      Set.of("call", "describe", "think", "consider", "see", "believe", "label", "dub", "term",
          "characterize", "characterise", "portray", "deem", "view", "regard", "brand");

  /**
   * "Florida, which he describes as his second home", "what officials called a hate crime", "which
   * Mozloom thinks will lead to …": the object is the relative pronoun before the subject, so what is
   * named or judged runs from the pronoun to the end of the clause; null when no word follows the verb.
   */
  private int[] relativeObjectContent(int relative, int k) {
    int end = k;
    while (end + 1 < m && !isClauseEnd(end + 1) && !isDash(end + 1)) {
      end++;
    }
    return end > k ? new int[] {relative, end, relative} : null;
  }

  /** Words that open the question after "asked by X": "whether", "if", "about", "to". */
  private static final Set<String> QUESTION_LEADS = Set.of("whether", "if", "about", "to");

  /** "Xinhua quoted Xi as saying": the speaker is Xi, the outlet only relays. */
  private void quotedAsSaying(int k, List<Attribution> out, List<int[]> speakers) {
    int end = npForward(k + 1, true);
    if (end < 0 || !is(end + 1, "as") || !isWord(end + 2) || SpeechVerbs.of(lower(end + 2)) == null) {
      return;
    }
    int after = end + 3;
    int[] content = isSentenceEnd(after) || isPunct(after, ',') && !isQ(after + 1)
        ? contentBefore(findClauseStartBefore(k))
        : contentAfter(after, SpeechVerbs.of("say"));
    if (content != null) {
      add(out, speakers, k, k + 1, end, content, false, false);
    }
  }

  /** The first unit of the outlet phrase before a "quoted" verb, or the verb itself. */
  private int findClauseStartBefore(int k) {
    int j = k - 1;
    int from = npBack(j);
    return from >= 0 ? from : k;
  }

  private void add(List<Attribution> out, List<int[]> speakers, int cue, int npFrom, int npTo, int[] content,
      boolean relay, boolean inherited) {
    int cs = startOf(content[0]);
    int ce = endOf(content[1]);
    if (ce <= cs) {
      return;
    }
    out.add(new Attribution(u[cue], u[npFrom], u[npTo], cs, ce, relay, inherited, false,
        relativeUnit >= 0 ? u[relativeUnit] : -1));
    speakers.add(new int[] {npFrom, npTo});
  }

  /** Verbs that report words even inside someone else's reported words ("Xi said Putin told him"). */
  private static final Set<String> COMMUNICATION =
      Set.of("say", "tell", "claim", "deny", "insist", "argue", "warn", "announce", "add", "state",
          "declare", "write", "ask", "urge", "accuse", "admit", "acknowledge", "confirm", "reply",
          "respond", "explain", "note", "stress", "promise", "report", "inform", "assure", "remind",
          "advise", "notify", "brief", "concede", "reiterate", "remark", "assert", "allege", "tweet",
          "retort", "testify", "emphasize", "emphasise", "caution");

  /**
   * Drops stance verbs inside another attribution's content: in "Putin said Russia will … and oppose
   * any forces", Russia opposing is part of what Putin said, not a statement by Russia.
   */
  private void dropNested(List<Attribution> out) {
    out.removeIf(
        inner -> weak(t, inner) && out.stream().anyMatch(outer -> outer != inner
            && t.start[inner.cue()] >= outer.contentStart() && t.start[inner.cue()] < outer.contentEnd()));
  }

  /**
   * Whether an attribution rests on a verb of stance or action rather than of communication, on a
   * negated verb or on a borrowed subject: inside someone else's words it is part of them.
   */
  static boolean weak(Tokens t, Attribution a) {
    SpeechVerbs.Verb verb = SpeechVerbs.of(t.lower[a.cue()]);
    return a.inherited() || verb == null || !COMMUNICATION.contains(verb.lemma()) || negated(t, a.cue());
  }

  /**
   * Whether a negation stands within the three words before a cue token: inside someone's words,
   * "the Senate should not confirm a replacement" is part of them, not a statement of the Senate's.
   */
  private static boolean negated(Tokens t, int cue) {
    for (int i = cue - 1; i >= 0 && i >= cue - 3 && t.isWord(i); i--) {
      if (NEGATIONS.contains(t.lower[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Relaying outlets are not speakers of words the sentence already attributes to someone. A verb of
   * stance or action inside is no such attribution: in "most voters want a change, according to the
   * poll" the poll is the source, and what voters want is part of what it found.
   */
  private void dropRelays(List<Attribution> out) {
    out.removeIf(
        relay -> relay.relay()
            && out.stream().anyMatch(other -> other != relay && !other.relay() && !weak(t, other)
                && t.start[other.cue()] >= relay.contentStart() && t.start[other.cue()] < relay.contentEnd()));
  }
}
