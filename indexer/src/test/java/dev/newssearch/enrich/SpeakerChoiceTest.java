package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Quote;
import dev.newssearch.article.SpeakerNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which speaker a statement gets when a sentence offers several candidates: the subject of the
 * right clause, the author of a statement rather than the statement, a name rather than a word that
 * only opens the sentence, and where one speaker's words end so that the next speaker's begin.
 */
class SpeakerChoiceTest {
  private final QuoteExtractor extractor = new QuoteExtractor(AliasList.builtIn());

  /** Each quote as "canonical speaker | mention | text". */
  private List<String> rows(String body) {
    return rows(body, null);
  }

  /** Each quote of an article with that byline as "canonical speaker | mention | text". */
  private List<String> rows(String body, String byline) {
    return extractor.extract(body, byline).stream()
        .map((Quote q) -> q.speaker() + " | " + q.mention().text() + " | " + q.text())
        .toList();
  }

  @Test
  void theWriterSpeaksForIAndWeOutsideQuotes() {
    assertEquals(
        List.of("Jane Doe | I | the deal will hold", "Jane Doe | we | he is the son of a Polish immigrant"),
        rows("I think the deal will hold. Yes, we know that he is the son of a Polish immigrant.", "Jane Doe"));
    // Without a byline there is no writer to name: no quote, rather than a speaker called "I" that
    // every such article would share; "you" is the reader, who is not quoted.
    assertEquals(List.of(), rows("I think the deal will hold."));
    assertEquals(List.of(), rows("I think the deal will hold.", "None"));
    assertEquals(List.of(), rows("You know the deal will hold."));
  }

  @Test
  void anInterviewAnswerIsNotTheWritersWords() {
    // The one answering is not named where the answer is: no quote.
    assertEquals(List.of(), rows("Q: Why invest there?\n\nA: I think his comment is correct.", "Jane Doe"));
  }

  @Test
  void inAnInterviewThePersonTheArticleIsWithAnswersAndIsAsked() {
    String body = "Q&A with Vice President Joe Biden.\n\nHe spoke with our writer on Thursday.\n\n"
        + "Q: You said yesterday, the middle class is still getting crushed.\n\n"
        + "A: Yes. I think the recovery is real.\n\nAnd I said the banks must pay.\n\n"
        + "Q: Do you think Glass-Steagall should be reinstated?\n\nA: I think Dodd-Frank went a long way.";
    assertEquals(
        List.of("Joe Biden | You | the middle class is still getting crushed",
            "Joe Biden | I | the recovery is real",
            "Joe Biden | I | the banks must pay",
            "Joe Biden | you | Glass-Steagall should be reinstated",
            "Joe Biden | I | Dodd-Frank went a long way"),
        rows(body, "Jane Doe"));
  }

  @Test
  void theWriterIsNoAntecedentOfHe() {
    assertEquals(
        List.of("Jane Doe | I | he is wrong", "Donald Trump | He | the wall would be built"),
        rows("Donald Trump spoke on Monday. I think he is wrong. He said the wall would be built.", "Jane Doe"));
  }

  @Test
  void bothOpeningASentenceIsNoPerson() {
    assertEquals(
        List.of("both | ORGANISATION"),
        extractor.extract("Both said the bill was dead.").stream()
            .map(q -> q.speaker() + " | " + q.speakerKind())
            .toList());
  }

  @Test
  void aDescriptionLosesTheCapitalOfItsSentenceAndANameKeepsItsOwn() {
    List<String> speakers = extractor.extract("""
        Analysts said the rally would fade. A company spokesman said the plant would reopen.
        Chinese officials said the talks went well. U.S. officials said the talks had stalled.
        Texaco Inc said it would appeal. The cost has doubled, according to figures released on Thursday.""")
        .stream().map(Quote::speaker).toList();
    assertEquals(List.of("analysts", "company spokesman", "Chinese officials", "U.S. officials", "Texaco Inc",
        "figures released on Thursday"), speakers);
    // The lists of speakers show those that name someone, or whose side spoke.
    assertEquals(List.of("Chinese officials", "U.S. officials", "Texaco Inc"),
        speakers.stream().filter(SpeakerNames::isNamed).toList());
  }

