package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place is no person, and a body's name is one organisation's name, however English news writes
 * them: towns opened by "St.", "Ft." or "Mt.", a place abbreviation ending a phrase before a
 * surname, a foreign body named with a particle, a body the article names with one word. Each case
 * was a wrong speaker in the speakers of the Reuters newswire ("St. Louis", "U.S. Silas", "Mexico"
 * for Banco de Mexico, "Comecon" as a person).
 */
class PlacesAndBodiesTest {
  @Test
  void aPointOfTheCompassBeforeAPlaceMakesAPlace() {
    assertEquals(
        List.of("South Korea | ORGANISATION", "Latin America | ORGANISATION"),
        SpeakersWithKinds.of("South Korea said exports rose. Western Europe must act, Latin America said."));
  }

  @Test
  void aTownOpenedBySaintFortOrMountIsNoPerson() {
    assertEquals(List.of(), SpeakersWithKinds.of("Officials met in St. Paul on Monday. He said the talks went well."));
    assertEquals(List.of("St. Louis | ORGANISATION"), SpeakersWithKinds.of("St. Louis said it would appeal the ruling."));
    assertEquals(
        List.of("John Smith | PERSON", "John Smith | PERSON"),
        SpeakersWithKinds.of("John Smith is chairman of Acme Corp. In St. Louis, Smith said the plant would close. "
            + "Troops massed near Ft. Worth. He said demand was weak."));
  }

  @Test
  void theTownWhereABodyIsBasedIsNoPartOfItsName() {
    assertEquals(
        List.of("Harvard Industries Inc | ORGANISATION", "Harvard Industries Inc | ORGANISATION"),
        SpeakersWithKinds.of("Harvard Industries Inc said it sold a unit. The St. Louis-based company said the price was fair."));
    assertEquals(
        List.of("St. Jude Medical Inc | ORGANISATION"),
        SpeakersWithKinds.of("St. Jude Medical Inc said sales rose."));
  }

  @Test
  void aSurnameOpenedBySaintIsThePersons() {
    assertEquals(
        List.of("Fernand St Germain | PERSON", "Fernand St Germain | PERSON"),
        SpeakersWithKinds.of("House Banking Committee chairman Fernand St Germain said the bill was weak. "
            + "\"We cannot let it pass,\" St Germain said."));
  }

  @Test
  void aPlaceEndingAnOpeningPhraseIsNoPartOfTheNameAfterIt() {
    assertEquals(
        List.of("John Smith | PERSON", "John Smith | PERSON", "John Smith | PERSON"),
        SpeakersWithKinds.of("Chairman John Smith said prices fell. In the U.S. Smith said the market was weak. "
            + "Smith said it would last."));
    assertEquals(
        List.of("Smith | PERSON", "Smith | PERSON"),
        SpeakersWithKinds.of("Ford cut prices. In the U.S. Smith said demand rose. Smith said he expected more."));
    assertEquals(
        List.of("U.S. Agriculture Department | ORGANISATION", "U.S. Agriculture Department | ORGANISATION"),
        SpeakersWithKinds.of("In the U.S. Agriculture Department's view, the crop was small, the U.S. Agriculture Department said. "
            + "The U.S. Agriculture Department said exports fell."));
  }

  @Test
  void theCompanyOrItsBoardIsTheCompanyNamedByOneWordBefore() {
    assertEquals(
        List.of("KeyCorp | ORGANISATION", "KeyCorp | ORGANISATION"),
        SpeakersWithKinds.of("KeyCorp said it filed for an offering. The company said the notes would be rated."));
    assertEquals(
        List.of("Petro-Canada | ORGANISATION", "Petro-Canada | ORGANISATION"),
        SpeakersWithKinds.of("Petro-Canada said it will drill two wells. \"We hope this will work,\" the company said."));
    assertEquals(
        List.of("Chrysler Corp | ORGANISATION", "Chrysler Corp | ORGANISATION"),
        SpeakersWithKinds.of("Chrysler Corp said sales rose. Its board said the outlook was good."));
    // People are no company: "Traders said … the company said" finds no company.
    assertEquals(
        List.of("traders | PERSON", "company | ORGANISATION"),
        SpeakersWithKinds.of("Traders said prices fell. The company said it disagreed."));
  }

