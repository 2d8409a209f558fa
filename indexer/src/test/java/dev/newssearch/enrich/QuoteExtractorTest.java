package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.article.Quote;
import dev.newssearch.article.QuoteType;
import dev.newssearch.article.SpeakerKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private static final String XI = "Chinese President Xi Jinping met Russian President Vladimir Putin. ";

  private final QuoteExtractor extractor = new QuoteExtractor(AliasList.builtIn());

  /** A quote as speaker | kind | type | mention | text, easy to compare exactly. */
  private static String row(Quote q) {
    return q.speaker() + " | " + q.speakerKind() + " | " + q.type() + " | " + q.mention().text() + " | " + q.text();
  }

  private List<String> rows(String body) {
    List<Quote> quotes = extractor.extract(body);
    for (Quote q : quotes) {
      assertEquals(body.substring(q.start(), q.end()), q.text(), "text is the body's span");
      assertEquals(body.substring(q.mention().start(), q.mention().end()), q.mention().text());
    }
    return quotes.stream().map(QuoteExtractorTest::row).toList();
  }

  // ------------------------------------------------------------------ direct quotes

  @Test
  void directQuoteBeforeSaidIsAttributedToTheFullName() {
    assertEquals(
        List.of("Vladimir Putin | PERSON | DIRECT | Putin | \"We maintain permanent contact,\""),
        rows(XI + "\"We maintain permanent contact,\" Putin said."));
  }

  @Test
  void curlyQuoteWithInvertedSaidStopsTheSpeakerBeforeTheAffiliation() {
    assertEquals(
        List.of("Yulia Shapovalova | PERSON | DIRECT | Yulia Shapovalova | \u201cMany people say China has concerns. This may mean a shift,\u201d"),
        rows("\u201cMany people say China has concerns. This may mean a shift,\u201d said Yulia Shapovalova of Al Jazeera in Moscow."));
  }

  @Test
  void doubledApostrophesCloseAfterAnInnerQuote() {
    // Some archives write a double quote as two apostrophes; a quote inside closes with a third.
    assertEquals(
        List.of("Gregory W. Slayton | PERSON | DIRECT | Gregory W. Slayton | ''I would use the word 'old-school,'''"),
        rows("''I would use the word 'old-school,''' said Gregory W. Slayton, an adviser."));
  }

  @Test
  void splitQuoteAndFollowingQuoteOnlySentenceKeepTheSpeaker() {
    assertEquals(
        List.of("Donald Trump | PERSON | DIRECT | Donald Trump | \"We will win,\"",
            "Donald Trump | PERSON | DIRECT | Donald Trump | \"They will lose.\""),
        rows("\"We will win,\" Donald Trump said. \"They will lose.\""));
  }

  @Test
  void aQuoteOnlySentenceRightAfterReportedSpeechGoesOnWithItsSpeaker() {
    assertEquals(
        List.of("John Kerry | PERSON | INDIRECT | John Kerry | 100,000 would be accepted",
            "John Kerry | PERSON | DIRECT | John Kerry | \"That adds up to 185,000 over two years.\""),
        rows("Then, in 2017, John Kerry said that 100,000 would be accepted. \"That adds up to 185,000 over two"
            + " years.\""));
    // The reported statement right before the quote is nearer than a quote two sentences back.
    assertEquals(
        List.of("Andy Clarke | PERSON | DIRECT | Mr Clarke | \"It will cost passengers,\"",
            "Jacques Barrot | PERSON | INDIRECT | Jacques Barrot | the changes were necessary",
            "Jacques Barrot | PERSON | DIRECT | Jacques Barrot | \"The boom in air travel needs protection.\""),
        rows("Andy Clarke runs the ERAA. \"It will cost passengers,\" Mr Clarke said. On Wednesday, Jacques Barrot,"
            + " the transport commissioner, said that the changes were necessary. \"The boom in air travel needs"
            + " protection.\""));
    // Only the very next sentence: a quote after an unattributed one has no speaker.
    assertEquals(
        List.of("John Kerry | PERSON | INDIRECT | John Kerry | 100,000 would be accepted"),
        rows("Then, in 2017, John Kerry said that 100,000 would be accepted. The figure was 85,000 in 2016."
            + " \"That adds up to 185,000 over two years.\""));
  }

  @Test
  void quoteRunningOverParagraphsIsOneQuote() {
    String body = "Donald Trump spoke in Ohio.\n\n\"We will win. We will win big.\n\n\"And we will keep winning,\" he said.";
    assertEquals(
        List.of("Donald Trump | PERSON | DIRECT | he | \"We will win. We will win big.\n\n\"And we will keep winning,\""),
        rows(body));
  }

  // ------------------------------------------------------------------ mixed quotes

  @Test
  void mismatchedStraightAndCurlyMarksMakeAMixedQuote() {
    assertEquals(
        List.of("Vladimir Putin | PERSON | MIXED | Putin | he considers \"these relations a real example of cooperation\u201d"),
        rows(XI + "Putin said he considers \"these relations a real example of cooperation\u201d, Moscow Times online newspaper reported."));
  }

  @Test
  void quotedFragmentAfterCalledIsAMixedQuote() {
    assertEquals(
        List.of("Vladimir Putin | PERSON | MIXED | Putin | Xi and called him his \"dear friend\""),
        rows(XI + "As he began the meeting, Putin welcomed Xi and called him his \"dear friend\"."));
  }

  @Test
  void scareQuotesWithoutSpeechAreNotQuotes() {
    assertEquals(List.of(), rows("The Chinese leader is keen on maintaining \"deep\" relations with Russia."));
  }

  // ------------------------------------------------------------------ reported speech

  @Test
  void toldNamesTheSpeakerNotThePersonSpokenTo() {
    assertEquals(
        List.of("Xi Jinping | PERSON | INDIRECT | Xi | China would coordinate positions"),
        rows(XI + "Xi told Putin that China would coordinate positions."));
  }

  @Test
  void trailingSaidAttributesTheClauseBefore() {
    assertEquals(
        List.of("Vladimir Putin | PERSON | INDIRECT | Vladimir Putin | Russia will oppose any forces using the Taiwan question"),
        rows("Russia will oppose any forces using the Taiwan question, Vladimir Putin said."));
  }

  @Test
  void allCapsSurnameResolvesToTheFullName() {
    assertEquals(
        List.of("Xi Jinping | PERSON | INDIRECT | XI | Cooperation will grow"),
        rows("President Xi Jinping met Vladimir Putin. Cooperation will grow, XI told Putin at the start of their meeting."));
  }

  @Test
  void invertedSaidAndAddingThatShareTheSpeaker() {
    assertEquals(
        List.of("Xi Jinping | PERSON | INDIRECT | Xi | China is willing to maintain interactions with Russia",
            "Xi Jinping | PERSON | INDIRECT | Xi | China would coordinate positions"),
        rows(XI + "China is willing to maintain interactions with Russia, said Xi, adding that China would coordinate positions."));
  }

  @Test
  void accordingToNamesTheSpeaker() {
    assertEquals(
        List.of("Dmitry Peskov | PERSON | INDIRECT | Dmitry Peskov | The talks went well"),
        rows("The talks went well, according to Dmitry Peskov, a spokesman for the Kremlin."));
  }

  @Test
  void quotedAsSayingMakesThePersonNotTheOutletTheSpeaker() {
    assertEquals(
        List.of("Xi Jinping | PERSON | DIRECT | Xi | \"China and Russia should increase their joint efforts,\""),
        rows(XI + "\"China and Russia should increase their joint efforts,\" China's state-run Xinhua news agency quoted Xi as saying."));
  }

  @Test
  void outletReportingSomeoneElsesWordsIsNotASpeaker() {
    assertEquals(
        List.of("officials | PERSON | INDIRECT | Officials | the plan had failed"),
        rows("Officials said the plan had failed, according to Reuters."));
  }

  @Test
  void aSubordinateClauseOpeningTheSentenceEndsBeforeTheMainClause() {
    assertEquals(
        List.of("Hillary Clinton | PERSON | INDIRECT | Hillary Clinton | bringing communities together",
            "Donald Trump | PERSON | INDIRECT | Donald Trump | the country needs law and order"),
        rows("As Hillary Clinton talked about bringing communities together, Donald Trump said that the"
            + " country needs law and order."));
  }

  @Test
  void accordingToASourceReportingAStanceNamesTheSource() {
    // Voters only want something; the poll is what says so. A verb of communication inside would
    // make the source a relay instead (outletReportingSomeoneElsesWordsIsNotASpeaker).
    assertEquals(
        List.of("poll | ORGANISATION | INDIRECT | the poll | Most voters want a change"),
        rows("Most voters want a change, according to the poll."));
  }

  @Test
  void aPhraseAfterAPrepositionIsNeverTheSubject() {
    assertEquals(
        List.of("Ted Cruz | PERSON | INDIRECT | Ted Cruz | he would vote for Trump"),
        rows("In a Facebook message posted Friday, Ted Cruz said he would vote for Trump."));
    assertEquals(
        List.of("narrator | ORGANISATION | INDIRECT | A narrator | why Trump paid no tax"),
        rows("A narrator in the Clinton ad asks why Trump paid no tax."));
    assertEquals(
        List.of("Donald Trump | PERSON | INDIRECT | Donald Trump | NATO may be obsolete"),
        rows("In a Bloomberg interview Donald Trump declared that NATO may be obsolete."));
  }

  @Test
  void aParticipleBelongsToTheOuterSpeakerAndAQuoteToTheParticipleBeforeIt() {
    // "his early-morning tweets attempting …" reads as a nested statement; "saying" is still Trump's.
    assertTrue(rows("Donald Trump is defending his early-morning tweets attempting to shame a former Miss"
            + " Universe, saying it shows he would be awake for a call.")
        .contains("Donald Trump | PERSON | INDIRECT | Donald Trump | it shows he would be awake for a call"));
    assertEquals(
        List.of("Donald Trump | PERSON | DIRECT | Trump | \u201cThat makes me smart.\u201d"),
        rows("Donald Trump spoke. The spot concludes with footage of Trump saying during the debate,"
            + " \u201cThat makes me smart.\u201d"));
  }

  @Test
  void organisationAndPartyLabelSpeakersAreRecognised() {
    assertEquals(
        List.of("Ukraine's foreign ministry | ORGANISATION | INDIRECT | Ukraine's foreign ministry | not to send troops to Moscow"),
        rows("Ukraine's foreign ministry urged countries not to send troops to Moscow."));
    assertEquals(
        List.of("Bernie Sanders | PERSON | INDIRECT | Sen. Bernie Sanders | the bill would fail"),
        rows("Sen. Bernie Sanders (I-Vt.) warned that the bill would fail."));
  }

  @Test
  void aCoordinatedClauseWithItsOwnSpeechVerbIsASecondStatement() {
    assertEquals(
        List.of("Melezia Figueroa | PERSON | INDIRECT | Figueroa | the campaign planned to bus in supporters",
            "Melezia Figueroa | PERSON | INDIRECT | she | it was unlikely to work"),
        rows("Melezia Figueroa spoke to reporters. Figueroa said the campaign planned to bus in supporters,"
            + " though she acknowledged it was unlikely to work."));
    // A verb of stance stays inside the first statement: what she knows is part of what she says.
    assertEquals(
        List.of("Hillary Clinton | PERSON | INDIRECT | Clinton | she hopes to win, but she knows the race is close"),
        rows("Hillary Clinton spoke in Ohio. Clinton said she hopes to win, but she knows the race is close."));
  }

  // ------------------------------------------------------------------ speaker resolution

  @Test
  void titleAndPronounResolveToThePersonTheyReferTo() {
    assertEquals(
        List.of("Xi Jinping | PERSON | MIXED | The Chinese president | Putin \u201cstrongly supported China's efforts\u201d",
            "Xi Jinping | PERSON | DIRECT | he | \u201cI appreciate it very much,\u201d"),
        rows(XI + "The Chinese president said Putin \u201cstrongly supported China's efforts\u201d. \u201cI appreciate it very much,\u201d he said."));
  }

  @Test
  void shePronounFindsTheWoman() {
    assertEquals(
        List.of("Hillary Clinton | PERSON | INDIRECT | She | the emails were classified"),
        rows("Hillary Clinton spoke in Ohio. She denied that the emails were classified."));
  }

  @Test
  void aliasListJoinsTitledSurnameToTheCanonicalName() {
    assertEquals(
        List.of("Dmitry Peskov | PERSON | INDIRECT | Kremlin spokesman Peskov | The talks went well",
            "Dmitry Peskov | PERSON | INDIRECT | Kremlin spokesman Peskov | more meetings were planned"),
        rows("The talks went well, said Kremlin spokesman Peskov, adding that more meetings were planned."));
  }

  @Test
  void userAliasOverridesTheBuiltInList() {
    QuoteExtractor custom =
        new QuoteExtractor(AliasList.builtIn().merge(AliasList.parse(List.of("person: V. V. Putin = Vladimir Putin"))));
    assertEquals(Set.of("V. V. Putin"),
        Set.copyOf(custom.extract(XI + "\"We maintain contact,\" Putin said.").stream().map(Quote::speaker).toList()));
  }

  @Test
  void emptyAndBlankBodiesHaveNoQuotes() {
    assertEquals(List.of(), extractor.extract(""));
    assertEquals(List.of(), extractor.extract("  \n\n "));
  }

  // ------------------------------------------------------------------ the seeds

  @Test
  void seed000PersonSpeakersArePutinAndXiNotTheRelayingOutlets() throws IOException {
    List<Quote> quotes = extractor.extract(seed("000_49fbe87d8bcee795.txt"));
    assertEquals(Set.of("Vladimir Putin", "Xi Jinping"), persons(quotes));
    assertTrue(quotes.stream().noneMatch(q -> q.speaker().contains("Xinhua") || q.speaker().contains("Moscow Times")));
    Quote xinhua = quotes.stream().filter(q -> q.text().startsWith("\"China and Russia should")).findFirst().orElseThrow();
    assertEquals("Xi Jinping", xinhua.speaker());
    assertEquals(QuoteType.DIRECT, xinhua.type());
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("Xi Jinping | PERSON | DIRECT | he | \u201cI appreciate it very much,\u201d", row(last));
  }

  @Test
  void seed003PersonSpeakersIncludeTheJournalist() throws IOException {
    List<Quote> quotes = extractor.extract(seed("003_6f0ef57dda83bb2d.txt"));
    assertEquals(Set.of("Vladimir Putin", "Xi Jinping", "Yulia Shapovalova"), persons(quotes));
    assertFalse(quotes.stream().anyMatch(q -> q.text().equals("\u201cunrestricted\u201d")), "scare quote");
  }

  @Test
  void seed004ReportedSpeechWithoutQuotationMarksFindsXiAndPutin() throws IOException {
    List<Quote> quotes = extractor.extract(seed("004_63148c7f0396222a.txt"));
    assertEquals(Set.of("Vladimir Putin", "Xi Jinping"), persons(quotes));
    assertTrue(quotes.stream().allMatch(q -> q.type() == QuoteType.INDIRECT));
    assertTrue(quotes.stream().noneMatch(q -> q.speaker().equals("TASS")), "TASS only relays Putin's words");
  }

  @Test
  void extractionIsThreadSafe() throws Exception {
    String body = seed("000_49fbe87d8bcee795.txt");
    List<Quote> expected = extractor.extract(body);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quote>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> extractor.extract(body)));
      }
      for (Future<List<Quote>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  // ------------------------------------------------------------------ cue classes measured on PolNeAR dev

  @Test
  void quoteBeforeTheSpeakerIsTheContentWhateverFollowsTheVerb() {
    assertEquals(
        List.of("Jon Tester | PERSON | DIRECT | Tester | \u201cIt is gutless leadership,\u201d"),
        rows("Senator Jon Tester spoke to bankers. \u201cIt is gutless leadership,\u201d Tester said of the bank\u2019s chief executive."));
  }

  @Test
  void bareNounBeforeATitleBelongsToTheSpeakerPhrase() {
    assertEquals(
        List.of("Jason Chaffetz | PERSON | DIRECT | panel Chairman Jason Chaffetz | \"Subpoenas are not optional,\""),
        rows("\"Subpoenas are not optional,\" panel Chairman Jason Chaffetz said."));
  }

  @Test
  void accordingToTakesAnySourcePhrase() {
    assertEquals(
        List.of("declaration filed in federal court | ORGANISATION | INDIRECT | a declaration filed in federal court"
            + " | The talks stalled in May"),
        rows("The talks stalled in May, according to a declaration filed in federal court."));
  }

  @Test
  void accordingToAfterAShortOpeningAttributesTheClauseAfterIt() {
    assertEquals(
        List.of("recent state poll | ORGANISATION | INDIRECT | the recent state poll | some voters are swinging"),
        rows("Now, according to the recent state poll, some voters are swinging."));
  }

  @Test
  void pollsAndReportsShowAndFind() {
    assertEquals(
        List.of("Quinnipiac University | ORGANISATION | INDIRECT | A Quinnipiac University poll | most voters want the returns released",
            "Quinnipiac University | ORGANISATION | INDIRECT | The survey | Clinton ahead by three points"),
        rows("A Quinnipiac University poll found that most voters want the returns released. The survey shows Clinton ahead by three points."));
  }

  @Test
  void beliefsTakeAClauseWithoutThat() {
    assertEquals(
        List.of("analysts | PERSON | INDIRECT | Analysts | Beijing has reduced its hacking"),
        rows("Analysts believe Beijing has reduced its hacking."));
  }

  @Test
  void wantsAndPlansReportIntentions() {
    assertEquals(
        List.of("Ted Cruz | PERSON | INDIRECT | Senator Ted Cruz | to abolish the tax agency"),
        rows("Senator Ted Cruz wants to abolish the tax agency."));
  }

  @Test
  void nameAndColonOpeningAParagraphAttributeTheParagraph() {
    assertEquals(
        List.of("Mike Pence | PERSON | INDIRECT | PENCE | Gennifer Flowers will not be at the debate. Trump was mocking the campaign."),
        rows("PENCE: Gennifer Flowers will not be at the debate. Trump was mocking the campaign.\n\nThe debate is on Monday."));
  }

  @Test
  void notesAndDatelinesBeforeAColonAreNotSpeakers() {
    assertEquals(List.of(),
        rows("Editor\u2019s note: This story has been updated.\n\nWASHINGTON: The debate is on Monday."));
  }

  @Test
  void creditLinesAndTalliesBeforeAColonAreNotSpeakers() {
    assertEquals(List.of(),
        rows("Sanders won in Vermont.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\n"
            + "Contributing: Nicole Gaudiano.\n\nTwitter: @Milbank."));
  }

  @Test
  void dashSignatureAfterAQuoteNamesTheSpeaker() {
    assertEquals(
        List.of("Francisco Herrero | PERSON | DIRECT | Francisco Herrero"
            + " | \u201cThe most unqualified child to ever run for president.\u201d"),
        rows("\u201cThe most unqualified child to ever run for president.\u201d \u2015 Francisco Herrero"));
  }

  @Test
  void saidBetweenCommasAttributesBothSides() {
    assertEquals(
        List.of("Tom Clarke | PERSON | INDIRECT | Mr. Clarke | Back in Virginia, Mr. Clarke said, he decided to take aim"
            + " at the coal industry"),
        rows("Tom Clarke runs a mining company. Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry."));
  }

  @Test
  void pronounReachesBackToThePersonNamedEarlier() {
    assertEquals(
        List.of("Hillary Clinton | PERSON | INDIRECT | She | if elected, she would raise the minimum wage"),
        rows("Hillary Clinton spoke in Ohio on Monday. The crowd cheered and the band played. Then the rally ended."
            + " She said that, if elected, she would raise the minimum wage."));
  }

  @Test
  void progressiveStanceVerbKeepsItsSubject() {
    assertEquals(
        List.of("Tom Clarke | PERSON | INDIRECT | He | states will allow utilities to pass the costs on"),
        rows("Tom Clarke runs a mining company. He is hoping that states will allow utilities to pass the costs on."));
  }

  @Test
  void timePhraseBeforeTheVerbIsNotTheSpeaker() {
    assertEquals(
        List.of("Bloomberg | ORGANISATION | INDIRECT | A Bloomberg poll | 72 percent of voters were bothered"),
        rows("A Bloomberg poll in June showed that 72 percent of voters were bothered."));
  }

  @Test
  void speechVerbAfterAnIndefiniteSingularIsANoun() {
    assertEquals(List.of(), rows("The senator made a convoluted claim that nobody could check."));
  }

  @Test
  void aWarIsNotASpeaker() {
    // Seed 003 once gave the organisation speaker "II" for "World War II, who long accused …".
    // What Putin spoke about may be his words; "II" never speaks.
    List<Quote> quotes =
        new QuoteExtractor(AliasList.builtIn()).extract("Putin spoke about World War II, who long accused the West of minimizing its losses.");
    assertTrue(quotes.stream().noneMatch(q -> q.speaker().contains("II")), quotes.toString());
  }

  // ------------------------------------------------------------------ subjects far from the verb

  @Test
  void appositionsBetweenSeveralCommasKeepTheNameBeforeThem() {
    assertEquals(
        List.of("Maria Lopez | PERSON | INDIRECT | Maria Lopez | the vote was fair"),
        rows("Maria Lopez, 54, a nurse from El Paso, Texas, said the vote was fair."));
  }

  @Test
  void aNameBetweenCommasAfterADescriptionIsTheSpeaker() {
    assertEquals(
        List.of("Tom Reed | PERSON | INDIRECT | Tom Reed | no decision had been made"),
        rows("The party\u2019s state chairman, Tom Reed, said no decision had been made."));
  }

  @Test
  void aRelativeClauseBetweenSubjectAndVerbIsSkipped() {
    assertEquals(
        List.of("White House official | PERSON | INDIRECT | A White House official | the talks would go on"),
        rows("A White House official who spoke on condition of anonymity said the talks would go on."));
  }

  @Test
  void aTimePhraseAfterTheVerbStillLeadsToTheClause() {
    assertEquals(
        List.of("Anna Berg | PERSON | INDIRECT | Anna Berg | she met the governor"),
        rows("Anna Berg said on Friday she met the governor."));
  }

  @Test
  void courtesyTitlesWithoutAFullStopOpenTheName() {
    assertEquals(
        List.of("Tony Blair | PERSON | DIRECT | Mr Blair | \"We will win,\""),
        rows("Tony Blair spoke in London. \"We will win,\" Mr Blair told the BBC."));
    // A title before a name keeps its capital in a description's name.
    assertEquals(
        List.of("Mr. Blair's spokesman | PERSON | INDIRECT | Mr. Blair's spokesman | the talks would go on"),
        rows("Tony Blair spoke in London. Mr. Blair's spokesman said the talks would go on."));
  }

  @Test
  void aTimePhraseBetweenTheVerbAndItsInfinitiveIsSkipped() {
    assertEquals(
        List.of("Bernie Sanders | PERSON | INDIRECT | Bernie Sanders | to take his campaign to the convention"),
        rows("Bernie Sanders vowed last month to take his campaign to the convention."));
    assertEquals(
        List.of("Hillary Clinton | PERSON | INDIRECT | Hillary Clinton | to refrain from using the phrase"),
        rows("Hillary Clinton promised on Tuesday to refrain from using the phrase."));
    // What follows "to" there is the person spoken to, not what was said.
    assertEquals(List.of(), rows("Anna Berg spoke on Friday to reporters."));
  }

  @Test
  void quantitiesOfPeopleSpeakAsCollectives() {
    assertEquals(
        List.of("one in five | ORGANISATION | INDIRECT | One in five | they would not vote"),
        rows("One in five said they would not vote."));
  }

  @Test
  void aRelativePronounIsTheMentionOfTheNameItStandsFor() {
    assertEquals(
        List.of("Dmitry Peskov | PERSON | INDIRECT | who | the talks were useful"),
        rows("Dmitry Peskov, who speaks for the Kremlin, said the talks were useful."));
  }

  @Test
  void aQuotedTranscriptLineNamesItsOwnSpeaker() {
    assertEquals(
        List.of("Anna Berg | PERSON | DIRECT | Anna Berg | \"Where were you?\"",
            "Mike Pence | PERSON | DIRECT | PENCE | \"PENCE: Well, I was at home.\""),
        rows("\"Where were you?\" Anna Berg asked.\n\n\"PENCE: Well, I was at home.\""));
  }

  // ------------------------------------------------------------------ cues without a listed verb

  @Test
  void aNounCueWithItsOwnerReportsTheThatClause() {
    assertEquals(
        List.of("Maria Lopez | PERSON | INDIRECT | Lopez's | the count was wrong"),
        rows("Maria Lopez spoke first. The crowd cheered Lopez's claim that the count was wrong."));
  }

  @Test
  void aSubjectAndVerbPhraseBeforeAThatClauseReportIt() {
    assertEquals(
        List.of("Anna Berg | PERSON | INDIRECT | Anna Berg | the plan had failed"),
        rows("Anna Berg made the case to donors that the plan had failed."));
  }

  @Test
  void calledForTakesWhatWasCalledFor() {
    assertEquals(
        List.of("Anna Berg | PERSON | INDIRECT | Anna Berg | a recount in three counties"),
        rows("Anna Berg called for a recount in three counties."));
  }

  @Test
  void aSplitQuoteAfterAnInvertedVerbResumesWithTheSameSpeaker() {
    assertEquals(
        List.of("Tom Reed | PERSON | DIRECT | Tom Reed | \"The risk,\"",
            "Tom Reed | PERSON | DIRECT | Tom Reed | \"is that nobody votes.\""),
        rows("\"The risk,\" said Tom Reed, an analyst at the institute, \"is that nobody votes.\""));
  }

  @Test
  void aTitleCaseHeadlineReportsSpeech() {
    assertEquals(
        List.of("Anna Berg | PERSON | INDIRECT | Anna Berg | She Will Run Again"),
        rows("Anna Berg Says She Will Run Again."));
  }

  // ------------------------------------------------------------------ not speakers

  @Test
  void unnamedMediaReportsAreNotASpeaker() {
    assertEquals(List.of(), rows("The leaders met twice last year, according to Russian media reports."));
  }

  @Test
  void whatSomeoneFearsAnotherPlansIsNotAStatement() {
    assertEquals(List.of(), rows("The move sparked fears in the region that the army is planning an attack."));
  }

  @Test
  void aShortQuotedTitleBeforeTheSpeakerIsNotTheContent() {
    assertEquals(
        List.of("Anna Berg | PERSON | INDIRECT | Anna Berg | if the party lost it would split"),
        rows("On Fox News\u2019s \u201cHannity,\u201d Anna Berg said if the party lost it would split."));
  }

  private static Set<String> persons(List<Quote> quotes) {
    Set<String> out = new TreeSet<>();
    quotes.stream().filter(q -> q.speakerKind() == SpeakerKind.PERSON).forEach(q -> out.add(q.speaker()));
    return out;
  }

  /** A seed's body: the optional " date 2025-09-02 " header and blank lines dropped. */
  static String seed(String file) throws IOException {
    String root = System.getProperty("project.root");
    Path dir = root != null ? Path.of(root, "seeds") : Path.of("../seeds");
    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    if (text.strip().matches("(?s)^(date|title|source|url|author|lang)\\b[^\\n]*\\n\\s*\\n.*")) {
      text = text.strip();
      text = text.substring(text.indexOf('\n'));
    }
    return text.strip();
  }

  @Test
  void anObjectAfterAPastTenseVerbIsNoSpeaker() {
    List<Quote> quotes = extractor.extract("The move sparked fears in Kiev and the West that Moscow was weak.");
    assertEquals(List.of(), quotes.stream().map(Quote::speaker).toList());
  }

  @Test
  void aLineWrappedAfterAnInitialOrAnAbbreviationGoesOnWithTheSentence() {
    // Wire copy wraps lines anywhere; a line ending in "U.S." or "J." does not end the sentence, so
    // the quote is not cut to "the U.S." and the name not to "Kenneth J."; "the company" is no country.
    assertEquals(
        List.of("Du Pont Co | ORGANISATION | INDIRECT | Du Pont Co | the U.S.\nEnvironmental Protection Agency approved its"
                + " product",
            "Minstar Inc | ORGANISATION | INDIRECT | Minstar Inc | Kenneth J.\nSmith will head the unit",
            "Minstar Inc | ORGANISATION | INDIRECT | The company | sales rose"),
        rows("Du Pont Co said the U.S.\nEnvironmental Protection Agency approved its product. Minstar Inc said"
            + " Kenneth J.\nSmith will head the unit. Exports rose to the U.S.\nThe company said sales rose."));
  }

  @Test
  void whatIsAddedIsAStatementOnlyWhenItIsAClause() {
    // "will add 300 jobs", "may add the reserves", "without adding to its debt" add things; "adding
    // that …", "adding Japan wants …" and "He added …" with a clause add words.
    assertEquals(
        List.of("Rover Group | ORGANISATION | INDIRECT | Rover Group | the plant would stay open",
            "Taro Aso | PERSON | INDIRECT | Farm Minister Taro Aso | imports would fall",
            "Taro Aso | PERSON | INDIRECT | Farm Minister Taro Aso | Japan wants to keep its farms",
            "Taro Aso | PERSON | INDIRECT | He | the talks would go on"),
        rows("Rover Group said the plant would stay open. The move will add 300 jobs. The Fed may add the"
            + " reserves directly. It bought the planes without adding to its debt. Farm Minister Taro Aso said"
            + " imports would fall, adding Japan wants to keep its farms. He added the talks would go on."));
  }

  @Test
  void whatWasAddedIsAStatementOnlyWhenItIsAClauseOrARemark() {
    // "added 90,000 tonnes", "has added 178,000 jobs", "added reserves": things; a clause after a
    // name in parentheses, or a remark ("added a caveat: …"), are words.
    assertEquals(
        List.of("Federal Reserve | ORGANISATION | INDIRECT | The Federal Reserve | it would act",
            "Jose Sarney | PERSON | INDIRECT | President Jose Sarney | talks would resume",
            "Jose Sarney | PERSON | INDIRECT | He | an accord with the International Monetary Fund (IMF) could help",
            "Jane Sanders | PERSON | MIXED | she | a caveat: \"Down the ballot, I'll vote for anyone.\""),
        rows("The Federal Reserve said it would act. China has added 90,000 tonnes of wheat to its purchases."
            + " The nation has added 178,000 jobs. On Tuesday, the Fed added reserves directly. President Jose"
            + " Sarney said talks would resume. He added an accord with the International Monetary Fund (IMF)"
            + " could help. Jane Sanders spoke next. Then she added a caveat: \"Down the ballot, I'll vote for"
            + " anyone.\""));
  }

  @Test
  void aPointOfTheCompassAndANationalityAreOneNationality() {
    // "West German" is a nationality like "German", not the name of a speaker: "West German private
    // banks" are a description, and no "it" stands for "West German".
    assertEquals(
        List.of("West German private banks | ORGANISATION | INDIRECT | West German private banks | the holdings were"
                + " falling",
            "West German government | ORGANISATION | INDIRECT | The West German government | it would act",
            "Martin Bangemann | PERSON | INDIRECT | West German Economics Minister Martin Bangemann | growth would"
                + " slow"),
        rows("West German private banks have said the holdings were falling. The West German government said it"
            + " would act. West German Economics Minister Martin Bangemann said growth would slow. Workers at 152"
            + " West German companies held strikes. It said most of the stoppages were in the north."));
  }

  @Test
  void bankHoldingCompaniesTrustsAndSecuritiesHousesAreOrganisations() {
    // Their names end in a word of organisations, so "it" can stand for them.
    assertEquals(
        List.of("Norstar Bancorp | ORGANISATION | INDIRECT | Norstar Bancorp | it agreed to buy the bank",
            "Norstar Bancorp | ORGANISATION | INDIRECT | It | the deal would close in May",
            "Permian Basin Royalty Trust | ORGANISATION | INDIRECT | Permian Basin Royalty Trust | reserves fell",
            "Warburg Securities | ORGANISATION | INDIRECT | Warburg Securities | the shares were cheap"),
        rows("Norstar Bancorp said it agreed to buy the bank. It said the deal would close in May. Permian Basin"
            + " Royalty Trust said reserves fell. Warburg Securities said the shares were cheap."));
  }

  @Test
  void aNameBeforePeopleOrSeveralOrganisationsOnlySaysWhereTheyAre() {
    // "U.S. exporters", "World Bank sources" and "U.S. banks" are descriptions: neither the country
    // nor the bank spoke. Where someone was born is no part of their name.
    assertEquals(
        List.of("U.S. exporters | PERSON | INDIRECT | U.S. exporters | prices fell",
            "World Bank sources | PERSON | INDIRECT | World Bank sources | the loan was approved",
            "U.S. banks | ORGANISATION | INDIRECT | U.S. banks | rates rose",
            "Monte Haines | PERSON | INDIRECT | South Korean-born Monte Haines | he was banned"),
        rows("U.S. exporters said prices fell. World Bank sources said the loan was approved. U.S. banks said"
            + " rates rose. South Korean-born Monte Haines said he was banned."));
  }

  @Test
  void underwritersOfAnIssueSpeakUnderTheirFirmsWholeNames() {
    // "said lead manager X" names X; "Kidder, Peabody and Co Inc" is one firm; the full stop that ends
    // "… Inc." is the sentence's, and the firm is the "Inc" of other sentences.
    assertEquals(
        List.of("Kidder, Peabody and Co Inc | ORGANISATION | INDIRECT | Kidder | General Electric Co is raising 250"
                + " mln dlrs via an offering of notes",
            "Salomon Brothers Inc | ORGANISATION | INDIRECT | Salomon Brothers Inc. | The notes are priced at par",
            "Salomon Brothers Inc | ORGANISATION | INDIRECT | Salomon Brothers Inc | demand was strong"),
        rows("General Electric Co is raising 250 mln dlrs via an offering of notes, said lead manager Kidder,"
            + " Peabody and Co Inc. The notes are priced at par, said Salomon Brothers Inc. Salomon Brothers Inc"
            + " said demand was strong."));
  }
}

