package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Quote;
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
  void theWriterIsNoAntecedentOfHe() {
    assertEquals(
        List.of("Jane Doe | I | he is wrong", "Donald Trump | He | the wall would be built"),
        rows("Donald Trump spoke on Monday. I think he is wrong. He said the wall would be built.", "Jane Doe"));
  }

  @Test
  void bothOpeningASentenceIsNoPerson() {
    assertEquals(
        List.of("Both | ORGANISATION"),
        extractor.extract("Both said the bill was dead.").stream()
            .map(q -> q.speaker() + " | " + q.speakerKind())
            .toList());
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
            "More than half of white women | More than half of white women | they had voted for him"),
        rows("Large majorities of Democratic voters said they would back the nominee. "
            + "More than half of white women said they had voted for him."));
  }
}
