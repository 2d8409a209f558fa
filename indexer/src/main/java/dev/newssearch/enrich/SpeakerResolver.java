package dev.newssearch.enrich;

import dev.newssearch.article.SpeakerKind;
import dev.newssearch.article.SpeakerNames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Turns the words that name or describe a speaker into one canonical speaker, within one article.
 *
 * <p>A first pass collects every capitalised name in the article with the titles and nationality
 * words in front of it ("Chinese President Xi Jinping"). Then a surname or an all-caps form expands to
 * the fullest name the article uses ("XI", "Jinping" → "Xi Jinping"), a description resolves to the
 * person it introduced ("the Chinese president" → Xi Jinping), and names that are places or contain
 * an organisation word are organisations ("Kiev", "TASS news agency"). Other forms of a name the
 * article gave are the same speaker: a company without its legal form ("American Express" for
 * "American Express Co"), by its initials ("TWA") or by a founder's surname ("Kodak"), and a person
 * by the surname with its particle ("du Plessis"). Only then does the corpus-wide
 * {@link AliasList} apply. One instance serves one article; it is not thread-safe.
 */
final class SpeakerResolver {

  /** A resolved speaker. */
  record Speaker(String name, SpeakerKind kind, boolean female) {}

  /** A name used in the article, with everything known about it. */
  private static final class Entity {
    final String name;
    final SpeakerKind kind;
    /** Its place among the article's names: of two mentioned at one token, the earlier found wins. */
    final int order;
    final Set<String> descriptors = new HashSet<>();
    final List<Integer> mentions = new ArrayList<>();
    /** An organisation's name of several tokens as the article first wrote it, in lower case; else null. */
    String[] words;
    boolean female;

    Entity(String name, SpeakerKind kind, int order) {
      this.name = name;
      this.kind = kind;
      this.order = order;
    }
  }