  @Test
  void aReportOrAnAgencyIsNoCountryNamedBeforeIt() {
    assertEquals(
        List.of("Amoco Corp | ORGANISATION", "Amoco Corp | ORGANISATION"),
        SpeakersWithKinds.of("Amoco Corp said reserves fell. Most of the revision occurred in the United States, the report said."));
    assertEquals(
        List.of("report | ORGANISATION"),
        SpeakersWithKinds.of("Most of the revision occurred in France, the report said."));
    // A government or a ministry may be the country's.
    assertEquals(
        List.of("Greece | ORGANISATION"),
        SpeakersWithKinds.of("Floods hit Greece. The government said it would help."));
  }

  @Test
  void aBodysNameGoesOnThroughItsForAndAPairAfterIt() {
    assertEquals(
        List.of("Organisation for Economic Cooperation and Development | ORGANISATION",
            "Organisation for Economic Cooperation and Development | ORGANISATION"),
        SpeakersWithKinds.of("The Paris-based Organisation for Economic Cooperation and Development said growth would slow. "
            + "The OECD said unemployment would rise."));
    assertEquals(
        List.of("Institute for International Economics | ORGANISATION"),
        SpeakersWithKinds.of("A study by the Institute for International Economics found that trade would grow."));
    assertEquals(
        List.of("Department of Health and Human Services | ORGANISATION"),
        SpeakersWithKinds.of("The Department of Health and Human Services said costs rose."));
    // Three words after "and" are likelier a person's name run on after the body's: the body does not take them.
    List<String> director = SpeakersWithKinds.of(
        "Director of the Office of Management and Budget James Miller said taxes would not rise.");
    assertTrue(director.size() == 1 && director.get(0).endsWith("James Miller | PERSON"), director.toString());
  }

  @Test
  void aForeignBodysNameGoesOnThroughItsParticle() {
    assertEquals(
        List.of("Banco de Mexico | ORGANISATION", "Mexico | ORGANISATION", "Credit du Nord | ORGANISATION",
            "Banco do Brasil | ORGANISATION", "Banque de France | ORGANISATION"),
        SpeakersWithKinds.of("Banco de Mexico said it would cut rates. Mexico said exports rose. Credit du Nord said profits "
            + "rose. Banco do Brasil said loans rose. The Banque de France said it bought dollars."));
    assertEquals(
        List.of("Roberto Fendt | PERSON", "Roberto Fendt | PERSON"),
        SpeakersWithKinds.of("Director of the Banco do Brasil's trade department, Roberto Fendt, told reporters that exports "
            + "rose. Coffee earnings fell, he added."));
  }

  @Test
  void aLoneWordTheArticleNeverIntroducesAsAPersonIsABody() {
    assertEquals(
        List.of("Comecon | ORGANISATION", "Zdzislaw Kuroski | PERSON"),
        SpeakersWithKinds.of("Comecon said trade grew. Zdzislaw Kuroski, deputy director of Comecon, who heads the delegation, "
            + "arrived. He said talks would go on."));
    assertEquals(List.of("Petrobras | ORGANISATION"), SpeakersWithKinds.of("Petrobras said it found oil."));
    assertEquals(
        List.of("Eurostat | ORGANISATION", "Eurostat | ORGANISATION"),
        SpeakersWithKinds.of("Eurostat said output fell. It said prices rose."));
  }

  @Test
  void aLoneWordIsAPersonsWhereTheArticleIntroducesAPerson() {
    assertEquals(
        List.of("Silas | PERSON", "Silas | PERSON"),
        SpeakersWithKinds.of("C.J. \"Pete\" Silas, chairman, told Reuters prices fell. Silas said debt would fall. "
            + "He said sales rose."));
    assertEquals(List.of("Xie | PERSON"), SpeakersWithKinds.of("Xie said her bank would lend more."));
    assertEquals(
        List.of("Slutsky | PERSON"),
        SpeakersWithKinds.of("The 41-year-old Slutsky was fined. Slutsky said the charge was false."));
  }
}
