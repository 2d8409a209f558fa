package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subjects, sources and cue verbs of reported speech that the plainer rules of
 * {@link QuoteExtractorTest} miss: plural and long subjects, asides between subject and verb,
 * relative pronouns, long "according to" sources, a colon closing a paragraph, verbs of reference
 * and criticism, and counted nouns that are no verbs. Each case is a news sentence with its exact
 * quote span and speaker.
 */
class ReportedSpeechConstructionsTest {
  private final QuoteExtractor extractor = new QuoteExtractor(AliasList.builtIn());

  /** A quote as speaker | mention | text. */
  private List<String> rows(String body) {
    List<Quote> quotes = extractor.extract(body);
    for (Quote q : quotes) {
      assertEquals(body.substring(q.start(), q.end()), q.text(), "text is the body's span");
    }
    return quotes.stream().map(q -> q.speaker() + " | " + q.mention().text() + " | " + q.text()).toList();
  }

  @Test
  void pluralCommonNounOpeningTheClauseSpeaks() {
    assertEquals(
        List.of("friends | Friends | Manafort has not lived full time in the Washington area for years"),
        rows("Friends say Manafort has not lived full time in the Washington area for years."));
  }

  @Test
  void subjectOfUnlistedWordsSpeaksThroughItsWholePhrase() {
    assertEquals(
        List.of("billionaire real estate magnate | The billionaire real estate magnate"
            + " | a violent hit used to be a penalty"),
        rows("The billionaire real estate magnate says a violent hit used to be a penalty."));
  }

  @Test
  void longSubjectSpeaksThroughItsHeadPhrase() {
    // The phrase after "by" says whose study it is; the study is what finds.
    assertEquals(
        List.of("study | A study | the ads worked"),
        rows("A study by Vanderbilt University found that the ads worked."));
  }

  @Test
  void callingSomethingANameIsAnAttributionOfWhatIsNamedAndTheName() {
    assertEquals(
        List.of("Bernie Sanders | Sen. Bernie Sanders | him divisive", "Bernie Sanders | Sen. Bernie Sanders | lying"),
        rows("In a fiery takedown of the businessman, Sen. Bernie Sanders (I-Vt.) called him divisive and accused"
            + " him of lying."));
    assertEquals(
        List.of("Donald Trump | Trump | undocumented immigrants from Mexico “rapists”"),
        rows("Trump in his announcement speech called undocumented immigrants from Mexico “rapists” (although he"
            + " allowed that some might be good people)."));
    assertEquals(
        List.of("Carson | Mr. Carson | him a very intelligent man"),
        rows("Mr. Carson appeared at a news conference on Friday, calling him a very intelligent man."));
  }

  @Test
  void aCallMadeOrANameAThingGoesByIsNoAttribution() {
    assertEquals(List.of(), rows("The governor called him back on Tuesday."));
    assertEquals(List.of(), rows("The senator called 911 after the crash."));
    assertEquals(List.of(), rows("She once met a man called Smith a few miles from here."));
  }

  @Test
  void aMeetingOrAStrikeCalledIsNoAttribution() {
    assertEquals(List.of(), rows("The apparent test's ripple effects reached New York, where the United Nations"
        + " Security Council on Wednesday called an emergency session following those reports."));
    assertEquals(List.of(), rows("The president called an emergency session of parliament to debate the crisis."));
    assertEquals(List.of(), rows("The union called the strike to cancel the measures."));
    assertEquals(List.of(), rows("Brazil called an indefinite interest payments moratorium on 68 billion dlrs of"
        + " debt."));
  }

  @Test
  void aNameGivenAfterAnyObjectIsAnAttribution() {
    assertEquals(
        List.of("Donald Trump | Trump | climate change a hoax perpetrated by China"),
        rows("Trump has called climate change a hoax perpetrated by China."));
    assertEquals(
        List.of("Geraldo Rivera | Geraldo Rivera | a screaming Santilli a \"fascist\""),
        rows("Geraldo Rivera calls a screaming Santilli a \"fascist\"."));
    assertEquals(
        List.of("Security Council | The Security Council | the overnight nuclear test \"a clear violation\" of five"
            + " resolutions"),
        rows("The Security Council issued a statement calling the overnight nuclear test \"a clear"
            + " violation\" of five resolutions."));
    assertEquals(
        List.of("Donald Trump | Trump | the senator to resign"),
        rows("Trump called Wednesday for the senator to resign."));
  }

  @Test
  void whatSomeoneDidNotSayOrWantIsAnAttribution() {
    assertEquals(
        List.of("campaign | The campaign | if Sullivan has been interviewed by the FBI"),
        rows("The campaign would not say if Sullivan has been interviewed by the FBI."));
    assertEquals(
        List.of("Roffman | Roffman | to tangle with Trump anymore"),
        rows("Roffman doesn't want to tangle with Trump anymore."));
  }

  @Test
  void aVerbPhraseBeforeToHandsItsSubjectToTheSpeechVerb() {
    assertEquals(
        List.of("Donald Trump | Trump | the convention for its failure to mention ISIS"),
        rows("Trump went on to criticize the convention for its failure to mention ISIS."));
    assertEquals(
        List.of("New York Times | The New York Times | the Democratic candidate"),
        rows("The New York Times is expected to endorse the Democratic candidate."));
    assertEquals(
        List.of("Thomas Massie | House Republican Thomas Massie | fellow Kentuckian Rand Paul"),
        rows("House Republican Thomas Massie used to support fellow Kentuckian Rand Paul."));
  }