  @Test
  void aPluralOpeningItsSentenceIsADescriptionEvenWhereTheArticleNeverWritesItInLowerCase() {
    // Nothing else in these stories writes "operators", "fishermen" or "critics" in lower case: the
    // capital is the sentence's. People by their ending, a word for a document or a stem the
    // article uses ("criticism") tell a common noun.
    assertEquals(List.of("operators", "fishermen", "critics", "figures"), speakers("""
        Operators said the plan would cut costs. Fishermen say the harbour is silting up. Critics of the
        plan maintain it is too costly, a view that drew criticism. Figures show exports fell."""));
    // Names stay names: a plural that the article capitalises inside a sentence, one with the stem of
    // such a word, and one with no sign of a common noun.
    assertEquals(List.of("Petrobras", "Siemen", "Phillips"), speakers("""
        Petrobras said output fell. The state oil company Petrobras is selling assets. The unit went to
        Siemens Information Systems.

        Siemen said it would dispute the accounts.

        Phillips said the commission had no way of requiring it."""));
    // A party or a people keeps its capital.
    assertEquals(List.of("Democrats", "Americans"), speakers("Democrats said the bill was dead. Americans say the economy is improving."));
  }

  @Test
  void aGroupOfPeopleIsAPersonSpeakerWhateverItsCapitalAndATheyNotAHe() {
    assertEquals(
        List.of("traders | PERSON", "oil traders | PERSON", "sources | PERSON", "U.S. officials | PERSON",
            "survey | ORGANISATION"),
        extractor.extract("""
            Traders said prices would rise. Oil traders said the market was tight. Sources said the deal
            was close. U.S. officials said talks had stalled. A survey found exports fell.""").stream()
            .map(q -> q.speaker() + " | " + q.speakerKind()).toList());
    // "they" stands for the group quoted before, "he" for the person, never for the group.
    assertEquals(
        List.of("John Smith | John Smith | the plan would work", "U.S. officials | U.S. officials | talks had stalled",
            "U.S. officials | They | no date was set", "John Smith | He | he would stay"),
        rows("John Smith said the plan would work. U.S. officials said talks had stalled. "
            + "They said no date was set. He said he would stay."));
  }

  @Test
  void aCapitalisedCommonWordOpensANameOnlyBeforeATitleOrAnOrganisationWord() {
    // "house", "city", "management" and "yesterday" are common words here too; before a title or as
    // part of an organisation's name they still open it, before a bare name they do not.
    assertEquals(
        List.of("Paul Ryan", "Don Marino", "Fundamental Management Corp", "Citicorp"),
        speakers("""
            The house was full and the city was quiet yesterday, said House Speaker Paul Ryan.
            Atlantic City Mayor Don Marino said the management would change.
            A group led by Fundamental Management Corp said it had raised its stake.
            Yesterday Citicorp said it would appeal."""));
  }

  private List<String> speakers(String body) {
    return extractor.extract(body).stream().map(Quote::speaker).toList();
  }

  @Test
  void anOrganisationsNameIsReadWholeThroughOfAndAndPossessives() {
    List<String> speakers = extractor.extract("""
        The Bank of England said the money market was short of funds. The bank had warned of it.
        The Bank also said it had provided help. The Securities and Exchange Commission said it would
        review the filing. Moody's Investors Service Inc said it had cut the company's debt rating.
        A group led by Fundamental Management Corp said it had raised its stake in the company. The
        management team was not told. American Motors Corp said it would build the jeep elsewhere.
        General Motors Corp said its car output had fallen. S and P said the rating would stand.""")
        .stream().map(Quote::speaker).toList();
    assertEquals(List.of("Bank of England", "Bank of England", "Bank of England", "Securities and Exchange Commission",
        "Moody's Investors Service", "Fundamental Management Corp", "American Motors Corp", "General Motors Corp",
        "Standard & Poor's"), speakers);
  }

  @Test
  void aPersonsNameStartsAfterTheTitlesInFrontOfIt() {
    List<String> speakers = extractor.extract("""
        U.S. Treasury Secretary James Baker said the dollar had fallen far enough. Chancellor of the
        Exchequer Nigel Lawson said taxes would be cut. Secretary of State John F. Kerry said talks
        would resume. Bank of England Governor Robin Leigh-Pemberton said rates would hold for now.
        Lawson added that borrowing would fall.""")
        .stream().map(Quote::speaker).toList();
    assertEquals(List.of("James Baker", "Nigel Lawson", "John F. Kerry", "Robin Leigh-Pemberton", "Nigel Lawson"), speakers);
  }

