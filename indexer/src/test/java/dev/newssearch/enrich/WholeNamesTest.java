package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker is named by the whole name the article gives, however the article repeats it: across a
 * line break, with the particles of a person's name, without a company's legal form, with words that
 * are ordinary words elsewhere, and as two partners' names joined by "and". Each case was a partial
 * or split name in the speakers of the Reuters newswire ("Plessis", "Express", "Phelps", "Richard\nLyng").
 */
class WholeNamesTest {
  @Test
  void aLineBreakInsideANameIsOneSpace() {
    assertEquals(
        List.of("Richard Lyng | PERSON", "Richard Lyng | PERSON", "U.S. Agriculture Department | ORGANISATION"),
        SpeakersWithKinds.of("Agriculture Secretary Richard\nLyng said the subsidy would stay. Lyng said\nexports would rise.\n"
            + "The U.S. Agriculture\nDepartment said the crop was smaller."));
  }

  @Test
  void particlesBelongToThePersonsName() {
    assertEquals(
        List.of("Barend du Plessis | PERSON", "Barend du Plessis | PERSON", "Charles de Gaulle | PERSON"),
        SpeakersWithKinds.of("Finance Minister Barend du Plessis said the budget would be tight. "
            + "\"We must cut spending,\" du Plessis said. \"Non,\" said Charles de Gaulle."));
  }

  @Test
  void aPlaceWithAParticleIsNoPersonForHe() {
    assertEquals(
        List.of("Clayton Yeutter | PERSON", "Clayton Yeutter | PERSON"),
        SpeakersWithKinds.of("Trade Representative Clayton Yeutter said the talks would go on. "
            + "Ministers met in Punta del Este last year. He said a deal was near."));
  }

  @Test
  void aCompanyRepeatedWithoutItsLegalFormIsTheCompany() {
    assertEquals(
        List.of("American Express Co | ORGANISATION", "American Express Co | ORGANISATION",
            "Media General Inc | ORGANISATION", "Media General Inc | ORGANISATION"),
        SpeakersWithKinds.of("American Express Co said it would raise its dividend. \"We are pleased,\" American Express said. "
            + "Media General Inc said it sold a paper. Media General said the price was fair."));
  }

  @Test
  void ordinaryWordsInARepeatedNameKeepItWhole() {
    assertEquals(
        List.of("International Business Machines Corp | ORGANISATION",
            "International Business Machines Corp | ORGANISATION"),
        SpeakersWithKinds.of("International Business Machines Corp said it would cut jobs. The company leads in "
            + "international business. \"Demand is weak,\" International Business Machines said."));
  }

  @Test
  void aLonePlaceOpeningACompanysNameIsTheCompany() {
    assertEquals(
        List.of("Georgia Power Co | ORGANISATION", "Georgia Power Co | ORGANISATION"),
        SpeakersWithKinds.of("Georgia Power Co said the plant cost more. Customers in Georgia will pay less. "
            + "Georgia Power said the cost of power rose."));
  }

  @Test
  void partnersNamesJoinedByAndAreOneFirm() {
    assertEquals(
        List.of("Duff and Phelps | ORGANISATION", "Duff and Phelps | ORGANISATION",
            "Johnson and Johnson | ORGANISATION"),
        SpeakersWithKinds.of("Duff and Phelps said it lowered the ratings. It said the debt was at risk. "
            + "Johnson and Johnson said it would grow."));
  }

  @Test
  void knownPeopleAndGroupsJoinedByAndAreNoFirm() {
    assertEquals(
        List.of("Yasuhiro Nakasone | PERSON", "Yasuhiro Nakasone | PERSON", "Republicans | ORGANISATION"),
        SpeakersWithKinds.of("Ronald Reagan met Yasuhiro Nakasone. Reagan and Nakasone said they agreed. "
            + "Nakasone said it was a good day. Democrats and Republicans said no."));
  }

  @Test
  void aDescriptionKeepsTheCapitalOfANameInIt() {
    assertEquals(
        List.of("Energy Ministry officials | PERSON"),
        SpeakersWithKinds.of("Energy Ministry officials said output would fall. The energy sector is weak."));
  }

  @Test
  void anAcronymIsTheOrganisationWhoseInitialsItSpells() {
    assertEquals(
        List.of("Trans World Airlines Inc | ORGANISATION", "Trans World Airlines Inc | ORGANISATION",
            "U.S. Department of Agriculture | ORGANISATION", "U.S. Department of Agriculture | ORGANISATION",
            "Federal Deposit Insurance Corp | ORGANISATION", "Federal Deposit Insurance Corp | ORGANISATION",
            "ABC | ORGANISATION"),
        SpeakersWithKinds.of("Trans World Airlines Inc said fares would rise. \"We have no choice,\" TWA said. "
            + "The U.S. Department of Agriculture said exports rose. USDA said it would report again. "
            + "The Federal Deposit Insurance Corp said the bank failed. FDIC said depositors were safe. "
            + "The American Bankers Council met. The Associated Brokers Commission met too. ABC said nothing."));
    assertEquals(
        List.of("U.S. Agriculture Department | ORGANISATION", "U.S. Agriculture Department | ORGANISATION"),
        SpeakersWithKinds.of("The U.S. Agriculture Department said exports rose. USDA said it would report again."));
  }