  @Test
  void aNounOrAnActionBeforeToHasNoSpeaker() {
    assertEquals(List.of(), rows("The decision to endorse Trump surprised many."));
    assertEquals(List.of(), rows("The Department of Homeland Security has been trying to find the right balance."));
  }

  @Test
  void aDescriptionBetweenCommasKeepsTheSubjectOfALaterVerb() {
    assertEquals(
        List.of("Gary Emineth | Gary Emineth | he is leaning toward supporting Trump"),
        rows("Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward"
            + " supporting Trump."));
    assertEquals(
        List.of("Michael Briggs | Michael Briggs | the party had been sabotaged"),
        rows("Asked about fraud, Michael Briggs, Sanders's spokesman, suggested that the party had been sabotaged."));
  }

  @Test
  void aPronounJoinedToItsAuxiliarySpeaks() {
    assertEquals(
        List.of("Donald Trump | He | he'll fight all the way to the convention"),
        rows("Trump is popular. He's said he'll fight all the way to the convention."));
    assertEquals(
        List.of("Ted Cruz | He | for years that delegates can’t be bound"),
        rows("Cruz was there. He’s argued for years that delegates can’t be bound."));
    assertEquals(List.of(), rows("Trump's aides were there."));
  }

  @Test
  void anAdverbBetweenTheVerbAndItsContentIsSkipped() {
    assertEquals(
        List.of("Donald Trump | Mr. Trump | Mr. Putin's leadership"),
        rows("Mr. Trump spoke favorably of Mr. Putin's leadership."));
    assertEquals(
        List.of("McConnell | McConnell | \"the next president\" should choose the nominee"),
        rows("McConnell has said repeatedly \"the next president\" should choose the nominee."));
  }

  @Test
  void anAttributionInsideTheSentenceTakesBothSides() {
    assertEquals(
        List.of("Doyle | Doyle | The contrast with Trump, said Doyle, would be clear since Trump has no former"
            + " presidents by his side"),
        rows("The contrast with Trump, said Doyle, would be clear since Trump has no former presidents by his side."));
    assertEquals(
        List.of("Doyle | Doyle | \"We will win,\""),
        rows("\"We will win,\" said Doyle, a spokesman for the campaign."));
  }

  @Test
  void howSomeonePutItIsWhatTheySaid() {
    assertEquals(
        List.of("Republican strategist | one Republican strategist | the party is in trouble"),
        rows("As one Republican strategist put it, the party is in trouble."));
    assertEquals(
        List.of("strategist | one strategist | The party is in trouble"),
        rows("The party is in trouble, as one strategist put it."));
    assertEquals(
        List.of("Tom Ridge | Tom Ridge | ''The barbarians are inside.''"),
        rows("Tom Ridge, a former secretary of homeland security, put it bluntly: ''The barbarians are inside.''"));
    assertEquals(List.of(), rows("She put it on the table."));
  }

  @Test
  void aSpeechVerbsBaseFormInsideADescriptionIsANoun() {
    // "state" is a noun in "a former state legislator", not a verb ending the subject's description.
    assertEquals(
        List.of("Carlos Lopez-Cantera | Carlos Lopez-Cantera | the block grants should be based on population"),
        rows("Carlos Lopez-Cantera, a Republican and former state legislator who became lieutenant governor in"
            + " 2014, said the block grants should be based on population."));
    assertEquals(
        List.of("Phil Lovas | Phil Lovas | the delegates would stay"),
        rows("The former state party chairman, Phil Lovas, said the delegates would stay."));
  }

  @Test
  void anIngFormInsideADescriptionIsAModifier() {
    assertEquals(
        List.of("Sexton | Sexton | he holds his roots in southern Indiana dear"),
        rows("Sexton, a creative writing professor, said he holds his roots in southern Indiana dear."));
    assertEquals(
        List.of("Sander M. Levin | Rep. Sander M. Levin | he has spoken with many fellow superdelegates"),
        rows("Rep. Sander M. Levin (Mich.), a member of the party's reporting team, said he has spoken with"
            + " many fellow superdelegates."));
  }

  @Test
  void aNameAfterABareDescriptionSpeaksAfterAnInvertedVerb() {
    assertEquals(
        List.of("Ben Carson | Ben Carson | \"I'm not going to say it is a mistake,\""),
        rows("\"I'm not going to say it is a mistake,\" said retired neurosurgeon Ben Carson."));
    assertEquals(
        List.of("Asab Al-Tabchi | Asab Al-Tabchi | \"Thanks for welcoming these refugees,\""),
        rows("\"Thanks for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian engineer."));
    assertEquals(
        List.of("Stephanie Hooton | Stephanie Hooton | \"I don't know where he stands,\""),
        rows("\"I don't know where he stands,\" said undecided Republican voter Stephanie Hooton of Derry."));
  }

  @Test
  void examplesSetOffByCommasKeepTheSubject() {
    assertEquals(
        List.of("Democratic economists | Democratic economists | taxing consumption encourages savings"),
        rows("Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages"
            + " savings."));
    assertEquals(
        List.of("Republicans | Other prominent Republicans | they're supporting Clinton"),
        rows("Other prominent Republicans, including Richard Armitage and Brent Scowcroft, have said they're"
            + " supporting Clinton."));
  }

