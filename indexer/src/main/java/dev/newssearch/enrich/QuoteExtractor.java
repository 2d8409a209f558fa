package dev.newssearch.enrich;

import dev.newssearch.article.Mention;
import dev.newssearch.article.Quote;
import dev.newssearch.article.QuoteType;
import dev.newssearch.article.SpeakerKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds who said what in an article body: direct quotes ({@code "…," Putin said}), mixed quotes
 * ({@code called him his "dear friend"}) and reported speech without quotation marks ({@code Xi told
 * Putin that …}, {@code according to TASS}), each with its speaker resolved to a canonical name.
 *
 * <p>The pipeline is rule-based and runs in one pass: {@link Tokens} → {@link QuoteMarks} (pairing
 * straight, curly and mismatched marks) → {@link Sentences} → {@link Attributions} (speech events per
 * sentence) → {@link SpeakerResolver} (names, titles and pronouns to one speaker per article, then
 * the {@link AliasList}). Quoted words with no speech event around them (scare quotes) are not quotes.
 * A quote-only sentence right after an attributed quote, or right after a sentence of reported speech,
 * continues that speaker's words.
 *
 * <p>Instances hold only immutable configuration, so one extractor can serve many threads.
 */
public final class QuoteExtractor {
  /** The pronouns by which the writer speaks. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** Words that stand alone for members of a group named before: "Dealers said … One said …". */
  private static final Set<String> MEMBERS_OF_GROUP = Set.of("one", "another", "some", "many", "most", "several");

  private final AliasList aliases;

  public QuoteExtractor(AliasList aliases) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /**
   * The quotes of a body whose writer is unknown, in order of their start offsets: what "I" or "we"
   * state outside quotation marks gets no quote. Thread-safe.
   */
  public List<Quote> extract(String body) {
    return extract(body, null);
  }