  @Test
  void anOrganisationWordAloneIsTheOrganisationNamedBeforeWithThatWord() {
    assertEquals(
        List.of("U.S. Agriculture Department | Sales of white corn had been switched to Honduras",
            "Texaco Inc | it would cut output", "U.S. Agriculture Department | no more",
            "European Commission | its decision was final"),
        extractor.extract("""
            Sales of white corn had been switched to Honduras, the U.S. Agriculture Department said.
            Texaco Inc said it would cut output. The department said no more. The European Commission met on Monday.
            The Commission said its decision was final.""").stream().map(q -> q.speaker() + " | " + q.text()).toList());
  }

  @Test
  void theyStandsForAGroupOfPeopleNamedJustBefore() {
    assertEquals(
        List.of("supporters | They | the senator had earned their trust"),
        rows("Many supporters waited outside in the rain. They said the senator had earned their trust."));
    // Neither a surname in "-ers" nor a plural of things is a group that speaks.
    assertEquals(List.of(), rows("Sanders spoke for an hour. They said the senator had earned their trust."));
    assertEquals(List.of(), rows("The numbers were grim. They said the senator had lost."));
  }

  @Test
  void aStatementAfterAQuoteClosingOnAFullStopIsTheNextSentence() {
    assertEquals(
        List.of("James Baker | FBI general counsel James Baker | the probe is \"ongoing.\"",
            "James Baker | He | the bureau has not commented on its scope"),
        rows("FBI general counsel James Baker said the probe is \"ongoing.\" He said the bureau has not commented on its scope."));
  }

  @Test
  void aShortAttributionAfterAQuoteClosingOnAnExclamationStillAttributesIt() {
    assertEquals(List.of("Donald Trump | Trump | \"We will win!\""), rows("\"We will win!\" Trump said on Tuesday."));
  }

  @Test
  void aClauseAfterABareAndWithItsOwnSpeakerEndsTheFirstStatement() {
    assertEquals(
        List.of("Republicans | Republicans | the department mishandled the inquiry",
            "Democrats | Democrats | stoking the issue"),
        rows("Republicans said the department mishandled the inquiry and Democrats accused the party of stoking the issue."));
  }

  @Test
  void aClauseAfterADashAndEndsTheFirstStatement() {
    assertEquals(
        List.of("Fowler | Fowler | the politics would be more intense", "Fowler | he | any change would come later"),
        rows("Fowler said the politics would be more intense \u2014 and he noted that any change would come later."));
  }

  @Test
  void aClauseAfterAQuoteClosingOnACommaEndsTheFirstStatement() {
    assertEquals(
        List.of("Donald Trump | Trump | he was \"the perfect messenger,\"", "Donald Trump | he | his claim that the women were bullied"),
        rows("Trump, however, said he was \"the perfect messenger,\" and he reiterated his claim that the women were bullied."));
  }

  @Test
  void aStanceBesideAStanceIsAClauseOfItsOwn() {
    assertEquals(
        List.of("Democrats | Democrats | policies that raise revenue", "Republicans | Republicans | lower tax rates"),
        rows("Democrats want policies that raise revenue, and Republicans want lower tax rates."));
  }

  @Test
  void aStanceInsideAStatementStaysPartOfIt() {
    assertEquals(
        List.of("Maria Figueroa | Maria Figueroa | the campaign would bus in supporters, but she knows the plan may fail"),
        rows("Maria Figueroa said the campaign would bus in supporters, but she knows the plan may fail."));
  }

  @Test
  void whatAStatementSaysIsItsAuthors() {
    assertEquals(
        List.of("Mitch McConnell | Senate Majority Leader Mitch McConnell | the Senate should not confirm a replacement"),
        rows("Senate Majority Leader Mitch McConnell issued a statement saying the Senate should not confirm a replacement."));
  }

  @Test
  void aParticipleAfterANameWithItsDescriptionSpeaksForTheClausesSubject() {
    assertEquals(
        List.of("Fiorina | Fiorina | conservatives need to band together to stop him"),
        rows("Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, saying "
            + "conservatives need to band together to stop him."));
  }