  @Test
  void typedDashesSetOffADescriptionAsEmDashesDo() {
    assertEquals(
        List.of("Chris Christie | Governor Chris Christie | the team would win"),
        rows("Governor Chris Christie -- a Dallas Cowboys fan -- said the team would win."));
    assertEquals(
        List.of("Chris Christie | Governor Chris Christie | the team would win"),
        rows("Governor Chris Christie - a Dallas Cowboys fan - said the team would win."));
    assertEquals(
        List.of("Supreme Court justice | who | she regretted her remarks"),
        rows("The Supreme Court justice -- who has been involved in a scuffle with the nominee -- said she"
            + " regretted her remarks."));
  }

  @Test
  void aRelativeClauseBetweenDashesOrWithWhosSpeaksForTheName() {
    assertEquals(
        List.of("Michael Bloomberg | who | it was impossible"),
        rows("Michael Bloomberg, who's thinking about running for president, said it was impossible."));
    assertEquals(
        List.of("Donald Trump | who | the United States should take the oil"),
        rows("GOP front-runner Donald Trump - who previously said he would bomb the fields - said at a rally"
            + " that the United States should take the oil."));
  }

  @Test
  void aSpeakerAfterItsWordsIsSetOffByPunctuation() {
    // A phrase right after other words is their object: "Trump support" and "Mr. Trump appealing" say
    // nothing, and the statements around them stay.
    assertEquals(
        List.of("Bernie Sanders | Sanders | Brexit’s message could draw Trump support in US"),
        rows("Sanders: Brexit’s message could draw Trump support in US\n\nThe senator spoke on Friday."));
    assertEquals(
        List.of("Henry | Henry | concern that even some of her members could find Mr. Trump appealing"),
        rows("Henry expressed concern that even some of her members could find Mr. Trump appealing."));
    // Set off by a quote or a comma, also after words describing the speaker, it speaks.
    assertEquals(
        List.of("Herman Cain | candidate Herman Cain | \"Cruz and Rubio are moving up,\""),
        rows("\"Cruz and Rubio are moving up,\" former presidential candidate Herman Cain said."));
    assertEquals(List.of("experts | experts | The plan will fail"), rows("The plan will fail, experts warn."));
  }

  @Test
  void aNameRightBeforeAParticipleSpeaksAfterAPreposition() {
    assertEquals(
        List.of("Martin O’Malley | former Maryland Gov. Martin O’Malley | Trump a fascist"),
        rows("Democratic candidates went further, with former Maryland Gov. Martin O’Malley calling Trump a"
            + " fascist."));
    // A common noun after a preposition is still no speaker: the phrase it belongs to speaks, a
    // description whose capital is the sentence's.
    assertEquals(
        List.of("protesters marching | Protesters marching | slogans against the war"),
        rows("Protesters marching through the streets chanted slogans against the war."));
  }

  @Test
  void aVerbAfterWhatAnInfinitiveActsOnDescribesItAndHasNoSubjectFromTheClause() {
    // "the dredging planned for …" is no plan of the fishermen's: their verb is "gathered".
    assertEquals(List.of(),
        rows("Fishermen gathered at the quay on Wednesday to protest against the dredging planned for the harbour expansion."));
    // The phrase after a preposition still hands the verb to the clause's subject elsewhere.
    assertEquals(List.of("Ted Cruz | Ted Cruz | he would win"),
        rows("In a Facebook message posted Friday, Ted Cruz said he would win."));
  }

  @Test
  void whatSomeoneSeesAThingAsIsTheirView() {
    assertEquals(
        List.of("developers | developers | golf courses as wasted space"),
        rows("In South Florida, developers see golf courses as wasted space."));
    assertEquals(
        List.of("Germany | Germany | itself as a leader in the push against climate change"),
        rows("Germany views itself as a leader in the push against climate change."));
    // Without "as" and what it is taken for, seeing is no view: "saw him there again".
    assertEquals(List.of(), rows("Billie Jean King saw him there again in 1999."));
  }

  @Test
  void aVoteForOrAgainstIsAStanceButTheNounIsNot() {
    assertEquals(List.of("Clinton | Clinton | the Iraq war"), rows("Clinton voted for the Iraq war."));
    assertEquals(
        List.of("Democrats | Democrats | Clinton"), rows("Most Democrats are voting for Clinton."));
    assertEquals(List.of(), rows("The vote for the bill was close."));
    assertEquals(List.of(), rows("Clinton voted in the New York primary."));
  }

  @Test
  void aStanceAdjectiveAfterBeIsItsSubjectsStance() {
    assertEquals(List.of("Bernie Sanders | Sanders | the deal"), rows("Sanders has been critical of the deal."));
    assertEquals(
        List.of("voters | Many voters | the economy"), rows("Many voters are worried about the economy."));
    assertEquals(
        List.of("senator | The senator | the numbers"), rows("The senator is deeply skeptical of the numbers."));
    assertEquals(
        List.of("Republicans | Republicans | to the plan"), rows("Most Republicans remain opposed to the plan."));
    // Not an impersonal "it", and not the adjective before a noun.
    assertEquals(List.of(), rows("It is critical of course to act now."));
    assertEquals(List.of(), rows("A critical vote of the committee was delayed."));
  }