  /**
   * The quotes of a body, in order of their start offsets. Thread-safe.
   *
   * @param author the article's byline, or {@code null}: the writer it names ({@link Byline}) is
   *     the speaker of what "I" or "we" state outside quotation marks ("I think the deal will
   *     hold"), except in an interview's answers ("A: I think …"), where the one answering speaks;
   *     without a writer those statements get no quote
   */
  public List<Quote> extract(String body, String author) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    SpeakerResolver.Speaker writer = Byline.writer(author).orElse(null);
    Tokens t = Tokens.of(body);
    QuoteMarks marks = QuoteMarks.of(t);
    List<Sentences.Sentence> sentences = Sentences.of(t, marks);
    SpeakerResolver resolver = new SpeakerResolver(t, aliases);
    List<Quote> out = new ArrayList<>();
    SpeakerResolver.Speaker[] salientPerson = new SpeakerResolver.Speaker[sentences.size()];
    SpeakerResolver.Speaker[] salientOrganisation = new SpeakerResolver.Speaker[sentences.size()];
    Quote lastDirect = null;
    boolean lastDirectByWoman = false;
    int paragraphSpeechEnd = -1; // where words attributed to the rest of a paragraph end
    int lastDirectSentence = -10;
    Quote lastReported = null; // the last words reported without marks, whose speaker a quote may go on with
    boolean lastReportedByWoman = false;
    int lastReportedSentence = -10;
    int[] labels = interviewLabels(t, sentences); // paragraphs opening with "Q:" and with "A:"
    SpeakerResolver.Speaker interviewee = labels[1] >= 2 ? interviewee(sentences, resolver) : null;
    boolean answer = false; // in an answer to an interview question ("A: I think …")
    boolean question = false; // in an interview question ("Q: You said …")
    for (int si = 0; si < sentences.size(); si++) {
      Sentences.Sentence s = sentences.get(si);
      if (si == 0 || sentences.get(si - 1).paragraph() != s.paragraph()) {
        char label = interviewLabel(t, s);
        // Where questions are labelled too, an answer goes on over paragraphs of its own until the next.
        answer = label == 'A' || answer && label == 0 && labels[0] >= 2;
        question = label == 'Q';
      }
      List<Quote> found = new ArrayList<>();
      // The quotes of this sentence whose speaker is known to be a woman, so that a later "she" finds her.
      Set<Quote> byWomen = new HashSet<>();
      List<Quote> questions = new ArrayList<>(); // put by an asker, who is no antecedent
      SpeakerResolver.Speaker voice = null; // a person speaking for an organisation, as its speaker
      for (Attributions.Attribution a : Attributions.find(t, marks, s, resolver)) {
        if (t.start[s.from()] < paragraphSpeechEnd && Attributions.weak(t, a)) {
          continue; // "PENCE: … Trump was mocking the campaign.": part of Pence's words
        }
        SpeakerResolver.Speaker speaker;
        int mFrom = a.speakerFrom();
        int mTo = a.speakerTo();
        String pronoun = mFrom == mTo ? subjectPronoun(t.lower[mFrom]) : null;
        if (pronoun != null && FIRST_PERSON.contains(pronoun)) {
          // The writer's own view or account ("I think …", "we know that …"), which PolNeAR counts;
          // "you" is the reader, addressed rather than quoted. In an interview's answers the one
          // answering speaks.
          speaker = answer ? interviewee : writer;
        } else if (pronoun != null && pronoun.equals("you") && question) {
          speaker = interviewee; // "Q: You said yesterday, the middle class is still getting crushed."
        } else if (pronoun != null) {
          speaker = antecedent(pronoun, found, salientPerson, salientOrganisation, si, resolver, s);
          if (speaker == null && pronoun.equals("they") && Attributions.opensClause(t, mFrom)) {
            // "Many supporters waited outside. They said …": a group of people named in this sentence
            // or the one before, when no organisation is; not in "people they knew", where "they" is
            // inside a relative clause.
            speaker = peopleGroupBefore(t, sentences.get(Math.max(0, si - 1)).from(), mFrom, resolver);
          }
        } else if (mFrom == mTo && MEMBERS_OF_GROUP.contains(t.lower[mFrom])) {
          // "Dealers said the deal was priced too high. \"…,\" one said.": one of those dealers, the
          // last group of people named in this sentence or the two before; without one, still a person.
          speaker = peopleGroupBefore(t, sentences.get(Math.max(0, si - 2)).from(), mFrom, resolver);
          if (speaker == null) {
            SpeakerResolver.Speaker word = resolver.resolve(mFrom, mTo);
            speaker = word == null ? null : new SpeakerResolver.Speaker(word.name(), SpeakerKind.PERSON, false);
          }
        } else {
          speaker = resolver.resolve(mFrom, mTo);
          if (speaker != null && voice == null) {
            // "a spokesman for the company said …": his "he said" that follows is the company's too.
            voice = resolver.voice(mFrom, mTo, speaker);
          }
        }
        if (speaker == null) {
          continue;
        }
        int start = a.contentStart();
        int end = a.contentEnd();
        if (a.toParagraphEnd()) {
          int last = si;
          while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == s.paragraph()) {
            last++;
          }
          end = Math.max(end, t.end[sentences.get(last).to() - 1]);
          paragraphSpeechEnd = Math.max(paragraphSpeechEnd, end);
        }
        if (a.relative() >= 0) {
          mFrom = a.relative();
          mTo = a.relative();
        }
        int mentionEnd = t.end[mTo];
        String contracted = mFrom == mTo ? Attributions.contractedPronoun(t.lower[mFrom]) : null;
        if (contracted != null) {
          mentionEnd = t.start[mFrom] + contracted.length(); // "He's said": the mention is "He"
        }
        Mention mention = new Mention(t.start[mFrom], mentionEnd, body.substring(t.start[mFrom], mentionEnd));
        Quote quote = new Quote(speaker.name(), speaker.kind(), typeOf(t, marks, start, end),
            body.substring(start, end), start, end, mention);
        (Attributions.asker(t, a) ? questions : found).add(quote);
        if (speaker.female()) {
          byWomen.add(quote);
        }
      }
      if (found.isEmpty() && Attributions.quoteOnly(t, marks, s)) {
        int q = marks.spanAt[firstQuoteToken(t, marks, s)];
        int start = marks.startOffset(t, q);
        int end = marks.endOffset(t, q);
        int nameEnd = transcriptSpeaker(t, marks.open[q] + 1);
        SpeakerResolver.Speaker speaker = nameEnd < 0 ? null : resolver.resolve(marks.open[q] + 1, nameEnd);
        if (speaker != null) {
          // "\"PENCE: Well, …\"": a quoted transcript names its speaker before the colon.
          int from = marks.open[q] + 1;
          Quote quote = new Quote(speaker.name(), speaker.kind(), QuoteType.DIRECT, body.substring(start, end), start,
              end, new Mention(t.start[from], t.end[nameEnd], body.substring(t.start[from], t.end[nameEnd])));
          found.add(quote);
          if (speaker.female()) {
            byWomen.add(quote);
          }
        } else {
          // A quote standing alone goes on with the words attributed just before it: what the sentence
          // before reported without marks ("Kerry said that 100,000 would be accepted. \"That adds up to
          // 185,000 …\""), or else an attributed quote in one of the two sentences before.
          boolean afterReport = si - lastReportedSentence == 1 && lastReportedSentence > lastDirectSentence;
          boolean afterQuote = !afterReport && lastDirect != null && si - lastDirectSentence <= 2;
          Quote previous = afterReport ? lastReported : afterQuote ? lastDirect : null;
          if (previous != null) {
            Quote quote = new Quote(previous.speaker(), previous.speakerKind(), QuoteType.DIRECT,
                body.substring(start, end), start, end, previous.mention());
            found.add(quote);
            if (afterQuote ? lastDirectByWoman : lastReportedByWoman) {
              byWomen.add(quote);
            }
          }
        }
      }
      for (Quote quote : found) {
        if (quote.type() == QuoteType.INDIRECT && !firstPerson(quote)) {
          lastReported = quote;
          lastReportedByWoman = byWomen.contains(quote);
          lastReportedSentence = si;
        }
        if (quote.type() != QuoteType.INDIRECT) {
          lastDirect = quote;
          lastDirectByWoman = byWomen.contains(quote);
          lastDirectSentence = si;
        }
        if (!collective(quote) && salientPerson[si] == null && !firstPerson(quote)) {
          salientPerson[si] =
              new SpeakerResolver.Speaker(quote.speaker(), quote.speakerKind(), byWomen.contains(quote));
        }
        if (collective(quote) && salientOrganisation[si] == null && !firstPerson(quote)) {
          salientOrganisation[si] = new SpeakerResolver.Speaker(quote.speaker(), quote.speakerKind(), false);
        }
      }
      if (salientPerson[si] == null) {
        salientPerson[si] = voice;
      }
      if (salientPerson[si] == null) {
        salientPerson[si] = resolver.firstMentionIn(s.from(), s.to(), SpeakerKind.PERSON);
      }
      if (salientOrganisation[si] == null) {
        salientOrganisation[si] = resolver.lastOrganisationIn(s.from(), s.to());
      }
      out.addAll(found);
      out.addAll(questions);
    }
    return dedupe(out);
  }

  /** How many paragraphs open with "Q:" and how many with "A:", as the lines of an interview do. */
  private static int[] interviewLabels(Tokens t, List<Sentences.Sentence> sentences) {
    int[] labels = new int[2];
    for (int si = 0; si < sentences.size(); si++) {
      if (si == 0 || sentences.get(si - 1).paragraph() != sentences.get(si).paragraph()) {
        char label = interviewLabel(t, sentences.get(si));
        labels[0] += label == 'Q' ? 1 : 0;
        labels[1] += label == 'A' ? 1 : 0;
      }
    }
    return labels;
  }

  /**
   * The one answering in an interview printed as answers ("A: …"): the first person the article names,
   * in its title or first sentences ("Q&A with Vice President Joe Biden").
   */
  private static SpeakerResolver.Speaker interviewee(List<Sentences.Sentence> sentences, SpeakerResolver resolver) {
    int lead = sentences.get(Math.min(2, sentences.size() - 1)).to();
    return resolver.firstMentionIn(0, lead, SpeakerKind.PERSON);
  }

  /** 'Q' or 'A' for a sentence that opens with "Q:" or "A:", as an interview's lines do; else 0. */
  private static char interviewLabel(Tokens t, Sentences.Sentence s) {
    if (!t.isWord(s.from()) || !t.isPunct(s.from() + 1, ':')) {
      return 0;
    }
    String word = t.text(s.from());
    return word.equals("Q") ? 'Q' : word.equals("A") ? 'A' : 0;
  }

  /**
   * Whether the quote is the writer's own ("I think …"): the writer is no antecedent for a later "he",
   * "she", "it" or "they".
   */
  private static boolean firstPerson(Quote quote) {
    return FIRST_PERSON.contains(quote.mention().text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a quote's speaker is an organisation or a group of people ("analysts", "U.S. officials"):
   * what a later "they" or "it" stands for, never a "he" or "she".
   */
  private static boolean collective(Quote quote) {
    return quote.speakerKind() == SpeakerKind.ORGANISATION || SpeakerResolver.namesGroup(quote.speaker());
  }

  /** The last group of people named in tokens [from, before) as a speaker ("traders"), or null. */
  private static SpeakerResolver.Speaker peopleGroupBefore(Tokens t, int from, int before, SpeakerResolver resolver) {
    int group = Attributions.lastPeopleGroup(t, from, before);
    return group < 0 ? null : resolver.resolve(group, group);
  }

  /** The subject form of a pronoun that can stand for a speaker ("his", "he's" → "he"), or null. */
  private static String subjectPronoun(String word) {
    return switch (word) {
      case "his" -> "he";
      case "her" -> "she";
      case "their" -> "they";
      default -> Attributions.PRONOUNS.contains(word) ? word : Attributions.contractedPronoun(word);
    };
  }

  /** Who "he", "she", "they" or "it" is: the last salient person, or organisation or group, before it. */
  private static SpeakerResolver.Speaker antecedent(String pronoun, List<Quote> sameSentence,
      SpeakerResolver.Speaker[] persons, SpeakerResolver.Speaker[] organisations, int si,
      SpeakerResolver resolver, Sentences.Sentence s) {
    boolean person = pronoun.equals("he") || pronoun.equals("she");
    boolean organisation = pronoun.equals("it") || pronoun.equals("they");
    if (!person && !organisation) {
      return null; // "you" outside quotes is the reader
    }
    for (int k = sameSentence.size() - 1; k >= 0; k--) {
      Quote q = sameSentence.get(k);
      if (collective(q) == organisation && !firstPerson(q)) {
        return new SpeakerResolver.Speaker(q.speaker(), q.speakerKind(), false);
      }
    }
    SpeakerResolver.Speaker[] salient = person ? persons : organisations;
    int reach = person ? si : 2;
    SpeakerResolver.Speaker fallback = null;
    for (int k = si - 1; k >= Math.max(0, si - reach); k--) {
      SpeakerResolver.Speaker candidate = salient[k];
      if (candidate == null) {
        continue;
      }
      boolean she = pronoun.equals("she");
      if (!person || she == candidate.female()) {
        return candidate;
      }
      if (she && fallback == null) {
        fallback = candidate; // gender unknown to the word lists: better than nothing
      }
    }
    return fallback;
  }

  /** The last token of one to three capitalised words from token i that a colon follows, or -1. */
  private static int transcriptSpeaker(Tokens t, int i) {
    int k = i;
    while (k < t.size && k - i < 3 && t.isCapitalised(k)) {
      k++;
    }
    return k > i && t.isPunct(k, ':') && !t.isPunct(k + 1, '/') ? k - 1 : -1;
  }

  private static int firstQuoteToken(Tokens t, QuoteMarks marks, Sentences.Sentence s) {
    for (int i = s.from(); i < s.to(); i++) {
      if (t.kind[i] == Tokens.QUOTE && marks.spanAt[i] >= 0) {
        return i;
      }
    }
    return s.from();
  }

  /** Direct when the content is one quoted span, mixed when it contains one, else indirect. */
  private static QuoteType typeOf(Tokens t, QuoteMarks marks, int start, int end) {
    boolean contains = false;
    for (int q = 0; q < marks.count; q++) {
      int qs = marks.startOffset(t, q);
      int qe = marks.endOffset(t, q);
      if (qs >= start && qe <= end) {
        if (qs == start && end - qe <= 2) {
          return QuoteType.DIRECT;
        }
        contains = true;
      }
    }
    return contains ? QuoteType.MIXED : QuoteType.INDIRECT;
  }

  /** Sorted by start; one quote per span (the first rule to find it wins). */
  private static List<Quote> dedupe(List<Quote> quotes) {
    List<Quote> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    Set<Long> seen = new HashSet<>();
    List<Quote> out = new ArrayList<>(sorted.size());
    for (Quote q : sorted) {
      if (seen.add(((long) q.start() << 32) | q.end())) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }
}
