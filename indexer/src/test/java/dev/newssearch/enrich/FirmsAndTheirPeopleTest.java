package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Firms, the people who speak for them, and the speakers news leaves unnamed, as the newswire writes
 * them: a person named with the firm he works for, a firm's name with no legal form that says so, the
 * company "the company" stands for, one of a group that spoke before. Each case was a wrong speaker in
 * the speakers of the Reuters newswire ("Merrill Lynch Capital Markets Mario Balletto", "Shearson
 * Lehman Brothers" as a person, "one" as an organisation).
 */
class FirmsAndTheirPeopleTest {
  @Test
  void aPersonNamedWithHisFirmSpeaksHimself() {
    assertEquals(
        List.of("Theodore Semegran | PERSON"),
        SpeakersWithKinds.of("Analyst Theodore Semegran of Shearson said he raised his earnings estimates."));
    assertEquals(
        List.of("Jane Doe | PERSON"),
        SpeakersWithKinds.of("Economist Jane Doe at Acme Corp said rates would fall."));
    assertEquals(
        List.of("Bank of England | ORGANISATION"),
        SpeakersWithKinds.of("The Governor of the Bank of England said rates were right."));
  }

  @Test
  void aPersonsNameRightAfterAFirmsIsNoPartOfIt() {
    assertEquals(
        List.of("Mario Balletto | PERSON", "Mario Balletto | PERSON"),
        SpeakersWithKinds.of("Vegetable oil stocks could fall, senior analyst for Merrill Lynch Capital Markets "
            + "Mario Balletto said. Balletto told a conference that supplies were tight."));
    assertEquals(
        List.of("Lehman Brothers Kuhn Loeb | ORGANISATION"),
        SpeakersWithKinds.of("Lehman Brothers Kuhn Loeb said it would underwrite the issue."));
  }

  @Test
  void aFirmsWordOrLegalFormMakesABody() {
    assertEquals(
        List.of("Shearson Lehman Brothers | ORGANISATION", "Harris Associates L.P. | ORGANISATION",
            "Statistics Canada | ORGANISATION", "General Partners | ORGANISATION", "BASF AG | ORGANISATION",
            "BASF AG | ORGANISATION", "Airbus Industrie | ORGANISATION"),
        SpeakersWithKinds.of("Shearson Lehman Brothers said Robert Stearns joined it. Harris Associates L.P. said "
            + "it cut its stake. Statistics Canada said prices rose. General Partners said the offer expires. "
            + "BASF AG said sales rose. It said profits fell. Airbus Industrie said orders rose."));
  }

  @Test
  void aNameDescribedAsABodyIsABody() {
    assertEquals(
        List.of("Halcyon Investments | ORGANISATION", "Halcyon Investments | ORGANISATION",
            "F.W. Dodge | ORGANISATION", "F.W. Dodge | ORGANISATION", "Richard Redoglia | PERSON"),
        SpeakersWithKinds.of("Halcyon Investments, a New York investment partnership, said it raised its stake. "
            + "It said it bought shares.\n\nF.W. Dodge, a division of McGraw-Hill Inc, said building rose. Dodge "
            + "said contracts fell.\n\nPrices could rally, said Richard Redoglia, a broker with Merrill Lynch "
            + "Futures Inc."));
  }

  @Test
  void aCapitalisedPluralOfBodiesIsNoPerson() {
    assertEquals(
        List.of("Hans Vontobel | PERSON", "Hans Vontobel | PERSON"),
        SpeakersWithKinds.of("Banker Hans Vontobel said investors lacked ratings. Bonds carry ratings from the "
            + "major U.S. Agencies. \"We should publish them,\" he said."));
  }

  @Test
  void theCompanyIsTheCompanyThatSpokeNotTheLastOneNamed() {
    assertEquals(
        List.of("Computer Terminal Systems Inc | ORGANISATION", "Computer Terminal Systems Inc | ORGANISATION"),
        SpeakersWithKinds.of("Computer Terminal Systems Inc said it sold 200,000 shares to Sedio N.V. of Lugano. "
            + "The company said the warrants are exercisable for five years."));
  }

  @Test
  void aCompanyCalledByItsTradeIsTheCompanyNamedBefore() {
    assertEquals(
        List.of("Pan Am Corp | ORGANISATION", "Pan Am Corp | ORGANISATION", "Ohio Edison Co | ORGANISATION",
            "Ohio Edison Co | ORGANISATION"),
        SpeakersWithKinds.of("Pan Am Corp said traffic rose. The airline said capacity was up 4 pct.\n\n"
            + "Ohio Edison Co said it would cut costs. Its shares are listed on the New York Stock Exchange. "
            + "The utility said rates would not change."));
  }

  @Test
  void aStockExchangeIsNoCompanyTheCompanyStandsFor() {
    assertEquals(
        List.of("Black Hawk Mining Inc | ORGANISATION"),
        SpeakersWithKinds.of("Black Hawk Mining Inc shares trade on the Toronto Stock Exchange. The company said "
            + "output rose."));
  }

  @Test
  void aBodyNamedAfterItsLeaderIsNoPlaceNorThePerson() {
    assertEquals(
        List.of("Reagan administration | ORGANISATION"),
        SpeakersWithKinds.of("The Reagan administration said the crisis in liability insurance eased."));
  }

  @Test
  void oneOfAGroupIsAMemberOfTheGroupThatSpokeBefore() {
    assertEquals(
        List.of("dealers | PERSON", "dealers | PERSON"),
        SpeakersWithKinds.of("Dealers said the deal was priced too aggressively. \"Paper was trading 75 basis "
            + "points over Treasuries,\" one said."));
    assertEquals(
        List.of("one | PERSON"),
        SpeakersWithKinds.of("\"Paper was trading 75 basis points over Treasuries,\" one said."));
  }

  @Test
  void anOfficialIntroducedByAIsNoOneTheArticleNames() {
    assertEquals(
        List.of("James Baker | PERSON", "senior official | PERSON", "analyst | PERSON", "James Baker | PERSON"),
        SpeakersWithKinds.of("Treasury Secretary James Baker said the dollar was stable. A senior official said "
            + "talks would resume. \"It will survive,\" said one analyst who declined to be identified. "
            + "The secretary said he was confident."));
    assertEquals(
        List.of("senior U.S. Official | PERSON"),
        SpeakersWithKinds.of("A senior U.S. Official said President Reagan would veto the bill."));
  }

  @Test
  void aDescriptionOpeningTheSentenceTakesNoCapitalFromIt() {
    assertEquals(
        List.of("banking sources | PERSON", "Mobil officials | PERSON", "Labour's new posters | PERSON",
            "Western diplomats | PERSON"),
        SpeakersWithKinds.of("Banking sources said the loan was agreed. Mobil officials said output rose at Mobil "
            + "plants. Labour's new posters say more. Western diplomats said the talks failed."));
  }

  @Test
  void aSourceOrAnArbitragerIsAPerson() {
    assertEquals(
        List.of("source | PERSON", "trade source | PERSON", "arbitrager | PERSON", "arbitrager | PERSON"),
        SpeakersWithKinds.of("\"It would take 20 days,\" said the source. A trade source said prices rose. "
            + "\"It might go for 175 dlrs,\" said one arbitrager, but he said a bid was unlikely."));
  }

  @Test
  void aListIntroducedAsTheFollowingIsNoSpeaker() {
    assertEquals(
        List.of(),
        SpeakersWithKinds.of("The following proposed securities offerings were filed recently with the "
            + "Securities and Exchange Commission."));
  }

  @Test
  void britishTitlesWithoutAFullStopIntroducePeople() {
    assertEquals(
        List.of("Liam Fox | PERSON", "Liam Fox | PERSON", "Robert Kilroy-Silk | PERSON", "Norman Cook | PERSON",
            "MPs | PERSON"),
        SpeakersWithKinds.of("Tory co-chairman Liam Fox spoke on Sunday. Dr Fox told BBC Radio the claim was false. "
            + "He said voters knew it. East Midlands MEP Robert Kilroy-Silk said he would stand. DJ Norman Cook "
            + "said the show was over. MPs have urged the BBC to give watchdogs more freedom."));
  }

  @Test
  void msWithoutAFullStopIsATitleAndTvAloneIsNoBody() {
    assertEquals(
        List.of("Tessa Jowell | PERSON", "Tessa Jowell | PERSON", "report | ORGANISATION"),
        SpeakersWithKinds.of("Culture Secretary Tessa Jowell spoke on Monday. Ms Jowell said the BBC was safe. "
            + "She said fees would stay. Viewers watch cult TV shows. The report said audiences fell."));
    assertEquals(List.of(), SpeakersWithKinds.of("That would be the best quarterly showing since early 2002."));
  }

  @Test
  void aPeerNamedByOneWordKeepsTheTitle() {
    assertEquals(
        List.of("Lord Falconer | PERSON", "Lord Falconer | PERSON", "Robin Butler | PERSON"),
        SpeakersWithKinds.of("Lord Falconer said the law was clear. Falconer added that judges agreed. Sir Robin "
            + "Butler led the inquiry. Lord Butler said the intelligence was thin."));
  }

  @Test
  void aNameAfterHisOrWhateverIsNoPerson() {
    assertEquals(
        List.of("Cormac Murphy-O'Connor | PERSON", "Cormac Murphy-O'Connor | PERSON"),
        SpeakersWithKinds.of("Billions should have been spent on poverty, Cardinal Cormac Murphy-O'Connor has said. "
            + "The head of the Catholic Church made the comments on radio, in the Middle East and in his Christmas "
            + "Midnight Mass. He said the war was wrong."));
    assertEquals(
        List.of("Robert Kilroy-Silk | PERSON", "Robert Kilroy-Silk | PERSON"),
        SpeakersWithKinds.of("MEP Robert Kilroy-Silk said he would stand. Whatever Kilroy-Silk and UKIP do, few "
            + "listen. Kilroy-Silk said he was not worried."));
  }
}