  @Test
  void aStanceNounWithItsOwnerIsTheOwnersStance() {
    assertEquals(
        List.of("Donald Trump | Trump's | the judge"), rows("Trump's criticism of the judge drew fire."));
    assertEquals(
        List.of("Bernie Sanders | Bernie Sanders | the plan", "Bernie Sanders | His | scrapping superdelegates"),
        rows("Bernie Sanders backed the plan. His support for scrapping superdelegates isn't shared by most"
            + " senators."));
    assertEquals(
        List.of("Hillary Clinton | Hillary Clinton's | increase federal investment in infrastructure"),
        rows("Hillary Clinton's plan to increase federal investment in infrastructure is a good start."));
    // Without an owner, the noun states nobody's stance.
    assertEquals(List.of(), rows("The support for the measure grew over the summer."));
  }

  @Test
  void whatIsHopedOrAskedForOrAgreedWithIsTheContent() {
    assertEquals(List.of("Democrats | Democrats | a win in Ohio"), rows("Democrats hope for a win in Ohio."));
    assertEquals(List.of("group | The group | a recount"), rows("The group asked for a recount."));
    assertEquals(
        List.of("Americans | Americans | the decision"), rows("Most Americans agree with the decision."));
  }

  @Test
  void anAsClauseWithAnySpeechVerbAttributesTheClauseAfterItsComma() {
    assertEquals(
        List.of("Clyburn | Clyburn | those voters will give Sanders a second look"),
        rows("But as Clyburn noted, those voters will give Sanders a second look."));
    assertEquals(
        List.of("Paul Ryan | House Speaker Paul Ryan | that's basically the \"textbook definition\" of racism"),
        rows("As House Speaker Paul Ryan (R-Wis.) has pointed out, that's basically the \"textbook definition\""
            + " of racism."));
    assertEquals(
        List.of("Clinton | Clinton | tax relief is given in exchange for creating jobs"),
        rows("As Clinton told the New York Daily News on Monday, tax relief is given in exchange for creating jobs."));
    assertEquals(
        List.of("strategist | one strategist | The party is in trouble"),
        rows("The party is in trouble, as one strategist noted."));
    // Inside a clause, "as" is a time: "jeered" has no words of its own here.
    assertEquals(List.of(), rows("Freddy circled the boat as his friends jeered, waving from the pier."));
  }

  @Test
  void anAccordingToSourceAfterCountedPointsAQuoteOrWithASlashSpeaks() {
    assertEquals(
        List.of("poll | the poll | Sanders trails Clinton by 4 percentage points"),
        rows("Sanders trails Clinton by 4 percentage points, according to the poll."));
    assertEquals(
        List.of("Ipsos | a Reuters/Ipsos poll | the two candidates are in a dead heat nationally"),
        rows("According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally."));
    assertEquals(
        List.of("Axelrod’s memoir | Axelrod’s memoir | She compared the conversation to a “root canal,”"),
        rows("She compared the conversation to a “root canal,” according to Axelrod’s memoir."));
    assertEquals(
        List.of("new 50-state poll | The new 50-state poll | Trump up a narrow four points"),
        rows("The new 50-state poll finds Trump up a narrow four points."));
  }

  @Test
  void aQuantityStandingAloneSpeaks() {
    assertEquals(
        List.of("some | Some | they hear echoes of a painful past"),
        rows("Some say they hear echoes of a painful past."));
    assertEquals(List.of("both | Both | the bill was dead"), rows("Both said the bill was dead."));
    assertEquals(List.of(), rows("The call came late."));
  }

  @Test
  void aClauseRightAfterThePersonToldIsWhatWasSaid() {
    assertEquals(
        List.of("Podesta | Podesta | his firm worked closely with the nonprofit"),
        rows("Podesta told the AP his firm worked closely with the nonprofit."));
    assertEquals(List.of(), rows("She told Fox News the plan."));
  }

  @Test
  void noAnswerIsNoAttribution() {
    assertEquals(List.of(), rows("The Cruz campaign did not immediately respond to a request for comment."));
    assertEquals(List.of(), rows("The PGA could not find a new sponsor to replace it."));
  }

  @Test
  void aDescriptionAfterTheVerbIntroducesTheNamedSpeaker() {
    assertEquals(
        List.of("Andrew J. Pincus | Andrew J. Pincus | ''The odds are more likely than not that there will be an"
            + " entire next term with eight justices,''"),
        rows("''The odds are more likely than not that there will be an entire next term with eight justices,''"
            + " said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown."));
    assertEquals(
        List.of("John Smith | John Smith | \"We will appeal,\""),
        rows("\"We will appeal,\" said the company's chief spokesman, John Smith."));
    assertEquals(
        List.of("spokesman | a spokesman | \"We will appeal,\""),
        rows("\"We will appeal,\" said a spokesman, on Monday."));
  }

  @Test
  void aShareOfRespondentsReportsItsAnswerWhateverTheVerb() {
    assertEquals(
        List.of("27 percent | 27 percent | for Trump"),
        rows("Among Republicans, 27 percent would vote for Trump, followed closely by Cruz."));
    assertEquals(
        List.of("forty-one percent | Forty-one percent | Sanders to be the next president"),
        rows("Forty-one percent would choose Sanders to be the next president."));
    assertEquals(
        List.of("6 in 10 | 6 in 10 | Sanders"),
        rows("Among men, about 6 in 10 white men supported Sanders."));
  }