  @Test
  void theFedIsTheFederalReserve() {
    assertEquals(
        List.of("Federal Reserve | ORGANISATION", "Federal Reserve | ORGANISATION"),
        SpeakersWithKinds.of("The Fed said it would buy bills. The Federal Reserve Board said rates would hold."));
  }

  @Test
  void theTreasuryIsAnOrganisationAndAnUndersecretaryATitle() {
    assertEquals(
        List.of("Treasury | ORGANISATION", "Daniel Amstutz | PERSON", "Daniel Amstutz | PERSON"),
        SpeakersWithKinds.of("The Treasury said it would sell bills. Agriculture Undersecretary Daniel Amstutz said the "
            + "program would end. Amstutz said it had cost too much."));
  }

  @Test
  void aChamberIsAnOrganisation() {
    assertEquals(
        List.of("Chamber of Mines | ORGANISATION", "George Drysdale | PERSON"),
        SpeakersWithKinds.of("Copper output fell, a spokeswoman for the Chamber of Mines said. \"Investors are waiting,\" said "
            + "American Chamber of Commerce president George Drysdale."));
  }

  @Test
  void aCompanyNamedAfterSomeoneIsCalledByTheSurnameAndNoWhereaboutsBelongToAName() {
    assertEquals(
        List.of("Eastman Kodak Co | ORGANISATION", "Eastman Kodak Co | ORGANISATION",
            "Noverco Inc | ORGANISATION", "OECD | ORGANISATION"),
        SpeakersWithKinds.of("Eastman Kodak Co said sales rose. Kodak said film sold well. Montreal-based Noverco Inc said "
            + "it would buy the stake. The Paris-based OECD said trade grew."));
  }

  @Test
  void theRegulatorACompanyFilesWithIsNeitherItNorTheCompany() {
    assertEquals(
        List.of("Quaker Oats Co | ORGANISATION", "Quaker Oats Co | ORGANISATION", "Quaker Oats Co | ORGANISATION",
            "Securities and Exchange Commission | ORGANISATION"),
        SpeakersWithKinds.of("Quaker Oats Co said it filed a shelf registration with the Securities and Exchange Commission "
            + "covering debt securities. The company said it may offer them over two years. It said the "
            + "proceeds would repay debt. \"We will review it,\" a spokesman for the Securities and Exchange "
            + "Commission said."));
  }

  @Test
  void aSpokesmanForAnOrganisationSpeaksForIt() {
    assertEquals(
        List.of("Exxon Corp | ORGANISATION", "Exxon Corp | ORGANISATION", "Exxon Corp | ORGANISATION",
            "Exxon Corp | ORGANISATION", "Taiwan Textile Federation | ORGANISATION",
            "spokesman for the protesters | PERSON"),
        SpeakersWithKinds.of("Exxon Corp said sales rose. A spokesman for the company said the plan would work. Prices "
            + "will rise, a spokesman for the company said. \"We will wait,\" a spokeswoman for the company said. "
            + "Exports fell sharply, a spokesman for the Taiwan Textile Federation said. A spokesman for the protesters "
            + "said they would stay."));
  }

  @Test
  void aSpokesmanForAnOrganisationAfterTheVerbSpeaksForItToo() {
    assertEquals(
        List.of("Federal Statistics Office | ORGANISATION", "Federal Statistics Office | ORGANISATION",
            "Exxon Corp | ORGANISATION", "Exxon Corp | ORGANISATION", "spokesman for the protesters | PERSON"),
        SpeakersWithKinds.of("Conrail raised its price. \"We cannot comment,\" said a spokesman for the Federal Statistics Office. "
            + "\"The SEC is cautious,\" he said. Exxon Corp said sales rose. Prices will rise, said a spokeswoman "
            + "for the company. \"We will stay,\" said a spokesman for the protesters."));
  }

  @Test
  void theOrganisationsSpokesmanIsTheOneAFollowingHeStandsFor() {
    assertEquals(
        List.of("Central Bank | ORGANISATION", "Central Bank | ORGANISATION", "John Smith | PERSON"),
        SpeakersWithKinds.of("Brazil proposed a standstill, a spokesman for the Central Bank said. He said Brazil wanted to avoid "
            + "a default. Trader John Smith was not surprised. He said Brazil would pay."));
  }

  @Test
  void aOneWordNameEndingInBankOrCorpIsAnOrganisation() {
    assertEquals(
        List.of("Bundesbank | ORGANISATION", "Citicorp | ORGANISATION"),
        SpeakersWithKinds.of("The Bundesbank said rates would stay. Citicorp said it would appeal."));
  }
}