  @Test
  void aPollKeepsSpeakingForItsFindings() {
    assertEquals(
        List.of("poll | a poll | Clinton ahead by five points"),
        rows("The campaign released a poll showing Clinton ahead by five points."));
  }

  @Test
  void aPersonsCampaignIsAnOrganisationThatALaterItStandsFor() {
    assertEquals(
        List.of("Cruz campaign | The Cruz campaign | Cruz and Trump are in a two-man race",
            "Cruz campaign | It | Trump is rattled by the surge"),
        rows("The Cruz campaign sent an email on Wednesday saying that Cruz and Trump are in a two-man race. "
            + "It said that Trump is rattled by the surge."));
  }

  @Test
  void aParticipleOpeningTheSentenceIsNotAName() {
    assertEquals(
        List.of("Brown | Brown | \"They want more government.\""),
        rows("Reflecting on the views of Democrats today, Brown said: \"They want more government.\""));
  }

  @Test
  void aQuantityOpeningTheSentenceIsNoName() {
    assertEquals(
        List.of("Democratic voters | Democratic voters | they would back the nominee",
            "more than half of white women | More than half of white women | they had voted for him"),
        rows("Large majorities of Democratic voters said they would back the nominee. "
            + "More than half of white women said they had voted for him."));
  }

  @Test
  void aSurnameThatIsAWordOfTimeStillSpeaks() {
    assertEquals(
        List.of("Kristen Day | Kristen Day | “We are no longer welcome,”",
            "Kristen Day | Day | the platform is diminishing the party"),
        rows("“We are no longer welcome,” said Kristen Day, executive director of Democrats for Life. Day said"
            + " the platform is diminishing the party."));
    // A time word that names no one of the article is still no speaker: "Day said" with no Day.
    assertEquals(List.of(), rows("Day said the platform is diminishing the party."));
  }

  @Test
  void sheFindsTheWomanJustQuoted() {
    // Kristen is a woman's name: "she" is Kristen Day, not the woman named in the opening sentence.
    assertEquals(
        List.of("Kristen Day | Day | the platform is diminishing the party",
            "Kristen Day | She | some Democrats have called her"),
        rows("Hillary Clinton spoke in Ohio on Monday. Kristen Day directs Democrats for Life. Day said the"
            + " platform is diminishing the party. She added that some Democrats have called her."));
  }

  @Test
  void aPersonIntroducedWithTheTitleWinsOverOneAGenericTitleFits() {
    assertEquals(
        List.of("Bill Clinton | the former president | Obamacare is causing premiums to rise"),
        rows("Former President Bill Clinton spoke in Flint for his wife Hillary Clinton. During the rally Monday,"
            + " the former president said Obamacare is causing premiums to rise."));
  }

  @Test
  void aSurnameSeveralPeopleShareIsTheOneTheStoryIsAbout() {
    // Not the longest name, as it was: "Trump said" was the son's in a story that once named him.
    assertEquals(
        List.of("Donald Trump | Trump | \"We will win,\"", "Donald Trump | Trump | the economy was weak"),
        rows("Donald Trump spoke in Ohio, joined by his son Donald Trump Jr. and his daughter Ivanka Trump."
            + " Donald Trump arrived late. \"We will win,\" Trump said. Trump said the economy was weak."));
    // Written in full as often: the first named keeps the surname.
    assertEquals(
        List.of("Bill Clinton | Former President Bill Clinton | the health law as a “crazy system” in Flint for his"
                + " wife Hillary Clinton",
            "Bill Clinton | Clinton | “It doesn’t make any sense,”"),
        rows("Former President Bill Clinton described the health law as a “crazy system” in Flint for his wife"
            + " Hillary Clinton. “It doesn’t make any sense,” Clinton said."));
  }

  @Test
  void aGivenNameThatIsAlsoAWordStillOpensANameAfterATitle() {
    // The article speaks of a bill, so "Bill" alone is an ordinary word; after "President" it is his name.
    assertEquals(
        List.of("Bill Clinton | Clinton | “It makes no sense,”"),
        rows("The bill passed the House. Former President Bill Clinton spoke in Flint for his wife"
            + " Hillary Clinton. “It makes no sense,” Clinton said."));
  }
}