  @Test
  void aShareOfThingsIsNoRespondent() {
    assertEquals(List.of(), rows("Of the murders, just under 90 percent were committed by people they knew."));
    assertEquals(List.of(), rows("More than half of Clinton’s address was devoted to foreign policy."));
    assertEquals(List.of(), rows("Sales rose 5 percent in March, and 30 percent of the stores closed."));
  }

  @Test
  void numberBeforeAVerbFormIsNotItsSubject() {
    // "six states said": "states" counts the places, it does not state anything.
    assertEquals(
        List.of("most voters | most voters | they support a temporary ban"),
        rows("In Ohio, most voters in six states said they support a temporary ban."));
  }

  @Test
  void prepositionalAsideBetweenSubjectAndVerbKeepsTheSubject() {
    assertEquals(
        List.of("Hillary Clinton | Democratic nominee Hillary Clinton | she had been briefed about the bombings"),
        rows("Democratic nominee Hillary Clinton, at a later press gaggle, said she had been briefed about the"
            + " bombings."));
  }

  @Test
  void relativeWhoAfterAPrepositionStandsForThePersonBeforeIt() {
    assertEquals(
        List.of("Jeb Bush | who | he is suspending his campaign"),
        rows("Trump made no mention of Jeb Bush, who announced he is suspending his campaign."));
  }

  @Test
  void relativeWhoAfterAShareStandsForTheShare() {
    assertEquals(
        List.of("64 percent | who | the same of Sanders"),
        rows("Clinton is viewed favorably by 54 percent, compared with 64 percent who say the same of Sanders."));
  }

  @Test
  void accordingToSourceMayCarryARelativeClause() {
    assertEquals(
        List.of("person who attended the meeting | a person who attended the meeting"
            + " | Mrs. Clinton called half a dozen HP directors"),
        rows("Mrs. Clinton called half a dozen HP directors, according to a person who attended the meeting."));
  }

  @Test
  void accordingToSourceEndsAtAParenthesis() {
    assertEquals(
        List.of("exit polls | exit polls | Sanders won 54 percent of union households"),
        rows("Sanders won 54 percent of union households, according to exit polls (a sizable margin)."));
  }

  @Test
  void colonClosingAParagraphIntroducesTheNextOne() {
    assertEquals(
        List.of("Donald Trump | Trump | Chicago",
            "Donald Trump | He | \"We have to bring back law and order. We have to stop the violence.\""),
        rows("Trump spoke about Chicago.\n\nHe said:\n\n\"We have to bring back law and order. We have to stop the"
            + " violence.\"\n\nPolitifact checked the claim."));
  }

  @Test
  void participleOfReferenceAddsWhatTheSpeakerMeant() {
    assertEquals(
        List.of("Abedin | Ms. Abedin | \"I do not know Mr. Hedge,\"", "Abedin | Ms. Abedin | to the lawyer"),
        rows("\"I do not know Mr. Hedge,\" Ms. Abedin said, referring to the lawyer."));
  }

  @Test
  void verbsOfComparisonAndCriticismReportAStance() {
    assertEquals(
        List.of("Jeff Merkley | Sen. Jeff Merkley | the bank to a casino",
            "Chris Christie | Gov. Chris Christie | Snyder for refusing federal help"),
        rows("Sen. Jeff Merkley likened the bank to a casino. Gov. Chris Christie chastised Snyder for refusing"
            + " federal help."));
  }

  @Test
  void signReadsItsQuote() {
    assertEquals(
        List.of("banner | one banner | \u201cAmerica is great! Trump is disgusting,\u201d"),
        rows("\u201cAmerica is great! Trump is disgusting,\u201d read one banner."));
  }

  @Test
  void aClauseClosedByAColonOrACommaIntroducesTheQuoteAfterIt() {
    assertEquals(
        List.of("Christie | Mr. Christie | ''I told you he wouldn't be ready.''"),
        rows("And Mr. Christie gloated: ''I told you he wouldn't be ready.''"));
    // The verb phrase starts at the first verb: "went even further" is not part of the subject.
    assertEquals(
        List.of("Donald Trump | Trump | “If he goes forward and loses, it’s the end of his career.”"),
        rows("In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the"
            + " end of his career.”"));
    assertEquals(
        List.of("Bernie Sanders | Sanders | \"I think Secretary Clinton knows that what she says is very disingenuous.\""),
        rows("Sanders replied evenly, \"I think Secretary Clinton knows that what she says is very disingenuous.\""));
  }

  @Test
  void aColonAfterAPhraseWithoutAVerbOrBeforeAClauseIntroducesNoQuote() {
    assertEquals(List.of(), rows("The result: “If he goes forward and loses, it’s the end of his career.”"));
    assertEquals(List.of(), rows("Kasich has another built-in advantage: The Ohio Republican Party is all-in for the"
        + " governor."));
    assertEquals(List.of(), rows("He held up the sign, \"Hispanics 4 Trump\", and waved it around."));
  }

  @Test
  void aClauseOpenedByAPronounJoinedToItsAuxiliaryIsWhatIsThought() {
    assertEquals(List.of("Donald Trump | Trump | it's good"), rows("Trump thinks it's good."));
    assertEquals(List.of("reporters | Reporters | they’re being spun"), rows("Reporters know they’re being spun."));
  }