  static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
          "those", "another", "one", "some", "many", "several", "two", "three", "other", "both");

  /** Capitalised function and quantity words that start a sentence without naming anyone. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "when",
          "while", "if", "for", "with", "from", "by", "to", "of", "during", "since", "also", "this",
          "that", "these", "those", "there", "it", "he", "she", "they", "we", "i", "his", "her", "their",
          "its", "our", "my", "yet", "so", "then", "still", "meanwhile", "however", "although", "though",
          "throughout", "despite", "among", "about", "over", "under", "into", "what", "who", "why", "how",
          "where", "asked", "speaking", "according", "earlier", "later", "last", "next", "now", "today",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs",
          "besides", "unlike", "amid", "following", "without", "until", "unless", "because", "whether",
          "perhaps", "instead", "even", "just", "only", "once", "here", "not", "no", "whatever", "whoever",
          // quantities and sizes opening a subject: "Large majorities of voters said", "More than half"
          "more", "most", "many", "few", "fewer", "less", "all", "some", "several", "large", "small",
          "nearly", "almost", "roughly", "both",
          // determiners and adjectives opening a subject: "Such claims could …", "Similar offers were …"
          "such", "similar");

  /** Words before a month that make it a time, not a name: "last December", "the December quarter". */
  private static final Set<String> MONTH_LEADS =
      Set.of("last", "this", "next", "in", "since", "until", "till", "by", "from", "early", "late", "mid",
          "the", "of", "for", "during", "through", "between", "before", "after", "each", "every");

  /** Words after which a capitalised -ing word opening a sentence is a participle: "Making the rounds". */
  private static final Set<String> PARTICIPLE_OBJECTS =
      Set.of("on", "the", "a", "an", "his", "her", "their", "its", "to", "up", "off", "out", "with", "about",
          "at", "in", "into", "over", "through", "for", "from", "back", "down");

  private static final Set<String> FEMALE_WORDS =
      Set.of("mrs.", "ms.", "miss", "madam", "spokeswoman", "congresswoman", "chairwoman", "queen",
          "princess", "lady", "dame", "woman", "mother", "wife", "daughter", "sister", "businesswoman");

  /** Lower-case words inside a person's name, as written: "Barend du Plessis", "Osama bin Laden". */
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "du", "da", "di", "do", "des", "del", "della", "dos", "das", "van", "von", "der", "den", "ter",
          "ten", "le", "la", "bin", "ibn", "al", "el");

  /**
   * The name without the full stop of an abbreviated legal form: "Federal Deposit Insurance Corp." is
   * the "Federal Deposit Insurance Corp" of other sentences (the stop that ends a sentence is also
   * the abbreviation's, and American copy writes it everywhere). Dotted initials keep their dots
   * ("Harris Associates L.P.").
   */
  static String withoutLegalFormStop(String name) {
    if (!name.endsWith(".")) {
      return name; // nearly every name: no substring to make
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    boolean abbreviatedForm = last.indexOf('.') == last.length() - 1 && last.length() > 1
        && WordLists.LEGAL_FORMS.contains(last.toLowerCase(Locale.ROOT));
    return abbreviatedForm ? name.substring(0, name.length() - 1) : name;
  }

  /** Heads of a description that mean a business, which no country or place is: "the company said". */
  private static final Set<String> COMPANY_HEADS = Set.of("company", "firm", "corporation", "bank", "group");

  /**
   * Heads of descriptions that a country or a capital named before may stand for: "Greece … the
   * government said", "Tokyo … the ministry said". Other bodies and documents ("the agency", "the
   * report") are never a place.
   */
  private static final Set<String> STATE_HEADS =
      Set.of("government", "administration", "cabinet", "ministry", "treasury", "parliament", "congress",
          "senate", "duma", "assembly", "police", "army", "navy", "military", "forces", "embassy", "mission",
          "authority", "kremlin", "court");

  /** Head words of the names of public bodies, which "the company" never means. */
  private static final Set<String> PUBLIC_BODIES =
      Set.of("commission", "department", "ministry", "agency", "office", "government", "administration",
          "council", "committee", "congress", "senate", "parliament", "court", "bureau", "authority", "embassy",
          "treasury", "reserve", "police", "army", "navy", "cabinet", "kremlin", "assembly", "exchange", "university");

  /** Prepositions before a place's name: "in Punta del Este". */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "outside");

  /** Participles whose agent after "by" asked the questions: "polled by Reuters", "interviewed by the BBC". */
  private static final Set<String> ASKING_PARTICIPLES =
      Set.of("polled", "surveyed", "interviewed", "contacted", "asked", "questioned", "quoted", "cited");

  /**
   * The most words a run of capitalised words is read as one name: no name is longer, and the bound
   * keeps a text of millions of capitalised words linear.
   */
  private static final int MAX_NAME_WORDS = 12;

  /**
   * The most organisations whose names start with one word that a repeated name is compared with:
   * news names a handful ("American Express Co", "American Motors Corp"); the bound keeps an article
   * of a hundred thousand such names linear.
   */
  private static final int MAX_SAME_START = 32;

  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]{2,}");

  private final Tokens t;
  private final AliasList aliases;
  private final Set<String> lowerCaseWords = new HashSet<>();
  /**
   * Porter's stemmer (Snowball's, the algorithm of the index's analyzer), to tell a plural of a word
   * the article uses from a name.
   */
  private final PorterStemmer stemmer = new PorterStemmer();
  /** Words the article writes capitalised somewhere other than at a sentence's start. */
  private final Set<String> capitalisedInSentences = new HashSet<>();
  /** The stems of {@link #lowerCaseWords} and {@link #capitalisedInSentences}, made when first needed. */
  private Set<String> lowerCaseStems;
  private Set<String> capitalisedInSentenceStems;
  private final Map<String, Entity> byName = new HashMap<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  /** The persons whose names of several words hold each word, by its stem, in the order first written. */
  private final Map<String, List<Entity>> personsByWord = new HashMap<>();
  private final List<Entity> entities = new ArrayList<>();
  /**
   * The names the first pass read, in the order of the text: which name a token belongs to. A list
   * of spans rather than an array per token, since an article of millions of words holds few names.
   */
  private final List<NameSpan> nameSpans = new ArrayList<>();
  /** Organisations by their initials, made when first needed: {@link #acronyms()}. */
  private Map<String, Entity> acronyms;
  /** Whether the article introduces a lone word as a person's name, by word, as first asked: {@link #introducedAsPerson}. */
  private final Map<String, Boolean> introducedPeople = new HashMap<>();
  /** The tokens of each capitalised word, by its lower-case form, made when first needed. */
  private Map<String, List<Integer>> capitalisedAt;
  /** Places that end a phrase of place before a name: the "U.S." of "In the U.S. Silas said". */
  private final BitSet placesEndingPhrases = new BitSet();
  /** Every entity's mentions by token, for the nearest mention before or within a span. */
  private final TreeMap<Integer, List<Entity>> mentionsAt = new TreeMap<>();

  /** Tokens from..to (inclusive) name {@code entity}. */
  private record NameSpan(int from, int to, Entity entity) {}

  SpeakerResolver(Tokens t, AliasList aliases) {
    this.t = t;
    this.aliases = aliases;
    for (int i = 0; i < t.size; i++) {
      if (t.isLowerCase(i)) {
        lowerCaseWords.add(t.lower[i]);
      } else if (t.isCapitalised(i) && !opensSentence(i)) {
        capitalisedInSentences.add(t.lower[i]);
      }
    }
    collectNames();
  }

  /**
   * Whether a capitalised token is an ordinary word: a function word, a word the article also writes in
   * lower case, a month beside a day's number, or a participle opening a sentence. Such a word is no
   * name by itself, but it may still {@linkplain #opensName open a name or title}.
   */
  boolean isCommonWord(int i) {
    String w = t.lower[i];
    return FUNCTION_WORDS.contains(w) || lowerCaseWords.contains(w) || openingParticiple(i) || dated(i);
  }

  /**
   * Whether token i is a month beside a number or after a word that opens a time: "due April 14,
   * 1990", "on 3 March", "last December", "the December quarter" are times, while "April" alone may
   * be a person's name.
   */
  boolean dated(int i) {
    return WordLists.MONTHS.contains(t.lower[i])
        && (startsWithDigit(i + 1) || startsWithDigit(i - 1)
            || i > 0 && t.isWord(i - 1) && MONTH_LEADS.contains(t.lower[i - 1]));
  }

  private boolean startsWithDigit(int i) {
    return i >= 0 && i < t.size && t.isWord(i) && Character.isDigit(t.lower[i].charAt(0));
  }

  /**
   * Whether a capitalised word the article also writes in lower case opens a name or a title here
   * nonetheless, where a lower-case use elsewhere does not make it an ordinary word: when the
   * capitalised words from it reach a title ("House Speaker Paul Ryan" in an article that speaks of a
   * house, "Atlantic City Mayor Don Marino"), or end in an organisation word ("Fundamental
   * Management Corp"), or it is an organisation word before "of" and a name ("Bank of England"). Not
   * before a plain name: "Yesterday Citicorp said" opens no name at "Yesterday".
   */
  boolean opensName(int i) {
    String w = t.lower[i];
    if (!t.isCapitalised(i) || FUNCTION_WORDS.contains(w) || DETERMINERS.contains(w) || Attributions.PRONOUNS.contains(w)) {
      return false;
    }
    for (int j = i + 1; j < t.size && j - i < MAX_NAME_WORDS && nameWord(j); j++) {
      if (isTitle(j)) {
        return true;
      }
    }
    if (i > 0 && isTitle(i - 1) && t.isCapitalised(i - 1) && !isTitle(i) && i + 1 < t.size && nameWord(i + 1)
        && !isCommonWord(i + 1)) {
      return true; // "Former President Bill Clinton" in an article about a bill: a given name after a title
    }
    int end = capitalisedRunEnd(i, false);
    return organisationEnd(i) > i || isOrganisationWord(i) && i + 2 < t.size && t.lower[i + 1].equals("of") && nameWord(i + 2)
        || end + 2 < t.size && (t.lower[end + 1].equals("and") || t.isPunct(end + 1, '&')) && nameWord(end + 2)
            && organisationEnd(end + 2) > 0; // "Securities and Exchange Commission" beside "debt securities"
  }

  /**
   * Whether token i opens a sentence, where any word is capitalised: first in the text, or after a
   * break, a quote mark, a full stop or a colon ("NOTE: Losses include …").
   */
  private boolean opensSentence(int i) {
    return i == 0 || t.kind[i - 1] == Tokens.NEWLINE || t.kind[i - 1] == Tokens.QUOTE
        || t.isPunct(i - 1, '.') || t.isPunct(i - 1, '!') || t.isPunct(i - 1, '?') || t.isPunct(i - 1, ':');
  }

  /** "Reflecting on …, Brown said": an -ing word opening a sentence before its object, not a name. */
  private boolean openingParticiple(int i) {
    return t.lower[i].endsWith("ing") && t.lower[i].length() > 5 && i + 1 < t.size
        && PARTICIPLE_OBJECTS.contains(t.lower[i + 1]) && t.isLowerCase(i + 1) && opensSentence(i);
  }

  /**
   * Whether the word at i owes its capital to the sentence it opens only: "Banking sources said",
   * "Trade sources said", where the article never capitalises "banking" inside a sentence, as it
   * does a name ("Mobil officials said … sold to Mobil"), itself or with its stem. A possessive
   * ("Labour's new posters"), a place, a people ("Americans"), "Western", capitalised by custom, and an
   * alias keep their capital.
   */
  private boolean capitalisedBySentence(int i) {
    String w = t.lower[i];
    String singular = WordLists.singular(w);
    return opensSentence(i) && !t.isPossessive(i) && !allCapitals(t.text(i)) && !PLACE_QUALIFIERS.contains(w)
        && !capitalisedInSentences.contains(w) && !WordLists.PLACES.contains(w) && !WordLists.NATIONALITIES.contains(w)
        && !(singular != null && WordLists.NATIONALITIES.contains(singular)) && !aliases.contains(t.text(i))
        && !hasStemOf(w, capitalisedInSentenceStems());
  }

  /**
   * "Brokers said …", "Operators say …", "Critics of the plan maintain …": a plural of a common noun
   * opening its sentence on its own, which the article writes capitalised nowhere else, has its
   * capital from the sentence only, even where the article never writes the word in lower case (a
   * short story says "operators" once, at its start). A plural is a common noun when it names people
   * ({@link WordLists#namesPeople}: "operators", "fishermen"), is the head of a document or body
   * ("Figures", "Reports"), or when the article writes in lower case a word of its stem ("Critics"
   * beside "criticism"); "Phillips said" and "Silas said" stay names, and so does a plural that the
   * article also capitalises inside a sentence, itself or with its stem ("Petrobras said … the company
   * Petrobras", "Siemen said" beside "Siemens Information Systems"), one that goes on into a name
   * ("Phelps Dodge"), a place, a people ("Americans") and an alias. The rules that find subjects still
   * read such a word as one: only its name is at stake.
   */
  private boolean pluralCapitalisedBySentence(int i) {
    if (!opensSentence(i) || i + 1 >= t.size || t.isCapitalised(i + 1) || t.isPossessive(i)) {
      return false; // the cheap tests first: this runs for every capitalised word
    }
    String w = t.lower[i];
    return WordLists.singular(w) != null
        && (WordLists.namesPeople(w) || isOrganisationWord(i) || hasStemOf(w, lowerCaseStems()))
        && capitalisedBySentence(i);
  }

  /**
   * Whether a word's stem is among the stems: "figure" for "figures", "Siemens" (capitalised inside a
   * sentence) for "Siemen". A stem shorter than four letters ("Mays", "may") is no evidence.
   */
  private boolean hasStemOf(String word, Set<String> stems) {
    String stem = stem(word);
    return stem.length() >= 4 && stems.contains(stem);
  }

  /**
   * The stems of the words the article writes in lower case, each word stemmed once, on first use:
   * a sentence-opening plural is then one look-up, where comparing it with every word made a long
   * article of many such sentences quadratic.
   */
  private Set<String> lowerCaseStems() {
    if (lowerCaseStems == null) {
      lowerCaseStems = stems(lowerCaseWords);
    }
    return lowerCaseStems;
  }

  /** The stems of the words the article capitalises inside a sentence, on first use. */
  private Set<String> capitalisedInSentenceStems() {
    if (capitalisedInSentenceStems == null) {
      capitalisedInSentenceStems = stems(capitalisedInSentences);
    }
    return capitalisedInSentenceStems;
  }

  private Set<String> stems(Set<String> words) {
    Set<String> stems = new HashSet<>(words.size() * 2);
    for (String word : words) {
      stems.add(stem(word));
    }
    return stems;
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * Whether a word of two letters or more is all capitals: an acronym ("OPEC", "B and C", which the
   * tokens join as one word) or a headline's word.
   */
  private static boolean allCapitals(String word) {
    String letters = word.replace(" and ", "");
    return letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- first pass: names in the article

  private void collectNames() {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      if (!t.isCapitalised(i) || isCommonWord(i) && !isTitle(i) && !opensName(i) || pluralCapitalisedBySentence(i)
          || inflectedSpeechVerb(i)) {
        i++;
        continue;
      }
      int j = nameRunEnd(i);
      runs.add(new int[] {i, j});
      i = j + 1;
    }
    runs = splitPlacesEndingPhrases(runs);
    // Full names first, so that surnames found later can expand to them.
    for (int[] run : runs) {
      register(run[0], run[1]);
    }
    settleSharedWords();
    for (int[] run : runs) {
      int from = nameStart(run[0], run[1]);
      if (from <= run[1]) {
        Entity e = lookup(from, run[1]);
        if (e != null) {
          mention(e, from);
        }
      }
    }
    // Names of several words found in the runs; a lone word ("Georgia") may still turn out to open a
    // longer name ("Georgia Power" after "Georgia Power Co").
    BitSet named = new BitSet(t.size);
    for (NameSpan span : nameSpans) {
      if (span.to() > span.from()) {
        named.set(span.from(), span.to() + 1);
      }
    }
    int before = nameSpans.size();
    registerPartnerships(runs, named);
    markRepeatedOrganisations(named);
    if (nameSpans.size() > before) {
      forgetCoveredWords(named);
      nameSpans.sort(Comparator.comparingInt(NameSpan::from));
    }
  }

  /**
   * "In the U.S. Silas said …": a place's name that ends a phrase of place ("in the U.S.", "from
   * Britain") and runs into a name the article also writes alone elsewhere ("Silas said") is no part
   * of it, where news leaves out the comma after a short opening phrase. The run becomes the place and
   * the name; a body's name with an organisation word keeps its place ("in the U.S. Agriculture
   * Department").
   */
  private List<int[]> splitPlacesEndingPhrases(List<int[]> runs) {
    Set<String> alone = null;
    List<int[]> out = null;
    for (int r = 0; r < runs.size(); r++) {
      int from = runs.get(r)[0];
      int to = runs.get(r)[1];
      if (to > from && from > 0 && WordLists.PLACES.contains(t.lower[from]) && !WordLists.PLACES.contains(t.lower[from + 1])
          && (LOCATIVES.contains(t.lower[from - 1]) || t.lower[from - 1].equals("the") && from > 1
              && LOCATIVES.contains(t.lower[from - 2])) && organisationEnd(from) < 0) {
        if (alone == null) {
          alone = new HashSet<>();
          for (int[] run : runs) {
            alone.add(t.words(run[0], run[1]).toLowerCase(Locale.ROOT));
          }
          out = new ArrayList<>(runs.subList(0, r));
        }
        if (alone.contains(t.words(from + 1, to).toLowerCase(Locale.ROOT))) {
          placesEndingPhrases.set(from);
          out.add(new int[] {from, from});
          out.add(new int[] {from + 1, to});
          continue;
        }
      }
      if (out != null) {
        out.add(runs.get(r));
      }
    }
    return out == null ? runs : out;
  }

  /** Whether token i is a place ending a phrase of place before a name: the "U.S." of "In the U.S. Silas said". */
  boolean endsPlacePhrase(int i) {
    return placesEndingPhrases.get(i);
  }

  /**
   * Takes back the names and mentions of lone words that a longer name found later covers, all at
   * once: one at a time, a place named half a million times would be looked for in its list of
   * mentions as often.
   */
  private void forgetCoveredWords(BitSet named) {
    BitSet forgotten = new BitSet();
    Set<Entity> owners = new HashSet<>();
    nameSpans.removeIf(span -> {
      if (span.from() != span.to() || !named.get(span.from())) {
        return false;
      }
      forgotten.set(span.from());
      owners.add(span.entity());
      List<Entity> here = mentionsAt.get(span.from());
      if (here != null && here.remove(span.entity()) && here.isEmpty()) {
        mentionsAt.remove(span.from());
      }
      return true;
    });
    for (Entity owner : owners) {
      owner.mentions.removeIf(forgotten::get);
    }
  }

  /**
   * "Duff and Phelps said", "Johnson and Johnson said": two lone capitalised words joined by "and"
   * that speak together name one firm, when neither is a word the article knows otherwise, as a
   * person's or a company's name of its own, a place, a people, a title or an ordinary word
   * ("Reagan and Nakasone said" after their full names, or beside "Nakasone said", are two
   * speakers; "Britain and France said" two countries). Two plurals are two groups ("Democrats and
   * Republicans"). The article's other uses of the firm's name are found with its other names.
   */
  private void registerPartnerships(List<int[]> runs, BitSet named) {
    List<Integer> pairs = new ArrayList<>();
    for (int r = 0; r + 1 < runs.size(); r++) {
      int a = runs.get(r)[0];
      int b = a + 2;
      if (runs.get(r)[1] == a && runs.get(r + 1)[0] == b && runs.get(r + 1)[1] == b
          && (t.lower[a + 1].equals("and") || t.isPunct(a + 1, '&'))
          && !(a > 0 && nameWord(a - 1) && !opensSentence(a)) && !(b + 1 < t.size && t.isCapitalised(b + 1))
          && (b + 1 < t.size && SpeechVerbs.of(t.lower[b + 1]) != null || a > 0 && SpeechVerbs.of(t.lower[a - 1]) != null)) {
        pairs.add(r);
      }
    }
    if (pairs.isEmpty()) {
      return;
    }
    // A partner's word that the article also writes alone names someone of its own: "Nakasone said".
    Set<String> alone = new HashSet<>();
    for (int r = 0, p = 0; r < runs.size(); r++) {
      while (p < pairs.size() && pairs.get(p) + 1 < r) {
        p++;
      }
      boolean paired = p < pairs.size() && (pairs.get(p) == r || pairs.get(p) + 1 == r);
      if (!paired && runs.get(r)[0] == runs.get(r)[1]) {
        alone.add(t.stem(runs.get(r)[0]));
      }
    }
    for (int r : pairs) {
      int a = runs.get(r)[0];
      int b = a + 2;
      Entity known = firmNamed(a, b);
      if (named.get(a) || named.get(b) || known == null && (!partnerName(a) || !partnerName(b)
          || alone.contains(t.stem(a)) || alone.contains(t.stem(b))
          || WordLists.singular(t.lower[a]) != null && WordLists.singular(t.stem(b)) != null)) {
        continue;
      }
      String name = t.words(a, b);
      if (t.isPossessive(b)) {
        name = Tokens.withoutPossessive(name);
      }
      Entity e = known != null ? known : byName.get(name.toLowerCase(Locale.ROOT));
      if (e == null) {
        e = new Entity(name, SpeakerKind.ORGANISATION, entities.size());
        e.words = new String[] {bare(a), bare(a + 1), bare(b)};
        byName.put(name.toLowerCase(Locale.ROOT), e);
        entities.add(e);
      }
      nameSpans.add(new NameSpan(a, b, e));
      named.set(a, b + 1);
      mention(e, a);
    }
  }

  /** The organisation the article named in full whose name starts with tokens a to b: "Duff and Phelps Credit Rating Co". */
  private Entity firmNamed(int a, int b) {
    Entity e = byKey.get(t.stem(a));
    if (e == null || e.kind != SpeakerKind.ORGANISATION || e.words == null || e.words.length <= b - a) {
      return null;
    }
    for (int k = a; k <= b; k++) {
      if (!e.words[k - a].equals(bare(k))) {
        return null;
      }
    }
    return e;
  }

  /** Whether a lone capitalised word can be one partner's name in a firm's name. */
  private boolean partnerName(int i) {
    String w = t.stem(i);
    return !byKey.containsKey(w) && !byName.containsKey(w) && !isCommonWord(i) && !isDescriptor(i)
        && !WordLists.PLACES.contains(w) && !WordLists.FEMALE_NAMES.contains(w) && !WordLists.namesPeople(w)
        && !aliases.contains(t.text(i)) && !pluralCapitalisedBySentence(i) && !allCapitals(t.text(i));
  }

  /**
   * Marks where the article repeats an organisation's name outside the runs the first pass read as
   * names, whole or without its legal form: "American Express" after "American Express Co" (where
   * "American" alone would be read as a nationality before a name), "International Business
   * Machines" in an article that also writes "international business" in lower case. A name without
   * its legal form must make up its whole run of capitalised words, so "New York" is not the New York
   * Stock Exchange and "U.S. Agriculture Secretary" not the department.
   */
  private void markRepeatedOrganisations(BitSet named) {
    Map<String, List<Entity>> byFirstWord = new HashMap<>();
    for (Entity e : entities) {
      if (e.kind == SpeakerKind.ORGANISATION && e.words != null) {
        List<Entity> sameStart = byFirstWord.computeIfAbsent(e.words[0], w -> new ArrayList<>(1));
        if (sameStart.size() < MAX_SAME_START) {
          sameStart.add(e);
        }
      }
    }
    if (byFirstWord.isEmpty()) {
      return;
    }
    for (int i = 0; i < t.size; i++) {
      List<Entity> candidates = t.isCapitalised(i) && !named.get(i) ? byFirstWord.get(bare(i)) : null;
      if (candidates == null || i > 0 && nameWord(i - 1) && !opensSentence(i)) {
        continue;
      }
      for (Entity e : candidates) {
        int length = 1;
        while (length < e.words.length && i + length < t.size && !named.get(i + length)
            && bare(i + length).equals(e.words[length])) {
          length++;
        }
        int last = i + length - 1;
        boolean whole = length == e.words.length;
        boolean withoutLegalForm = length >= 2 && nameWord(last) && !(last + 1 < t.size && t.isCapitalised(last + 1))
            && legalForms(e.words, length);
        if (whole || withoutLegalForm) {
          nameSpans.add(new NameSpan(i, last, e));
          named.set(i, last + 1);
          mention(e, i);
          i = last;
          break;
        }
      }
    }
  }

  /** Whether the words of a name from {@code from} on are all legal forms: "Co", "Corp", "Inc", "Ltd". */
  private static boolean legalForms(String[] words, int from) {
    for (int k = from; k < words.length; k++) {
      if (!WordLists.LEGAL_FORMS.contains(words[k])) {
        return false;
      }
    }
    return from < words.length;
  }

  /** Token i in lower case without a possessive ending. */
  private String bare(int i) {
    return t.isPossessive(i) ? Tokens.withoutPossessive(t.lower[i]) : t.lower[i];
  }

  /**
   * The last token of the name that starts at token i. A run of capitalised words ends at a word
   * the article also writes in lower case, unless the run then ends in an organisation word
   * ("Fundamental Management Corp" where "management" is also a common word); and a name goes on
   * through "of" after an organisation word or a title ("Bank of England", "Chancellor of the
   * Exchequer Nigel Lawson") and through "for" after an organisation word ("Bank for International
   * Settlements"), through "and" or a possessive into a run that ends in an organisation
   * word ("Securities and Exchange Commission", "Moody's Investors Service Inc"), and through "and"
   * between dotted initials ("S. and P."; undotted ones, "S and P", the tokens already join).
   */
  private int nameRunEnd(int i) {
    int j = capitalisedRunEnd(i, true);
    int wide = capitalisedRunEnd(i, false);
    if (wide > j && isOrganisationWord(wide)) {
      j = wide;
    }
    boolean afterOfOrFor = false;
    while (j + 2 < t.size) {
      int next = j + 1;
      if (t.lower[next].equals("of") && (isOrganisationWord(j) || isTitle(j))
          || t.lower[next].equals("for") && isOrganisationWord(j) && !WordLists.LEGAL_FORMS.contains(t.lower[j])
          || NAME_PARTICLES.contains(t.lower[next]) && t.isLowerCase(next) && isOrganisationWord(j)) {
        // "Bank of England", "Banco de Mexico", "Credit du Nord", "Organisation for Economic Cooperation
        // and Development", "Institute for International Economics": the body's name goes on after its
        // "of" or "for" (a title's "for" says whom it speaks for: "spokesman for the company")
        int k = t.lower[next + 1].equals("the") && next + 2 < t.size ? next + 2 : next + 1;
        if (!nameWord(k)) {
          return j;
        }
        j = capitalisedRunEnd(k, true);
        afterOfOrFor = isOrganisationWord(next - 1);
      } else if ((t.lower[next].equals("and") || t.isPunct(next, '&')) && nameWord(next + 1)) {
        int end = organisationEnd(next + 1);
        if (end > 0) {
          j = end;
        } else if (isInitial(j) && isInitial(next + 1)) {
          j = next + 1;
        } else if (afterOfOrFor && secondHalfOfBodysName(next + 1)) {
          // "Organisation for Economic Cooperation and Development", "Department of Health and Human
          // Services": the words after a body's "of" or "for" may be a pair
          j = capitalisedRunEnd(next + 1, true);
          afterOfOrFor = false;
        } else {
          return j;
        }
      } else if (t.isPossessive(j) && nameWord(next)) {
        int end = organisationEnd(next);
        if (end < 0) {
          return j;
        }
        j = end;
      } else if (partnersAfterComma(i, j)) {
        j += 4; // "Kidder, Peabody and Co Inc"
        while (j + 1 < t.size && t.isCapitalised(j + 1) && WordLists.LEGAL_FORMS.contains(bare(j + 1))) {
          j++;
        }
      } else {
        return j;
      }
    }
    return j;
  }

  /**
   * Whether the name i..j goes on after a comma as a partnership's name does: a surname, a comma, a
   * surname, "and" and a legal form ("Kidder, Peabody and Co", "Goldman, Sachs and Co Inc", "Bear,
   * Stearns and Co"). A list of firms names each in full ("IBM, Apple and Microsoft Corp"), so a
   * legal form right after "and" marks the one firm; a name of two words before the comma is a
   * person's ("Thomas McKiernan, McKiernan and Co chairman").
   */
  private boolean partnersAfterComma(int i, int j) {
    return i == j && j + 4 < t.size && t.isPunct(j + 1, ',') && nameWord(j + 2)
        && (t.lower[j + 3].equals("and") || t.isPunct(j + 3, '&')) && t.isCapitalised(j + 4)
        && WordLists.LEGAL_FORMS.contains(bare(j + 4)) && !WordLists.PLACES.contains(t.lower[i]);
  }

  /**
   * Whether the capitalised words from token i, after "and", end a body's "of" or "for" phrase rather
   * than name another body, place or people ("Bank of Japan and Finance Ministry", "Bank of England and
   * France"): one or two words, none of them an organisation word, a place or a nationality. (Three
   * are likelier a name run on after the body's: "Director of the Office of Management and Budget
   * James Miller said".)
   */
  private boolean secondHalfOfBodysName(int i) {
    int end = capitalisedRunEnd(i, true);
    if (end - i > 1) {
      return false;
    }
    for (int k = i; k <= end; k++) {
      if (isOrganisationWord(k) || WordLists.PLACES.contains(t.lower[k])
          || WordLists.NATIONALITIES.contains(t.lower[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last of the capitalised words from token i: not past a possessive, a function word, a
   * speech verb in a headline, nor, when {@code stopAtCommonWords}, a word the article also writes in
   * lower case.
   */
  private int capitalisedRunEnd(int i, boolean stopAtCommonWords) {
    int j = i;
    while (j + 1 < t.size && j + 1 - i < MAX_NAME_WORDS && !t.isPossessive(j)) {
      int next = j + 1 + particlesAt(j);
      if (next >= t.size || !t.isCapitalised(next) || inflectedSpeechVerb(next) || Sentences.afterLegalForm(t, j)
          || (stopAtCommonWords ? isCommonWord(next) : FUNCTION_WORDS.contains(t.lower[next]))
          || j > i && endsBodysName(j) && personsNameAt(next)) {
        break;
      }
      j = next;
    }
    return j;
  }

  /** Whether capitalised token j can end a body's name: "Bank", "Corp", "Brothers", "Markets". */
  private boolean endsBodysName(int j) {
    return isOrganisationWord(j) || WordLists.FIRM_NAME_WORDS.contains(t.lower[j]);
  }

  /**
   * Whether a person's name of two words, and nothing more, starts at token k: neither a title, place,
   * organisation word or legal form, and the second a surname the article introduces as a person's
   * and also writes without that first name. After a body's name with no comma between, it is
   * someone of the body ("analyst for Merrill Lynch Capital Markets Mario Balletto said … Balletto
   * told"), not more of its name ("Lehman Brothers Kuhn Loeb").
   */
  private boolean personsNameAt(int k) {
    if (k + 1 >= t.size || !t.isWord(k + 1) || !t.isCapitalised(k + 1) || t.isPossessive(k)
        || k + 2 < t.size && t.isWord(k + 2) && t.isCapitalised(k + 2)) {
      return false;
    }
    for (int w = k; w <= k + 1; w++) {
      if (isDescriptor(w) || endsBodysName(w) || WordLists.LEGAL_FORMS.contains(bare(w)) || FUNCTION_WORDS.contains(t.lower[w])
          || WordLists.PLACES.contains(t.stem(w))) {
        return false;
      }
    }
    return introducedAsPerson(t.stem(k + 1)) && standsAloneElsewhere(k + 1);
  }

  /**
   * Whether the capitalised word at token j stands elsewhere without the word before it here:
   * "Balletto told …" after "Mario Balletto", as a person's surname does and a company's last word
   * ("Barnett Banks", "Gold Fields") seldom does.
   */
  private boolean standsAloneElsewhere(int j) {
    for (int at : capitalisedPositions(t.stem(j))) {
      if (at != j && (at == 0 || j == 0 || !t.lower[at - 1].equals(t.lower[j - 1]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many lower-case particles of a person's name follow the capitalised token j: one or two
   * ("Barend du Plessis", "Hans van den Broek") when a capitalised word that is no place comes after
   * them, else none ("Banco de Mexico" stays apart, as a bank).
   */
  private int particlesAt(int j) {
    int k = j + 1;
    while (k < t.size && k - j <= 2 && t.isLowerCase(k) && NAME_PARTICLES.contains(t.lower[k])) {
      k++;
    }
    boolean named = k > j + 1 && k < t.size && t.isCapitalised(k) && !t.isPossessive(j)
        && !WordLists.PLACES.contains(t.lower[k]) && !isOrganisationWord(j) && !FUNCTION_WORDS.contains(t.lower[k]);
    return named ? k - j - 1 : 0;
  }

  /** The end of a run from token i that ends in an organisation word, through possessives; or -1. */
  private int organisationEnd(int i) {
    int end = capitalisedRunEnd(i, false);
    while (t.isPossessive(end) && nameWord(end + 1) && end - i < MAX_NAME_WORDS) {
      end = capitalisedRunEnd(end + 1, false);
    }
    return isOrganisationWord(end) ? end : -1;
  }

  /** A capitalised word that is not a function word: one that can go on a name. */
  private boolean nameWord(int i) {
    return i < t.size && t.isCapitalised(i) && !FUNCTION_WORDS.contains(t.lower[i]) && !inflectedSpeechVerb(i);
  }

  private boolean isOrganisationWord(int i) {
    return t.isWord(i) && WordLists.ORGANISATION_WORDS.contains(t.stem(i));
  }

  /** A single capital letter, with or without a full stop: "S", "P.". */
  private boolean isInitial(int i) {
    String w = t.text(i);
    return t.isCapitalised(i) && (w.length() == 1 || w.length() == 2 && w.charAt(1) == '.');
  }

  /** "Says" in a headline ("Trump Says He Will Win") ends a name; a lemma ("Hope Hicks") does not. */
  private boolean inflectedSpeechVerb(int i) {
    SpeechVerbs.Verb verb = SpeechVerbs.of(t.lower[i]);
    return verb != null && !verb.lemma().equals(t.lower[i]);
  }

  private boolean isTitle(int i) {
    return t.isWord(i) && WordLists.PERSON_TITLES.contains(t.lower[i]);
  }

  /** Points of the compass, which make one nationality with the next word: "West German", "South Korean". */
  private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west");

  /** Words that make one place with the place after them: "South Korea", "Western Europe", "Latin America", "Middle East". */
  private static final Set<String> PLACE_QUALIFIERS =
      WordLists.union(COMPASS_POINTS, Set.of("northern", "southern", "eastern", "western", "central", "latin", "middle", "far"));

  /**
   * Whether the word at i opens a nationality of two words ("West German", "South Korean"), so that
   * "West German private banks" is a description, not the name "West German" and some banks.
   */
  private boolean compassNationality(int i) {
    return t.isCapitalised(i) && COMPASS_POINTS.contains(t.lower[i]) && !t.isPossessive(i) && t.isWord(i + 1)
        && t.isCapitalised(i + 1) && WordLists.NATIONALITIES.contains(t.stem(i + 1));
  }

  private boolean isDescriptor(int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.stem(i);
    return WordLists.PERSON_TITLES.contains(w) || WordLists.NATIONALITIES.contains(w)
        || (t.isCapitalised(i) && WordLists.PLACES.contains(w) && isTitle(i + 1))
        || compassNationality(i)
        || "former".equals(w) || "vice".equals(w) || "deputy".equals(w) || "foreign".equals(w) || whereabouts(i);
  }

  /**
   * "Montreal-based", "French-owned", "Soviet-led", "Korean-born": where a name's bearer is, not its
   * name; also the word opening the place's name before one ("the St. Louis-based company").
   */
  private boolean whereabouts(int i) {
    return t.isWord(i) && (bearersPlace(t.lower[i])
        || WordLists.PLACE_OPENERS.contains(t.lower[i]) && i + 1 < t.size && t.isWord(i + 1) && bearersPlace(t.lower[i + 1]));
  }

  /** Whether a word says where its name's bearer is based or who owns or leads it: "Montreal-based". */
  private static boolean bearersPlace(String w) {
    return w.indexOf('-') > 0 && (w.endsWith("-based") || w.endsWith("-owned") || w.endsWith("-controlled")
        || w.endsWith("-led") || w.endsWith("-listed") || w.endsWith("-born"));
  }

  /**
   * Whether token i is part of a name of several words the article writes, even where its word alone
   * would be an ordinary one: the "International" of "International Business Machines", the "and" of
   * "Duff and Phelps". A lone word may owe its capital to the sentence ("Agency officials said").
   */
  boolean inName(int i) {
    NameSpan span = nameSpanAt(i);
    return span != null && span.to() > span.from();
  }

  /** Whether token i alone stands for a person the article names in full: "Day" for "Kristen Day". */
  boolean namesKnownPerson(int i) {
    Entity e = lookup(i, i);
    return e != null && e.kind == SpeakerKind.PERSON;
  }

  /** Whether token i ends a name of several words that the article reads as a person's. */
  boolean endsPersonsName(int i) {
    NameSpan span = nameSpanAt(i);
    return span != null && span.to() == i && span.to() > span.from() && span.entity().kind == SpeakerKind.PERSON;
  }

  /** The name the first pass read over token i, or {@code null}. */
  private NameSpan nameSpanAt(int i) {
    int low = 0;
    int high = nameSpans.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      NameSpan span = nameSpans.get(mid);
      if (span.to() < i) {
        low = mid + 1;
      } else if (span.from() > i) {
        high = mid - 1;
      } else {
        return span;
      }
    }
    return null;
  }

  /**
   * Whether a word is the plural of a title or of a word for a person: "officials", "analysts",
   * "spokesmen". Only where a phrase ends: as a name's first word it may be the name's own
   * ("Bankers Trust").
   */
  /** Whether a lower-case word is the plural of an organisation word: "banks", "companies", "agencies". */
  private static boolean pluralOfOrganisationWord(String word) {
    String singular = WordLists.singular(word);
    return singular != null && WordLists.ORGANISATION_WORDS.contains(singular);
  }

  private boolean pluralTitle(int i) {
    return t.isWord(i) && WordLists.isPluralOfTitle(t.lower[i]);
  }

  /**
   * Where the name in a run of capitalised words starts, or past the run when it holds no name. An
   * organisation's name is the whole run, nationality and title words included ("American Motors
   * Corp", "General Motors Corp", "Bank of England"). A person's starts after the last title or
   * nationality word in the run ("U.S. Treasury Secretary James Baker" → "James Baker", "House
   * Republican Thomas Massie" → "Thomas Massie"), or after a title's "of" phrase ("Chancellor of the
   * Exchequer Nigel Lawson" → "Nigel Lawson": the last two words, or three with an initial).
   */
  private int nameStart(int runFrom, int runTo) {
    while (runFrom < runTo && whereabouts(runFrom)) {
      runFrom++; // "Montreal-based Noverco Inc" is Noverco Inc
    }
    int lastOrganisationWord = -1;
    int lastDescriptor = -1;
    for (int k = runFrom; k <= runTo; k++) {
      if (endsBodysName(k)) { // "General Motors", "General Partners": a body's name, not a general's
        lastOrganisationWord = k;
      }
      if (k < runTo && isDescriptor(k) && !t.isPossessive(k)) {
        lastDescriptor = k;
      }
    }
    boolean titleOfBody = runFrom < runTo && isTitle(runFrom) && t.lower[runFrom + 1].equals("of");
    if (lastOrganisationWord > lastDescriptor && !titleOfBody
        && (lastOrganisationWord == runTo || t.lower[lastOrganisationWord + 1].equals("of"))) {
      return runFrom; // (a title's body, "Governor of the Bank of England", is read below)
    }
    int from = titleOfBody ? runFrom + 1 : lastDescriptor + 1 > runFrom ? lastDescriptor + 1 : runFrom;
    if (titleOfBody || lastDescriptor >= runFrom && isTitle(lastDescriptor) && t.lower[from].equals("of")) {
      int complement = t.lower[from + 1].equals("the") ? from + 2 : from + 1;
      from = Math.max(complement + 1, runTo - 1);
      if (from - 1 > complement && isInitial(from)) {
        from--; // "Secretary of State John F. Kerry"
      }
      if (!personAfterBody(complement, from, runTo)) {
        // a title alone, "Chancellor of the Exchequer"; or with a body, whose name it is: "Governor of
        // the Bank of England", "Chairman of the Federal Reserve Board", "Director of the Banco do Brasil"
        for (int k = complement; k <= runTo; k++) {
          if (endsBodysName(k)) {
            return complement;
          }
        }
        return runTo + 1;
      }
    }
    return skipDescriptors(from, runTo);
  }

  /**
   * Whether the words from..to, at the end of a run whose title's "of" phrase starts at the
   * complement, are a person's name after the body's ("… of the Bundesbank Karl Otto Poehl"): words
   * of the run after the complement's first, capitalised, none of them a body's word.
   */
  private boolean personAfterBody(int complement, int from, int to) {
    if (from <= complement || from > to) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      if (!t.isCapitalised(k) || endsBodysName(k)) {
        return false;
      }
    }
    return true;
  }

  /** The first token of a run after its titles: "Chinese President Xi Jinping" → "Xi". */
  private int skipDescriptors(int from, int to) {
    while (from < to && isDescriptor(from) && !t.isPossessive(from)) {
      from++;
    }
    if (from == to && isDescriptor(from) && !isTitle(from)) {
      return to + 1; // only a nationality word: "Chinese"
    }
    return isDescriptor(from) && from == to && isTitle(from) ? to + 1 : from;
  }

  private void register(int runFrom, int runTo) {
    int from = nameStart(runFrom, runTo);
    if (from > runTo) {
      return;
    }
    Set<String> descriptors = new HashSet<>();
    boolean titled = false;
    for (int k = runFrom; k < from; k++) {
      descriptors.add(t.stem(k));
      titled |= isTitle(k);
    }
    // Words just before the run describe it too: "his Russian counterpart Vladimir Putin",
    // "Kremlin spokesman Peskov".
    for (int k = runFrom - 1; k >= Math.max(0, runFrom - 4); k--) {
      if (t.kind[k] != Tokens.WORD) {
        break;
      }
      String w = t.stem(k);
      if (isTitle(k) || WordLists.PERSON_TITLES.contains(w)) {
        titled = true;
        descriptors.add(w);
      } else if (WordLists.NATIONALITIES.contains(w) || WordLists.PLACES.contains(w)
          || "former".equals(w) || "his".equals(w) || "her".equals(w)) {
        descriptors.add(w);
      } else {
        break;
      }
    }
    String name = t.words(from, runTo);
    if (t.isPossessive(runTo)) {
      name = Tokens.withoutPossessive(name);
    }
    SpeakerKind kind = kindOf(from, runTo, titled);
    if (kind == null) {
      return; // a lone unknown word: decided when it is used as a speaker
    }
    if (from == runTo && WordLists.LEGAL_FORMS.contains(bare(from))) {
      return; // "Co" alone, where the company's own word was a common one ("Reading Co"), names no one
    }
    if (from == runTo && MEDIA.contains(t.lower[from])) {
      return; // "cult TV show Twin Peaks", "on TV": a medium, no one that speaks or that "it" stands for
    }
    if (kind == SpeakerKind.PERSON && from > 0 && OWNERS.contains(t.lower[from - 1])) {
      return; // "his Christmas Midnight Mass", "her Oscar Night": a thing of someone's ("his wife Jane" has its title)
    }
    if (kind == SpeakerKind.PERSON && !titled && runTo > from && appositionOfBody(runTo)) {
      kind = SpeakerKind.ORGANISATION; // "Halcyon Investments, a New York investment partnership, said"
    }
    if (kind == SpeakerKind.PERSON && !titled && pluralOfOrganisationWord(t.lower[runTo])) {
      return; // "U.S. Agencies", "U.K. Governments": no person but several bodies, their word capitalised
    }
    if (opensPlace(from, runTo)) {
      return; // a town is no one a later "he", "it" or "the company" stands for
    }
    Entity e = byName.get(name.toLowerCase(Locale.ROOT));
    if (e == null) {
      e = new Entity(name, kind, entities.size());
      byName.put(name.toLowerCase(Locale.ROOT), e);
      entities.add(e);
    }
    kind = e.kind; // "Media General" after "Media General Inc" is the company
    nameSpans.add(new NameSpan(from, runTo, e));
    if (kind == SpeakerKind.ORGANISATION && runTo > from && e.words == null) {
      e.words = new String[runTo - from + 1];
      for (int k = from; k <= runTo; k++) {
        e.words[k - from] = bare(k);
      }
      int named = runTo;
      while (named > from && WordLists.LEGAL_FORMS.contains(bare(named))) {
        named--;
      }
      if (named < runTo && named > from) {
        byName.putIfAbsent(t.words(from, named).toLowerCase(Locale.ROOT), e);
        if (named == from + 1 && !isOrganisationWord(named) && !isDescriptor(named) && !isCommonWord(named)
            && !WordLists.PLACES.contains(t.stem(named))) {
          // A company named after someone is called by the surname: "Kodak" for "Eastman Kodak Co",
          // "Goodrich" for "B.F. Goodrich Co", "Disney" for "Walt Disney Co".
          byKey.putIfAbsent(t.stem(named), e);
        }
      }
    }
    e.descriptors.addAll(descriptors);
    for (String d : descriptors) {
      e.female |= FEMALE_WORDS.contains(d);
    }
    e.female |= WordLists.FEMALE_NAMES.contains(t.lower[from]);
    if (kind == SpeakerKind.PERSON && runTo > from) {
      for (int k = from; k <= runTo; k++) {
        if (t.isLowerCase(k)) {
          // A particle is no name of its own; with it the surname is one: "du Plessis said".
          byName.putIfAbsent(t.words(k, runTo).toLowerCase(Locale.ROOT), e);
          continue;
        }
        if (k > from && k < runTo && WordLists.PLACE_OPENERS.contains(t.lower[k])) {
          // A surname a place's word opens is the person's, not a town: "St Germain said" after
          // "Fernand St Germain".
          byName.putIfAbsent(t.words(k, runTo).toLowerCase(Locale.ROOT), e);
        }
        String key = t.stem(k);
        byKey.putIfAbsent(key, e);
        List<Entity> sharing = personsByWord.computeIfAbsent(key, w -> new ArrayList<>());
        if (!sharing.contains(e)) {
          sharing.add(e);
        }
      }
    } else if (kind == SpeakerKind.ORGANISATION && runTo > from) {
      // "Texaco Inc" lets a later "Texaco" find the company; "F.W. Dodge", named after someone, lets
      // "Dodge" find it.
      String key = t.stem(from);
      byKey.putIfAbsent(key, e);
      if (runTo == from + 1 && t.text(from).endsWith(".") && t.text(from).length() <= 6) {
        byKey.putIfAbsent(t.stem(runTo), e);
      }
    }
  }

  /** Endings of a name that tell a relative apart from the one who bears it bare: "Donald Trump Jr.". */
  private static final Set<String> GENERATIONS = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /**
   * Gives each word that several persons' names share ("Trump", "Clinton") to one of them, once every
   * name is read: a name without a generation before one with ("Donald Trump" before "Donald Trump
   * Jr."), then the name the article writes in full most often (the person the story is about, where
   * "Melania Trump" or a headline's "Bush Hits Marco Rubio" is written once), then the name it wrote
   * first. The longest name used to win, so that "Trump said" in a story that once named his son was
   * the son's.
   */
  private void settleSharedWords() {
    Map<Entity, Integer> written = new HashMap<>();
    for (NameSpan span : nameSpans) {
      if (span.to() > span.from()) {
        written.merge(span.entity(), 1, Integer::sum);
      }
    }
    Comparator<Entity> standsFor = Comparator
        .comparing((Entity e) -> GENERATIONS.contains(lastWord(e.name)))
        .thenComparing(e -> -written.getOrDefault(e, 0))
        .thenComparingInt(e -> e.order);
    for (Map.Entry<String, List<Entity>> word : personsByWord.entrySet()) {
      if (word.getValue().size() > 1) {
        byKey.put(word.getKey(), word.getValue().stream().min(standsFor).orElseThrow());
      }
    }
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether a name holds a particle: "Barend du Plessis", "Punta del Este". */
  private boolean hasParticle(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (t.isLowerCase(k) && NAME_PARTICLES.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name of several words is a place's, opened by a word that opens places' names ("St.
   * Louis", "Ft. Worth", "Mt. Fuji"): never a person. With an organisation word or an "and" it names a
   * body ("St. Joseph Light and Power Corp", "St. Jude Medical Inc").
   */
  private boolean opensPlace(int from, int to) {
    if (to == from || !WordLists.PLACE_OPENERS.contains(t.lower[from])) {
      return false;
    }
    for (int k = from + 1; k <= to; k++) {
      if (isOrganisationWord(k) || t.lower[k].equals("and") || t.isPunct(k, '&')) {
        return false;
      }
    }
    return true;
  }

  /** Person, organisation, or null when a lone word gives no evidence. */
  private SpeakerKind kindOf(int from, int to, boolean titled) {
    String text = t.words(from, to);
    if (t.isPossessive(to)) {
      text = Tokens.withoutPossessive(text);
    }
    if (aliases.contains(text)) {
      var declared = aliases.kind(aliases.canonical(text));
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    boolean allPlaces = true;
    for (int k = from; k <= to; k++) {
      String w = t.stem(k);
      if (makesBody(k, to > from && k == to)) {
        return SpeakerKind.ORGANISATION;
      }
      allPlaces &= WordLists.PLACES.contains(w) || WordLists.NATIONALITIES.contains(w)
          || k < to && PLACE_QUALIFIERS.contains(t.lower[k]); // "South Korea" is no person
    }
    if (allPlaces || opensPlace(from, to)) {
      return SpeakerKind.ORGANISATION;
    }
    if (!titled && from > 0 && LOCATIVES.contains(t.lower[from - 1]) && hasParticle(from, to)) {
      return SpeakerKind.ORGANISATION; // "in Punta del Este", "from Rio de Janeiro": a place
    }
    if (titled) {
      return SpeakerKind.PERSON;
    }
    if (to > from) {
      return SpeakerKind.PERSON;
    }
    return null;
  }

  /**
   * Whether token k makes the name it stands in a body's: an organisation word, "and" or "&", a firm's
   * word ("Lehman Brothers"), or a legal form ending a name of several words ("BASF AG", "USACafes LP").
   */
  private boolean makesBody(int k, boolean endsLongerName) {
    return endsBodysName(k) || t.lower[k].equals("and") || t.isPunct(k, '&')
        || endsLongerName && WordLists.LEGAL_FORMS.contains(t.lower[k]);
  }

  private Entity lookup(int from, int to) {
    String text = t.words(from, to);
    if (t.isPossessive(to)) {
      text = Tokens.withoutPossessive(text);
    }
    Entity e = byName.get(text.toLowerCase(Locale.ROOT));
    if (e != null && (to > from || e.kind == SpeakerKind.ORGANISATION || !byKey.containsKey(t.stem(from)))) {
      return e;
    }
    if (to == from) {
      Entity keyed = byKey.get(t.stem(from));
      return keyed == null && e == null && allCapitals(text) ? acronyms().get(text) : keyed;
    }
    return e;
  }

  /**
   * The organisations named in full, by the initials of their names' capitalised words, with and
   * without their legal form ("International Business Machines Corp" is "IBM", "Federal Deposit
   * Insurance Corp" "FDIC", "Organization of Petroleum Exporting Countries" "OPEC"; a name ending in
   * an organisation word also with that word turned before the one it follows, "U.S. Agriculture
   * Department" as "USDA"), so that a
   * later "TWA said" is the Trans World Airlines the article named. Made on the first acronym
   * looked up; an initialism two organisations share belongs to neither.
   */
  private Map<String, Entity> acronyms() {
    if (acronyms == null) {
      acronyms = new HashMap<>();
      Set<String> shared = new HashSet<>();
      for (Entity e : entities) {
        if (e.kind != SpeakerKind.ORGANISATION || e.words == null) {
          continue;
        }
        int named = e.words.length;
        while (named > 1 && WordLists.LEGAL_FORMS.contains(e.words[named - 1])) {
          named--;
        }
        List<String> forms = new ArrayList<>(3);
        forms.add(initials(e.words, named));
        if (named < e.words.length) {
          forms.add(initials(e.words, e.words.length));
        }
        if (named >= 2 && WordLists.ORGANISATION_WORDS.contains(e.words[named - 1])) {
          // "U.S. Agriculture Department" is also the "U.S. Department of Agriculture": "USDA"
          String[] turned = e.words.clone();
          turned[named - 2] = e.words[named - 1];
          turned[named - 1] = e.words[named - 2];
          forms.add(initials(turned, named));
        }
        for (String initials : forms) {
          if (initials.length() >= 2) {
            Entity before = acronyms.putIfAbsent(initials, e);
            if (before != null && before != e) {
              shared.add(initials);
            }
          }
        }
      }
      acronyms.keySet().removeAll(shared);
    }
    return acronyms;
  }

  /** The initials of a name's first words: "u.s. department of agriculture" → "USDA". */
  private static String initials(String[] words, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      String w = words[k];
      if (FUNCTION_WORDS.contains(w) || !Character.isLetter(w.charAt(0))) {
        continue; // "of", "and", "the", "&"
      }
      if (w.length() <= 4 && w.indexOf('.') > 0) {
        out.append(w.replace(".", "")); // "u.s." → "US"
      } else {
        out.append(w.charAt(0));
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- resolving a speaker phrase

  /**
   * The speaker a noun phrase (tokens from..to, inclusive) names or describes, or {@code null} when
   * it is a pronoun or names nobody.
   */
  Speaker resolve(int from, int to) {
    while (from < to && DETERMINERS.contains(t.lower[from])
        && !(t.lower[from].equals("one") && ("in".equals(t.lower[from + 1]) || "of".equals(t.lower[from + 1])))) {
      from++; // but "one in five", "one of the organisers" keep their number
    }
    int owner = ownerAfterTitle(from, to);
    if (owner > 0) {
      // "a spokesman for the company", "a spokesman for Exxon": whom the spokesman speaks for, when
      // that is named or an organisation; "a spokesman for the protesters" stays as written.
      Speaker speaker = resolve(owner, to);
      if (speaker != null && (speaker.kind() == SpeakerKind.ORGANISATION || SpeakerNames.isNamed(speaker.name()))) {
        return speaker;
      }
    }
    String whole = t.words(from, to);
    if (aliases.contains(whole) && to > from) {
      return aliased(aliases.canonical(whole), null);
    }
    if (quantity(from, to)) {
      return aliased(description(from, to), null, SpeakerKind.ORGANISATION, false); // "one in five", "61 percent"
    }
    // The last capitalised name in the phrase that is not a title, nationality or possessive.
    int nameTo = -1;
    int nameFrom = -1;
    boolean titled = false;
    for (int k = to; k >= from; k--) {
      if (t.isCapitalised(k) && !isDescriptor(k) && !(k == to && pluralTitle(k) && !inName(k)) && !(t.isPossessive(k) && k < to)
          && !((isCommonWord(k) || pluralCapitalisedBySentence(k)) && nameSpanAt(k) == null
              && !byKey.containsKey(t.stem(k)) && !byName.containsKey(t.lower[k]))) {
        nameTo = k;
        nameFrom = nameStartingBefore(k, from);
        NameSpan span = nameSpanAt(nameTo);
        if (span != null && span.from() > nameFrom) {
          nameFrom = span.from(); // "the Exchequer Nigel Lawson": the title's words are no name
        }
        break;
      }
    }
    int holderTo = nameFrom > from ? personBeforeAffiliation(from, nameFrom) : -1;
    if (holderTo >= 0) {
      // "Analyst Theodore Semegran of Shearson", "Robin Leigh-Pemberton of the Bank of England": the
      // person speaks, the body after "of" only says where he works.
      nameTo = holderTo;
      nameFrom = nameStartingBefore(holderTo, from);
    }
    if (nameTo > 0 && ROMAN_NUMERAL.matcher(t.text(nameTo)).matches()
        && (nameFrom == nameTo && t.isCapitalised(nameTo - 1) || "war".equals(t.lower[nameTo - 1]))) {
      // "World War II" names a war, not a speaker, and the article may write its words in lower case
      // elsewhere, leaving only "II". "XI" alone (Xi Jinping in capitals) has no capitalised word before.
      return null;
    }
    if (nameTo >= 0 && nameTo < to && t.isLowerCase(to)
        && (WordLists.PERSON_TITLES.contains(t.stem(to)) || WordLists.namesPeople(t.lower[to]))) {
      // "a White House official", "U.S. officials", "U.S. exporters": the name only says where they
      // work. A sentence's "Oil traders" has no name, only a capital.
      return aliased(description(from, to), null, SpeakerKind.PERSON, FEMALE_WORDS.contains(t.stem(to)));
    }
    if (nameTo >= 0 && nameTo < to && t.isLowerCase(to) && pluralOfOrganisationWord(t.lower[to])) {
      // "U.S. banks", "Japanese companies": several organisations of a place, none of them named.
      return aliased(description(from, to), null, SpeakerKind.ORGANISATION, false);
    }
    if (nameTo >= 0) {
      for (int k = from; k < nameFrom; k++) {
        titled |= isTitle(k);
      }
      boolean orgHead = false;
      for (int k = nameTo + 1; k <= to && holderTo < 0; k++) {
        orgHead |= isOrganisationWord(k);
      }
      Entity e = orgHead ? lookup(nameFrom, nameTo) : null;
      if (e != null && e.kind == SpeakerKind.PERSON || e == null && orgHead && PERSONS_BODIES.contains(t.lower[to])
          && kindOf(nameFrom, nameTo, false) != SpeakerKind.ORGANISATION) {
        // "the Cruz campaign", "the Obama administration": the person's organisation speaks, not the
        // person; also where the article names the person nowhere else ("the Reagan administration").
        return aliased(t.words(nameFrom, to), null, SpeakerKind.ORGANISATION, false);
      }
      return named(nameFrom, nameTo, titled, orgHead);
    }
    return described(from, to);
  }

  /** Media, whose word alone names no body: "TV", "radio". */
  private static final Set<String> MEDIA = Set.of("tv", "radio", "television", "media");

  /** Possessive determiners: a name right after one is a thing of someone's, never a person. */
  private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "our", "my", "your");

  /** Determiners that introduce someone new: "a spokesman", "another official". */
  private static final Set<String> INDEFINITES = Set.of("a", "an", "another", "one");

  /**
   * The first token of the capitalised words that end at token last, not before {@code from}: back
   * over words that are no title, nationality or possessive ("Chinese President Xi Jinping" → "Xi").
   */
  private int nameStartingBefore(int last, int from) {
    int first = last;
    while (first - 1 >= from && t.isCapitalised(first - 1) && !isDescriptor(first - 1) && !t.isPossessive(first - 1)) {
      first--;
    }
    return first;
  }

  /** Bodies named after the person who leads them: "the Reagan administration", "the Clinton campaign". */
  private static final Set<String> PERSONS_BODIES = Set.of("administration", "campaign");

  /** Prepositions that join a person to the body he or she works for: "Smith of Shearson", "Jones at Ford". */
  private static final Set<String> AFFILIATIONS = Set.of("of", "at", "with", "from");

  /**
   * The last token of a person's name that an affiliation's preposition joins to the body named at
   * {@code bodyFrom} ("Theodore Semegran of Shearson", "Jones at the Ford Motor Co"), or -1: the word
   * before the preposition must end a name the article reads as a person's (several words, a title
   * before it, or a person it introduced), not a body's ("Bank of England") nor a title ("Minister of
   * Finance"); a plural only when the article also writes it alone ("Gold Fields of South Africa Ltd"
   * is one company's name).
   */
  private int personBeforeAffiliation(int from, int bodyFrom) {
    NameSpan body = nameSpanAt(bodyFrom);
    int p = (body != null ? Math.min(body.from(), bodyFrom) : bodyFrom) - 1; // "the Bank of England"
    while (p > from && t.isCapitalised(p) && isDescriptor(p)) {
      p--; // "the Federal Reserve", whose "Federal" the name left out
    }
    if (p > from && t.lower[p].equals("the")) {
      p--;
    }
    int last = p - 1;
    if (p <= from || !AFFILIATIONS.contains(t.lower[p]) || !t.isCapitalised(last) || isDescriptor(last)
        || endsBodysName(last) || pluralOfOrganisationWord(t.lower[last]) || t.isPossessive(last)) {
      return -1;
    }
    NameSpan span = nameSpanAt(last);
    int first = span != null ? span.from() : nameStartingBefore(last, from);
    boolean titled = first > 0 && isTitle(first - 1);
    if (!titled && WordLists.singular(t.lower[last]) != null && !standsAloneElsewhere(last)) {
      return -1;
    }
    if (span != null) {
      return span.entity().kind == SpeakerKind.PERSON && span.to() == last ? last : -1;
    }
    Entity known = lookup(first, last);
    return known != null ? (known.kind == SpeakerKind.PERSON ? last : -1)
        : kindOf(first, last, titled) == SpeakerKind.PERSON ? last : -1;
  }

  /**
   * The organisation a phrase of one person's title speaks for ("a spokeswoman for the company", "the
   * manager of a European bank"), as what a later "he" or "she" stands for: the person is the
   * organisation's voice. Null when the phrase is no such title, names a group ("officials of …") or
   * describes a person named beside it ("James Fry, vice-president of GM", who stays himself).
   */
  Speaker voice(int from, int to, Speaker speaker) {
    int owner = ownerAfterTitle(from, to);
    if (owner < 0 || speaker.kind() != SpeakerKind.ORGANISATION || WordLists.isPluralOfTitle(t.lower[owner - 2])
        || !DETERMINERS.contains(t.lower[from])) {
      return null;
    }
    return new Speaker(speaker.name(), speaker.kind(), FEMALE_WORDS.contains(t.lower[owner - 2]));
  }

  /** The first token after a title's "for" or "of" in a phrase ("a spokesman for the company"), or -1. */
  private int ownerAfterTitle(int from, int to) {
    for (int p = from + 1; p < to; p++) {
      if ((t.lower[p].equals("for") || t.lower[p].equals("of")) && t.isWord(p - 1)
          && (WordLists.PERSON_TITLES.contains(t.stem(p - 1)) || WordLists.isPluralOfTitle(t.lower[p - 1]))) {
        return p + 1;
      }
    }
    return -1;
  }

  private static final Set<String> NUMBERS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half");

  private static final Set<String> TENS =
      Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** Whether a lower-case word is a number: "47", "six", "forty-one", "half". */
  static boolean number(String w) {
    if (w.isEmpty()) {
      return false;
    }
    int dash = w.indexOf('-');
    return Character.isDigit(w.charAt(0)) || NUMBERS.contains(w) || TENS.contains(w)
        || dash > 0 && TENS.contains(w.substring(0, dash)) && NUMBERS.contains(w.substring(dash + 1));
  }

  /** Whether a phrase counts people: "One in five", "61 percent of voters", "half of them". */
  private boolean quantity(int from, int to) {
    if (!number(t.lower[from])) {
      return false;
    }
    for (int k = from + 1; k <= to; k++) {
      String w = t.lower[k];
      if (w.equals("in") || w.equals("of") || w.equals("percent") || w.equals("out")) {
        return true;
      }
    }
    return false;
  }

  private Speaker named(int from, int to, boolean titled, boolean orgHead) {
    String text = t.words(from, to);
    if (t.isPossessive(to)) {
      text = Tokens.withoutPossessive(text);
    }
    // The whole name the first pass read here when it begins before this phrase does: "Bank of
    // England" where the phrase was cut to "England", "Securities and Exchange Commission"; or when
    // it is a name of several words, which may repeat a longer one ("American Express" for
    // "American Express Co"). A lone word is looked up, as a surname may stand for a full name.
    NameSpan span = nameSpanAt(to);
    Entity e = span != null && (span.from() < from || span.to() > span.from()) ? span.entity() : lookup(from, to);
    if (from == to && from > 0 && t.lower[from - 1].equals("the") && isOrganisationWord(from)) {
      // "The Commission said" after "the European Commission": the organisation named before.
      Entity named = lastOrganisationWithWord(t.lower[from], from);
      e = named != null ? named : e;
    }
    if (e != null) {
      return aliased(e.name, e);
    }
    if (aliases.contains(text)) {
      return aliased(aliases.canonical(text), null);
    }
    SpeakerKind kind = orgHead ? SpeakerKind.ORGANISATION : kindOf(from, to, titled);
    if (kind == null) {
      // A lone word no name of the article explains: an acronym ("OPEC"), a bank's or a company's word
      // ("Bundesbank", "Citicorp") or a word the article never introduces as a person's is a body's.
      String w = from == to && t.isPossessive(from) ? text : t.text(from);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean body = allCapitals(w) || lower.endsWith("bank") || lower.endsWith("corp");
      kind = !body && introducedAsPerson(t.stem(from)) ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION;
    }
    return aliased(text, null, kind, WordLists.FEMALE_NAMES.contains(t.lower[from]));
  }

  /**
   * Whether the article introduces a lone capitalised word as a person's name, the way news introduces
   * people and never bodies: last after a first name, an initial or a title ("Dennis McAuliffe", "C.J.
   * Silas", "Secretary Baker", also where the first pass read the words around them as another name),
   * after a nickname in quotes ("C.J. \"Pete\" Silas") or an age ("the 41-year-old Slutsky"), before a
   * title, an age or a relative "who" set off by a comma ("Silas, chairman,", "Barber, 52,", "Ammerman,
   * who"), as a woman's given name, or as what the next "he" or "she" stands for more often than the
   * next "it" ({@link #pronounAfter}). A body's one-word name opens its longer name instead ("Seemala
   * Partners L.P.") or stands alone: "Comecon said", "Petrobras said", "Eurostat said".
   */
  private boolean introducedAsPerson(String word) {
    if (WordLists.FEMALE_NAMES.contains(word)) {
      return true;
    }
    return introducedPeople.computeIfAbsent(word, w -> {
      // A word ending like a plural ("United Auto Workers", "Saudis … he") is a person's only by an
      // apposition: "Silas, chairman,".
      boolean plural = w.endsWith("s");
      int votes = 0;
      for (int i : capitalisedPositions(w)) {
        if (!plural && i > 0 && surnameAfterName(i) || appositionOfPerson(i, plural)
            || i > 0 && t.lower[i - 1].endsWith("-year-old")
            || i > 2 && t.kind[i - 1] == Tokens.QUOTE && t.isCapitalised(i - 2) && t.kind[i - 3] == Tokens.QUOTE) {
          return true;
        }
        if (!plural && !(i > 0 && (Attributions.OBJECT_PREPOSITIONS.contains(t.lower[i - 1]) || t.lower[i - 1].equals("of")
            || t.lower[i - 1].equals("for")))) {
          votes += pronounAfter(i); // the object of a preposition is seldom what the next pronoun stands for
        }
      }
      return votes > 0;
    });
  }

  /** The tokens where a word stands capitalised, by its stem. */
  private List<Integer> capitalisedPositions(String stem) {
    if (capitalisedAt == null) {
      // Where each capitalised word stands, made once: looking through the whole text for every lone
      // word asked about would make an article of many such words quadratic.
      capitalisedAt = new HashMap<>();
      for (int i = 0; i < t.size; i++) {
        if (t.isCapitalised(i)) {
          capitalisedAt.computeIfAbsent(t.stem(i), w -> new ArrayList<>(2)).add(i);
        }
      }
    }
    return capitalisedAt.getOrDefault(stem, List.of());
  }

  /**
   * The pronoun that next stands for capitalised token i in its paragraph, before any other name and
   * outside quotation marks: 1 for a person's ("Xie said her bank …", "Melanie thought so. She …"), -1
   * for a thing's ("Seemala said it would repay"), 0 for none.
   */
  private int pronounAfter(int i) {
    for (int j = i + 1; j < t.size && j - i <= 12; j++) {
      if (!t.isWord(j)) {
        if (t.kind[j] == Tokens.NEWLINE || t.kind[j] == Tokens.QUOTE) {
          return 0; // a paragraph's or a quotation's pronouns have antecedents of their own
        }
        continue;
      }
      switch (t.lower[j]) {
        case "he", "his", "him", "she", "her" -> {
          return 1;
        }
        case "it", "its" -> {
          return -1;
        }
        default -> {
          if (t.isCapitalised(j) && !FUNCTION_WORDS.contains(t.lower[j])) {
            return 0; // another name the pronoun may stand for
          }
        }
      }
    }
    return 0;
  }

  /**
   * Whether capitalised token i ends a name after a first name, an initial or a title: a word that
   * is no function word, place, people, possessive or organisation word comes before it, and no
   * capitalised word after it ("Dennis McAuliffe said", not "Seemala Partners").
   */
  private boolean surnameAfterName(int i) {
    int before = i - 1;
    if (!t.isCapitalised(before) || t.isPossessive(before) || i + 1 < t.size && t.isCapitalised(i + 1) && !t.isPossessive(i)) {
      return false;
    }
    String w = t.stem(before);
    // A word that is also a common one is a first name inside a sentence ("Republican Bill Frenzel").
    return isTitle(before) || !(isCommonWord(before) && opensSentence(before)) && !FUNCTION_WORDS.contains(w)
        && !DETERMINERS.contains(w) && !WordLists.PLACES.contains(w)
        && !WordLists.NATIONALITIES.contains(w) && !isOrganisationWord(before) && !whereabouts(before)
        && !WordLists.LEGAL_FORMS.contains(w) && !allCapitals(t.text(before));
  }

  /** Words that end the head of a description: "a broker with …", "a partnership that …". */
  private static final Set<String> AFTER_DESCRIPTION_HEAD =
      Set.of("in", "at", "with", "for", "from", "on", "of", "that", "which", "whose", "and", "based");

  /**
   * Whether the name ending at token i is set off by a description of a body: ", a New York investment
   * partnership,", ", the state-owned airline,", ", a unit of Acme Corp,": a determiner, then a head
   * (the word before the description's comma, full stop or "with", "that", "of" …) that is an
   * organisation word or a company's trade, or a unit or subsidiary "of" something, and no person's
   * title before it. "…, the company's president," and "…, a broker with Merrill Lynch Futures Inc"
   * describe people.
   */
  private boolean appositionOfBody(int i) {
    if (i + 3 >= t.size || !t.isPunct(i + 1, ',') || !t.isWord(i + 2)
        || !(t.lower[i + 2].equals("a") || t.lower[i + 2].equals("an") || t.lower[i + 2].equals("the"))) {
      return false;
    }
    for (int k = i + 3; k < t.size && k - i <= 9; k++) {
      if (t.isWord(k) && !AFTER_DESCRIPTION_HEAD.contains(t.lower[k])) {
        if (WordLists.PERSON_TITLES.contains(t.stem(k)) || WordLists.isPluralOfTitle(t.lower[k])) {
          return false;
        }
        continue;
      }
      int head = k - 1; // the description ends at k
      boolean closed = t.isWord(k) || t.isPunct(k, ',') || t.isPunct(k, '.');
      return closed && head > i + 2 && !t.isPossessive(head)
          && (isOrganisationWord(head) || companyWord(t.stem(head))
              || t.lower[k].equals("of") && PARTS_OF_BODIES.contains(t.stem(head)));
    }
    return false;
  }

  /** Heads of descriptions that make a body a part of another: "a unit of Acme Corp". */
  private static final Set<String> PARTS_OF_BODIES = Set.of("unit", "subsidiary", "division");

  /** Whether a word names a company as "company" does or by its trade: "firm", "bank", "airline". */
  private static boolean companyWord(String stem) {
    return COMPANY_HEADS.contains(stem) || WordLists.COMPANY_KINDS.contains(stem);
  }

  /**
   * "Silas, chairman,", "Barber, 52,", "Catto, a spokesman", "Ammerman, who": a person's apposition
   * after token i; after a word ending like a plural, a group's "who" is none ("The Europeans, who").
   */
  private boolean appositionOfPerson(int i, boolean plural) {
    if (i + 2 >= t.size || !t.isPunct(i + 1, ',') || !t.isWord(i + 2)
        || i > 0 && (t.lower[i - 1].equals("of") || t.lower[i - 1].equals("for"))) {
      return false; // "deputy director of Comecon, who heads …" describes the director
    }
    String next = t.lower[i + 2];
    int head = DETERMINERS.contains(next) && i + 3 < t.size ? i + 3 : i + 2;
    while (head + 1 < t.size && t.isWord(head) && !WordLists.PERSON_TITLES.contains(t.stem(head))
        && head - i < 6 && t.isWord(head + 1) && !t.lower[head].equals("of") && !t.lower[head].equals("for")) {
      head++; // "a former Treasury official", "company spokesman"
    }
    return WordLists.PERSON_TITLES.contains(t.stem(head)) || next.equals("who") && !plural
        || Character.isDigit(next.charAt(0)) && next.length() <= 2 && i + 3 < t.size && t.isPunct(i + 3, ',');
  }

  /**
   * A phrase that names nobody, as a speaker name: without the capital a sentence gave its first
   * word when that is an ordinary word, a title or a number ("Analysts said" → "analysts", "One in
   * five" → "one in five"), which {@link SpeakerNames} reads as a description. A name keeps its
   * capital ("Axelrod's memoir"), and so does a nationality ("Chinese officials") or an acronym.
   */
  private String description(int from, int to) {
    String text = t.words(from, to);
    String first = t.text(from);
    String stem = t.stem(from);
    boolean ordinary = !inName(from) // "Bank of France spokesman" keeps its name's capital
        && !(from < to && isTitle(from) && t.isCapitalised(from + 1)) // and "Mr. Blair's spokesman" its title's
        && (isCommonWord(from) || pluralCapitalisedBySentence(from) || number(t.lower[from]) || pluralTitle(from)
            || WordLists.PERSON_TITLES.contains(stem) || isOrganisationWord(from)
            || from < to && WordLists.namesPeople(t.lower[to]) && capitalisedBySentence(from));
    if (!t.isCapitalised(from) || allCapitals(first) || first.length() > 1 && Character.isUpperCase(first.charAt(1))
        || !ordinary || WordLists.NATIONALITIES.contains(stem)
        || WordLists.MONTHS.contains(t.lower[from])) { // "December quarter" keeps the month's capital
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The person the article introduced with the title that heads the description from..to ("the
   * Chinese president" → Xi Jinping), the one mentioned last before it, else the first mentioned after
   * it; {@code null} when none fits.
   */
  private Entity personIntroducedAs(int from, int to, String head) {
    Entity best = null;
    int bestMention = Integer.MIN_VALUE;
    boolean bestTitled = false;
    for (Entity e : entities) {
      if (e.kind != SpeakerKind.PERSON || e.descriptors.isEmpty()) {
        continue;
      }
      boolean titled = e.descriptors.contains(head);
      boolean fits = titled || WordLists.GENERIC_PERSON_TITLES.contains(head);
      for (int k = from; k < to && fits; k++) {
        String w = t.stem(k);
        if (WordLists.NATIONALITIES.contains(w) || WordLists.PERSON_TITLES.contains(w)) {
          fits = e.descriptors.contains(w);
        }
      }
      if (!fits || bestTitled && !titled) {
        continue;
      }
      // A person introduced with this very title wins over one a generic title only fits: "the former
      // president" after "Former President Bill Clinton … his wife Hillary Clinton" is Bill Clinton.
      int mention = lastMentionBefore(e, from);
      if (mention > bestMention || titled && !bestTitled) {
        best = e;
        bestMention = mention;
        bestTitled = titled;
      }
    }
    return best;
  }

  /** "the Chinese president" → the person the article introduced as such. */
  private Speaker described(int from, int to) {
    String head = t.stem(to);
    boolean definite = from > 0 && "the".equals(t.lower[from - 1]) || t.lower[from].equals("the");
    boolean company = companyWord(head);
    // "its board", "its statement": an organisation's own body or words speak for it
    boolean owned = !company
        && (from > 0 && "its".equals(t.lower[from - 1]) || t.lower[from].equals("its"));
    String text = description(from, to);
    // "a senior U.S. official", "one diplomat": someone the article has not named, never a person it names
    boolean indefinite = from > 0 && INDEFINITES.contains(t.lower[from - 1]) || INDEFINITES.contains(t.lower[from]);
    if (WordLists.PERSON_TITLES.contains(head)) {
      Entity best = indefinite ? null : personIntroducedAs(from, to, head);
      if (best != null) {
        mention(best, from);
        return aliased(best.name, best);
      }
      return aliased(text, null, SpeakerKind.PERSON, FEMALE_WORDS.contains(head));
    }
    if ((definite || owned) && (isOrganisationWord(to) || company)) {
      // "the department": the department named before, else the organisation named last.
      Entity last = owned ? null : lastOrganisationWithWord(head, from);
      last = last != null ? last
          : company || owned ? lastCompanyBefore(from)
          : STATE_HEADS.contains(head) ? lastOrganisationBefore(from) : lastNonPlaceBefore(from);
      if (last != null) {
        return aliased(last.name, last);
      }
      Speaker lone = company || owned ? loneBodyBefore(from) : null;
      if (lone != null) {
        return lone;
      }
    }
    // People described as a group ("analysts", "sources", "oil traders") are people; documents ("the
    // report") and unnamed bodies speak as collectives.
    boolean people = WordLists.namesPeople(head) || WordLists.namesPerson(head);
    return aliased(text, null, people ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION, false);
  }

  /**
   * The nearest body named by one word before a position that spoke there, "KeyCorp said … The
   * company said", "Petro-Canada said … its board": a lone word is no entity of the article (its kind
   * is decided where it speaks), so "the company" finds it here, as a word before a speech verb that
   * the article never introduces as a person's name. {@code null} when there is none.
   */
  private Speaker loneBodyBefore(int position) {
    for (int k = position - 1; k >= 0; k--) {
      if (!t.isWord(k) || !t.isCapitalised(k) || k + 1 >= t.size || !t.isLowerCase(k + 1)
          || SpeechVerbs.of(t.lower[k + 1]) == null
          || k > 0 && t.isWord(k - 1) && t.isCapitalised(k - 1) && !isCommonWord(k - 1)) {
        continue; // not "Word said", or the last word of a longer name
      }
      if (isCommonWord(k) || isTitle(k) || WordLists.PLACES.contains(t.stem(k)) || kindOf(k, k, false) != null
          || WordLists.namesPeople(t.lower[k]) || t.isPossessive(k) || introducedAsPerson(t.stem(k))) {
        continue; // ("Democrats said" are people, not a body)
      }
      return aliased(t.text(k), null, SpeakerKind.ORGANISATION, false);
    }
    return null;
  }

  /**
   * Whether a speaker's name ends in a plural that names people ("analysts", "oil traders", "U.S.
   * officials"): a group, which a "they" can stand for and a "he" cannot.
   */
  static boolean namesGroup(String speaker) {
    String last = speaker.substring(speaker.lastIndexOf(' ') + 1);
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && WordLists.namesPeople(last);
  }

  private static int lastMentionBefore(Entity e, int position) {
    int best = Integer.MIN_VALUE / 2;
    for (int m : e.mentions) {
      if (m < position && m > best) {
        best = m;
      } else if (m >= position && best == Integer.MIN_VALUE / 2) {
        best = Integer.MIN_VALUE / 2 - m; // only mentioned later: the earlier the better
      }
    }
    return best;
  }

  /**
   * Records that an entity is mentioned at a token. A mention as the one spoken to or as the outlet
   * that asked ({@link #addressed}) is no antecedent: in "economists told Reuters. They said …" or
   * "analysts polled by Reuters said … The company …", neither "they" nor "the company" is Reuters.
   */
  private void mention(Entity e, int position) {
    e.mentions.add(position);
    if (!addressed(position)) {
      mentionsAt.computeIfAbsent(position, p -> new ArrayList<>(1)).add(e);
    }
  }

  /** Whether the name at a token is spoken to ("told Reuters") or does the asking ("polled by Reuters"). */
  private boolean addressed(int position) {
    if (position < 1) {
      return false;
    }
    SpeechVerbs.Verb verb = SpeechVerbs.of(t.lower[position - 1]);
    return verb != null && verb.tell()
        || position >= 2 && t.lower[position - 1].equals("by") && ASKING_PARTICIPLES.contains(t.lower[position - 2])
        || filedWith(position);
  }

  /**
   * "filed a shelf registration with the Securities and Exchange Commission": the regulator a
   * company files with, which a later "it" or "the company" does not mean.
   */
  private boolean filedWith(int position) {
    int with = position - 1;
    if (with > 0 && t.lower[with].equals("the")) {
      with--;
    }
    if (with < 1 || !t.lower[with].equals("with")) {
      return false;
    }
    for (int k = with - 1; k >= 0 && with - k <= 8 && t.isWord(k); k--) {
      if (t.lower[k].startsWith("fil")) { // filed, files, filing
        return t.lower[k].equals("filed") || t.lower[k].equals("files") || t.lower[k].equals("filing")
            || t.lower[k].equals("file");
      }
    }
    return false;
  }

  /**
   * The first entity the test accepts among those mentioned at the positions given, nearest first,
   * and of several at one position the one found first. Walking the mentions by position keeps
   * these lookups, asked for every sentence, from reading every mention of the article.
   */
  private static Entity nearestMentioned(Iterable<List<Entity>> positions, Predicate<Entity> test) {
    for (List<Entity> here : positions) {
      Entity best = null;
      for (Entity e : here) {
        if (test.test(e) && (best == null || e.order < best.order)) {
          best = e;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private Entity lastOrganisationBefore(int position) {
    return nearestMentioned(mentionsAt.headMap(position, false).descendingMap().values(),
        e -> e.kind == SpeakerKind.ORGANISATION);
  }

  /**
   * The organisation mentioned last before a position that is no country or place, for a body or a
   * document that no country is: "occurred in the United States, the report said", "In its
   * International Weather and Crop Summary … in Greece. The agency said" mean no country.
   */
  private Entity lastNonPlaceBefore(int position) {
    return nearestMentioned(mentionsAt.headMap(position, false).descendingMap().values(),
        e -> e.kind == SpeakerKind.ORGANISATION && !isPlaceName(e.name));
  }

  /**
   * The company "the company" stands for at a position: the company that last spoke before it as the
   * subject of a speech verb ({@link #speaksAt}), else the organisation mentioned last that is no
   * country, place or public body. "Exports rose to the U.S. The company said …" means the company the
   * story is about, and so does "Acme Inc said it sold shares to Sedio N.V. … The company said".
   */
  private Entity lastCompanyBefore(int position) {
    Predicate<Entity> company = e -> e.kind == SpeakerKind.ORGANISATION && !isPlaceName(e.name) && !isPublicBody(e.name);
    NavigableMap<Integer, List<Entity>> before = mentionsAt.headMap(position, false).descendingMap();
    for (Map.Entry<Integer, List<Entity>> at : before.entrySet()) {
      Entity speaking = speaksAt(at.getKey()) ? nearestMentioned(List.of(at.getValue()), company) : null;
      if (speaking != null) {
        return speaking;
      }
    }
    return nearestMentioned(before.values(), company);
  }

  /** Words that may stand between a subject and its speech verb: "Texaco also said", "IBM has said". */
  private static final Set<String> BEFORE_SPEECH_VERB =
      Set.of("also", "has", "had", "earlier", "previously", "today", "yesterday", "later", "further");

  /**
   * Whether the name mentioned at a token speaks there, as the subject of a speech verb ("Computer
   * Terminal Systems Inc said it sold shares to Sedio N.V.", "…, said Texaco"): "the company" after
   * such a sentence is the company that spoke, not the last one named in its words, which news names
   * as buyers, sellers and owners.
   */
  private boolean speaksAt(int position) {
    if (position >= 2 && SpeechVerbs.of(t.lower[position - 1]) != null && (t.isPunct(position - 2, ',')
        || t.kind[position - 2] == Tokens.QUOTE)) {
      return true;
    }
    NameSpan span = nameSpanAt(position);
    int k = (span != null ? span.to() : position) + 1;
    while (k < t.size && BEFORE_SPEECH_VERB.contains(t.lower[k])) {
      k++;
    }
    return k < t.size && t.isLowerCase(k) && SpeechVerbs.of(t.lower[k]) != null;
  }

  /**
   * Whether an organisation's name says it is a public body: "Securities and Exchange Commission",
   * not "Federated Department Stores Inc", whose legal form makes it a company.
   */
  private static boolean isPublicBody(String name) {
    boolean body = false;
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (WordLists.LEGAL_FORMS.contains(word)) {
        return false;
      }
      body |= PUBLIC_BODIES.contains(word);
    }
    return body;
  }

  /**
   * Whether every word of a name is a place or a nationality, or a point of the compass before one:
   * "U.S.", "West Germany", "South Korea".
   */
  private static boolean isPlaceName(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    for (int k = 0; k < words.length; k++) {
      String word = words[k];
      if (!WordLists.PLACES.contains(word) && !WordLists.NATIONALITIES.contains(word)
          && !(k < words.length - 1 && PLACE_QUALIFIERS.contains(word))) {
        return false;
      }
    }
    return true;
  }

  /** The organisation mentioned last before a position whose longer name has the word: "European Commission". */
  private Entity lastOrganisationWithWord(String word, int position) {
    return nearestMentioned(mentionsAt.headMap(position, false).descendingMap().values(),
        e -> e.kind == SpeakerKind.ORGANISATION && e.name.contains(" ")
            && List.of(e.name.toLowerCase(Locale.ROOT).split(" ")).contains(word));
  }

  /** The person or organisation mentioned first in tokens [from, to), for pronoun antecedents. */
  Speaker firstMentionIn(int from, int to, SpeakerKind kind) {
    Entity best = from >= to ? null : nearestMentioned(mentionsAt.subMap(from, true, to, false).values(), e -> e.kind == kind);
    return best == null ? null : aliased(best.name, best);
  }

  /** The organisation mentioned last in tokens [from, to). */
  Speaker lastOrganisationIn(int from, int to) {
    Entity best = from >= to ? null
        : nearestMentioned(mentionsAt.subMap(from, true, to, false).descendingMap().values(),
            e -> e.kind == SpeakerKind.ORGANISATION);
    return best == null ? null : aliased(best.name, best);
  }

  private Speaker aliased(String name, Entity e) {
    return aliased(name, e, e == null ? SpeakerKind.PERSON : e.kind, e != null && e.female);
  }

  /** Titles of peers, in the order one is preferred when several describe someone. */
  private static final List<String> PEERAGES = List.of("lord", "baroness", "lady", "baron", "viscount", "earl");

  /**
   * A person the article names by one word after a peer's title is known by both: "Lord Falconer",
   * "Baroness Kennedy", where "Falconer" alone reads as no one. A peer the article names in full
   * ("Robin Butler") keeps the full name.
   */
  private static String withPeerage(String name, Entity e) {
    if (e == null || e.kind != SpeakerKind.PERSON || name.indexOf(' ') >= 0) {
      return name;
    }
    for (String peerage : PEERAGES) {
      if (e.descriptors.contains(peerage)) {
        return Character.toUpperCase(peerage.charAt(0)) + peerage.substring(1) + " " + name;
      }
    }
    return name;
  }

  private Speaker aliased(String name, Entity e, SpeakerKind kind, boolean female) {
    String canonical = aliases.canonical(withPeerage(withoutLegalFormStop(name), e));
    SpeakerKind declared = aliases.kind(canonical).orElse(kind);
    return new Speaker(canonical, declared, female || e != null && e.female);
  }
}