  @Test
  void aCapitalisedWordOpeningATitleBelongsToTheSpeakerWhereverTheArticleWritesItInLowerCase() {
    // "house" written in lower case elsewhere must not cut "House Speaker Paul Ryan" out of the speaker.
    assertEquals(
        List.of("Harman | Harman | to wait until there was a way to house detainees",
            "Paul Ryan | House Speaker Paul Ryan | “It is against the law,”"),
        rows("Harman wanted to wait until there was a way to house detainees.\n\n“It is against the law,” said House"
            + " Speaker Paul Ryan in a statement."));
  }

  @Test
  void aQuestionAskedBySomeoneIsTheAskersAndTheAnswerStaysTheSubjects() {
    assertEquals(
        List.of("Matt Lauer | Matt Lauer | whether she had practiced her speech",
            "Melania Trump | she | \"I read it once over.\""),
        rows("Melania Trump spoke on Monday. Asked by Matt Lauer whether she had practiced her speech, she said,"
            + " \"I read it once over.\""));
    assertEquals(
        List.of("reporter | a reporter | about the wall", "Donald Trump | Trump | \"You tell me.\""),
        rows("When asked by a reporter on Thursday about the wall, Trump said, \"You tell me.\""));
    // Without "whether", "if", "about" or "to" after the asker, nothing is asked.
    assertEquals(List.of(), rows("The meeting was asked by the chairman for the record."));
  }

  @Test
  void aHeadlineNamesItsSourceBeforeItsColonInWhateverCase() {
    // "poll" is written in lower case further down, and still speaks in the headline.
    assertEquals(
        List.of("poll | Poll | Trump and Clinton hold narrow leads in Pennsylvania.",
            "poll | The poll | Trump leads"),
        rows("Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\nThe poll found Trump leads."));
    assertEquals(
        List.of("WSJ | WSJ editorial | 'Deport Nikki Haley.'"),
        rows("WSJ editorial: 'Deport Nikki Haley.'\n\nThe governor was born in South Carolina."));
    // A label of the headline's kind names nobody, and a colon further down is no headline.
    assertEquals(List.of(), rows("Delegate Update: the latest count stands at 1,237.\n\nThe count is close."));
    assertEquals(List.of(), rows("The count is close.\n\nVoter mood: the race is tight."));
  }

  @Test
  void aRelativePronounIsWhatItsClauseNamesOrJudges() {
    assertEquals(
        List.of("Donald Trump | Trump | his victories in Florida",
            "Donald Trump | he | which he describes as his second home"),
        rows("Trump touted his victories in Florida, which he describes as his second home."));
    assertEquals(
        List.of("officials | officials | what officials called a hate crime"),
        rows("The gun was used in what officials called a hate crime."));
    assertEquals(
        List.of("Jack Mozloom | Mozloom | which Mozloom thinks will lead employers to cut back hours"),
        rows("Jack Mozloom runs a small business. The overtime rule, which Mozloom thinks will lead employers to"
            + " cut back hours, takes effect in December."));
    assertEquals(
        List.of("Mitt Romney | Romney | that Romney called the greatest foe"),
        rows("Mitt Romney ran in 2012. Russia is a country that Romney called the greatest foe."));
    // A verb that neither names nor judges its object reports nothing, nor does a "that" after a verb.
    assertEquals(List.of(), rows("The house, which he bought in 2010, is large."));
  }

  @Test
  void aWishToStayUnnamedIsNoQuoteButItsSpeakerStillSpeaks() {
    assertEquals(
        List.of("official | The official | the talks failed"),
        rows("The official, who asked not to be named, said the talks failed."));
    assertEquals(
        List.of("congressional aides | who | the lawmakers intend to wrap up their proposals"),
        rows("Congressional aides who asked not to be identified said the lawmakers intend to wrap up their proposals."));
    assertEquals(
        List.of("analyst | one analyst | \"It will survive,\""),
        rows("\"It will survive,\" said one analyst who declined to be identified."));
  }

  @Test
  void aParticiplesAsideBetweenSubjectAndVerbKeepsTheSubject() {
    assertEquals(
        List.of("Manafort | Mr. Manafort | the candidate could be in a very competitive situation in states like"
            + " Pennsylvania"),
        rows("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very"
            + " competitive situation in states like Pennsylvania."));
    assertEquals(
        List.of("officials | The officials | it did appear to have some security features"),
        rows("The officials, speaking on the condition of anonymity because they were not authorized to"
            + " discuss the investigation, said that it did appear to have some security features."));
  }

  @Test
  void aPhraseAfterTheVerbThatAVerbFollowsIsNoInvertedSpeaker() {
    // "said the candidate could be …": the candidate is the reported clause's subject, not who spoke;
    // with no subject before the verb there is no speaker, rather than the candidate quoting a name.
    assertEquals(List.of(), rows("In the end, said the senator would have to decide."));
    assertEquals(
        List.of("spokesman | a spokesman | \"We will appeal,\""),
        rows("\"We will appeal,\" said a spokesman."));
  }

  @Test
  void theNameAfterADescriptionSpeaksWhereverItWorks() {
    assertEquals(
        List.of("Darran Whiting | Darran Whiting | he had made more than 150 phone calls to other pastors"),
        rows("One pastor, Darran Whiting of Liberty Baptist Church in Marion, said he had made more than 150"
            + " phone calls to other pastors."));
    assertEquals(
        List.of("Darran Whiting | Darran Whiting | he had made more than 150 phone calls"),
        rows("A pastor in Iowa, Darran Whiting of Liberty Baptist Church, said he had made more than 150 phone"
            + " calls."));
  }

  @Test
  void thatBeforeATimeClosingTheClauseIsNoContent() {
    assertEquals(
        List.of("Barack Obama | he | “Years from now, you’ll look back on this moment,”"),
        rows("Barack Obama won Iowa. “Years from now, you’ll look back on this moment,” he said in his victory"
            + " speech that night."));
    assertEquals(
        List.of("Ben Carson | Carson | the campaign would go on"),
        rows("Ben Carson spoke in Iowa. Carson said that morning that the campaign would go on."));
  }

  @Test
  void aPhraseOpenedByAConjunctionAndUntilLeavesTheSubjectItsVerb() {
    assertEquals(
        List.of("most of them | most of them | they had loved working for Carrier"),
        rows("And until the announcement of the eventual shutdown, most of them said they had loved working for"
            + " Carrier."));
  }
  @Test
  void aSubjectFarBeforeItsVerbStillSpeaks() {
    assertEquals(
        List.of("Bob Corker | Senator Bob Corker | ''there could be'' a line that the nominee crosses that would"
            + " make him withdraw his support"),
        rows("Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump and been mentioned"
            + " as a vice-presidential choice, said ''there could be'' a line that the nominee crosses that would"
            + " make him withdraw his support."));
    assertEquals(
        List.of("people | Several people | Mr. Hannity had for months peppered Mr. Trump with suggestions"),
        rows("Several people I've spoken with over the last couple of weeks said Mr. Hannity had for months"
            + " peppered Mr. Trump with suggestions."));
    assertEquals(
        List.of("James B. Comey | James B. Comey | online communications involved ''direct, private messages.''"),
        rows("On Wednesday, however, the director of the Federal Bureau of Investigation, James B. Comey, said"
            + " that online communications involved ''direct, private messages.''"));
    assertEquals(
        List.of("Rob Portman | Sen. Rob Portman | he hadn't thought about enlisting Cruz"),
        rows("And Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he hadn't thought about enlisting"
            + " Cruz."));
    assertEquals(
        List.of("Hemsley | Hemsley | the days of \"a somewhat unifying story\" are over"),
        rows("Hemsley, the co-author of \"Going Viral,\" about the spread of information, said the days of"
            + " \"a somewhat unifying story\" are over."));
    assertEquals(
        List.of("Geoff Garin | Geoff Garin | the primaries have reinforced perceptions of her"),
        rows("Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said"
            + " the primaries have reinforced perceptions of her."));
  }

  @Test
  void aCoordinatedVerbAfterAnOpeningQuestionKeepsTheClausesSubject() {
    assertEquals(
        List.of("Hillary Clinton | Mrs. Clinton | ''No.''"),
        rows("Hillary Clinton spoke on Monday. Asked on Monday whether Mr. Clinton would hold a cabinet position,"
            + " Mrs. Clinton shook her head and said, ''No.''"));
  }

  @Test
  void aVerbWithASubjectOfItsOwnDoesNotReachBackToTheSentencesSubject() {
    assertEquals(
        List.of(),
        rows("Mr. Birdthistle, who worked for a big law firm that defended troubled mutual fund companies, is a"
            + " professor now."));
    assertEquals(
        List.of(),
        rows("Facebook created the tool, which its engineers tested for years, and it has activated it five"
            + " times."));
  }

  @Test
  void toContinueSaysSomethingOnlyWhenWhatContinuesIsSpeech() {
    assertEquals(List.of(), rows("Still, Sanders continues to trail Clinton by more than 300 delegates."));
    assertEquals(List.of(), rows("The delegate lead for Hillary Clinton continues to grow after North Carolina."));
    assertEquals(
        List.of("Donald Trump | Trump | to question whether Cruz's birth in Canada makes him ineligible"),
        rows("Donald Trump spoke in Iowa. Trump continued to question whether Cruz's birth in Canada makes him"
            + " ineligible."));
  }

  @Test
  void stateIsAVerbOnlyBeforeWhatIsStated() {
    assertEquals(List.of(), rows("A few states have yet to be called."));
    assertEquals(
        List.of("Mary Susan | Minnesota state delegate Mary Susan | the convention could be exciting"),
        rows("Minnesota state delegate Mary Susan, clad in a red cape, said the convention could be exciting."));
    assertEquals(
        List.of("document | The document | courts should not issue an opinion too close to Election Day"),
        rows("The document states that courts should not issue an opinion too close to Election Day."));
    assertEquals(
        List.of("Saudis | the Saudis | \"Saudi Arabia shares the same enemies,\""),
        rows("\"Saudi Arabia shares the same enemies,\" the Saudis state in the white paper."));
  }

  @Test
  void exclaimingBarkingAndFumingAreSpeech() {
    assertEquals(
        List.of("judge | the judge | “Everything that you have said,”", "judge | the judge | “has totally overlapped.”"),
        rows("“Everything that you have said,” the judge exclaimed, “has totally overlapped.”"));
    assertEquals(
        List.of("Donald Trump | Trump | “Go back to Univision,”"),
        rows("“Go back to Univision,” Trump barked."));
    assertEquals(
        List.of("Pat Toomey | Pat Toomey | “That would have been a demonstration of good faith,”"),
        rows("“That would have been a demonstration of good faith,” Pat Toomey fumed on Tuesday."));
  }

  @Test
  void aNameAfterADescriptionAfterTheClauseSpeaksForIt() {
    assertEquals(
        List.of("Tad Devine | Tad Devine | Sen. Bernie Sanders (I-Vt.) remains committed to the race"),
        rows("Sen. Bernie Sanders (I-Vt.) remains committed to the race, his top aide, Tad Devine, told The Huffington"
            + " Post."));
    assertEquals(
        List.of("Anna Richardson White | Anna Richardson White | Facebook created the tool to help in times of crisis"),
        rows("Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on"
            + " Saturday."));
    // A place after a description is where the speaker is from, and a name opening the sentence speaks.
    assertEquals(
        List.of("Rachel Berg | Rachel Berg | the speeches led her to count Trump out"),
        rows("Rachel Berg, a philanthropist from Monsey, New York, said the speeches led her to count Trump out."));
  }

  @Test
  void aParticipleAfterADashOrAQuotedPhraseSpeaksForTheClausesSubject() {
    assertEquals(
        List.of("Marco Rubio | Marco Rubio | he was rooting for Peyton Manning"),
        rows("Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning."));
    assertEquals(
        List.of("Donald Trump | Donald Trump | the city embodied the bravery of America"),
        rows("Donald Trump delivered a defense of “New York values,” saying the city embodied the bravery of"
            + " America."));
  }

  @Test
  void whomSomeoneToldStandsInsideAnAttributionBetweenCommas() {
    assertEquals(
        List.of("Donald Trump | Trump | his policy would merely be to go after them"),
        rows("Donald Trump spoke on Sunday. Instead, Trump told CNN, his policy would merely be to go after them."));
  }

  @Test
  void aTitledSurnameOfAnOrganisationSpeaksAsThePerson() {
    assertEquals(
        List.of("Morgan | Mr. Morgan of the Sierra Club | \"It was the least bad outcome,\""),
        rows("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said."));
  }

  @Test
  void aSourceInsideTheSentenceSaysBothItsSides() {
    assertEquals(
        List.of("State Department official | a State Department official | While most of those were elevated to the"
            + " confidential level, according to a State Department official, two in the most recent batch were"
            + " upgraded to the secret level"),
        rows("While most of those were elevated to the confidential level, according to a State Department"
            + " official, two in the most recent batch were upgraded to the secret level."));
  }

  @Test
  void aRelativeClauseIsNoAttributionTrailingTheClauseBeforeIt() {
    assertEquals(
        List.of("Susan Bucher | Bucher | some residents in Jupiter, Florida who were voting as independents complained"),
        rows("Susan Bucher spoke. Bucher said Tuesday that some residents in Jupiter, Florida who were voting as"
            + " independents complained."));
  }

  @Test
  void aStanceOfAnOwnerEndsWhereTheSubjectsNextVerbBegins() {
    assertEquals(
        List.of("Donald Trump | his | Curiel", "Donald Trump | Trump | the judge had a conflict"),
        rows("Donald Trump spoke. Trump doubled down on his comments about Curiel and said the judge had a conflict."));
  }

  @Test
  void aPartyLabelAfterTheSubjectKeepsItForALaterVerb() {
    assertEquals(
        List.of("Chuck Grassley | Sen. Chuck Grassley | it is the same thing"),
        rows("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack and said it is the same thing."));
    assertEquals(
        List.of("Chuck Grassley | Sen. Chuck Grassley | it is the same thing"),
        rows("Sen. Chuck Grassley (R-Iowa) downplayed the attack, saying it is the same thing."));
  }

  @Test
  void aPluralOfPeopleOpeningTheSentenceSpeaksThroughItsParticiple() {
    assertEquals(
        List.of("operatives | The operatives | they were not a big deal"),
        rows("The operatives tried to downplay the comments, saying they were not a big deal."));
    assertEquals(
        List.of("parents | Both parents | he lacked the character to be president"),
        rows("Both parents stiffened their stance, saying that he lacked the character to be president."));
    // A plural that names no people does not speak.
    assertEquals(List.of(), rows("The concerns grew over the summer, saying little about the race."));
  }

  @Test
  void anAmountOrADateInsideWhatIsCalledKeepsTheCall() {
    assertEquals(
        List.of("Reince Priebus | Party Chairman Reince Priebus | Clinton's remarks on 9/11 a \"new low\""),
        rows("Party Chairman Reince Priebus called Clinton's remarks on 9/11 a \"new low\"."));
    assertEquals(
        List.of("Donald Trump | Trump | Ford's plans to open a $1.6 billion plant in Mexico \u201can absolute disgrace.\u201d"),
        rows("Donald Trump spoke. In April, Trump called Ford's plans to open a $1.6 billion plant in Mexico"
            + " \u201can absolute disgrace.\u201d").subList(0, 1));
  }

  @Test
  void aPlacesStateBetweenCommasStaysInsideThePhraseAfterTheVerb() {
    assertEquals(
        List.of("Hillary Clinton | Clinton | it means Trump never contributed to Pell Grants"),
        rows("Hillary Clinton spoke. Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never"
            + " contributed to Pell Grants."));
  }

  @Test
  void aPronounJoinedToItsVerbAfterThePersonToldOpensWhatWasSaid() {
    assertEquals(
        List.of("Hillary Clinton | Hillary Clinton | she’s with them"),
        rows("The Latest: Hillary Clinton tells voters she’s with them."));
    assertEquals(
        List.of("Rob Calabrese | Rob Calabrese | he's already received hundreds of emails"),
        rows("Rob Calabrese told the National Post he's already received hundreds of emails."));
  }
}
