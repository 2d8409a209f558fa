package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words of the newswire that looked like speakers or like speech: a month in a date ("due April 14,
 * 1990, said …" gave "April"), a determiner opening a sentence ("Such claims could …" gave "Such"),
 * a company written with its initials and "and" or a slash ("S and P said", "S/P said" gave "P"),
 * a label before a colon ("NOTES: Operating net excludes …" of the earnings tables), and figures
 * "compared with" other figures or a deal offered ("offered to buy USAir for 52 dlrs"),
 * which are no speech. Each case was a wrong quote or speaker among the Reuters stories.
 */
class DatesInitialsAndFiguresTest {
  private final QuoteExtractor extractor = new QuoteExtractor(AliasList.builtIn());

  /** A quote as speaker | text. */
  private List<String> rows(String body) {
    return extractor.extract(body).stream().map((Quote q) -> q.speaker() + " | " + q.text()).toList();
  }

  @Test
  void aMonthInADateIsNoSpeaker() {
    assertEquals(
        List.of("Morgan Stanley | The notes are due April 14, 1990 and were priced at 101"),
        rows("The notes are due April 14, 1990 and were priced at 101, said lead manager Morgan Stanley."));
    assertEquals(
        List.of("Morgan Stanley | The notes mature April 14, 1990"),
        rows("The notes mature April 14, 1990, said lead manager Morgan Stanley."));
    assertEquals(
        List.of("companies | they had signed an agreement in principle"),
        rows("The companies on March 10 announced that they had signed an agreement in principle."));
  }

  @Test
  void aMonthAfterAWordOfTimeIsNoName() {
    assertEquals(
        List.of("Canada | exports rose", "December quarter | a 182 mln dlr surplus",
            "April Jones | Exports rose last December"),
        rows("Canada said exports rose. The December quarter showed a 182 mln dlr surplus. "
            + "Exports rose last December, April Jones said."));
  }

  @Test
  void aMonthAloneMayStillBeAName() {
    assertEquals(List.of("April Smith | she was glad"), rows("April Smith said she was glad."));
    assertEquals(List.of("Theresa May | talks would go on"), rows("In May, Theresa May said talks would go on."));
  }

  @Test
  void aDateAfterTheVerbIsNotWhatWasSaid() {
    assertEquals(
        List.of("Transco Energy Co | it will redeem all outstanding shares"),
        rows("Transco Energy Co said on April 10 it will redeem all outstanding shares."));
  }

  @Test
  void aDeterminerOpeningASentenceIsNoSpeaker() {
    assertEquals(
        List.of("union | Such claims could hurt the company"),
        rows("Such claims could hurt the company, the union said."));
    assertEquals(List.of(), rows("Similar claims could hurt the company."));
  }

  @Test
  void aCompanyWrittenWithItsInitialsIsOneSpeaker() {
    assertEquals(
        List.of("Standard & Poor's | the rating was cut", "Standard & Poor's | the outlook was stable",
            "Standard & Poor's | the debt was affirmed"),
        rows("S/P said the rating was cut. S and P said the outlook was stable. S&P said the debt was affirmed."));
    assertEquals(
        List.of("AT&T | it would cut jobs", "AT&T | sales rose"),
        rows("American Telephone and Telegraph Co said it would cut jobs. AT and T said sales rose."));
    assertEquals(
        List.of("B and C | ORGANISATION"),
        SpeakersWithKinds.of("B and C said it would form a new company."));
  }

  @Test
  void lettersWithWordsAroundThemStayApart() {
    // Only one or two capitals on each side make one name, and a lower-case word is no initial.
    assertEquals(
        List.of("John Smith | the plan and the budget were ready"),
        rows("John Smith said the plan and the budget were ready."));
  }

  @Test
  void aLabelBeforeAColonIsNoSpeaker() {
    assertEquals(
        List.of(),
        rows("Oper net 44.4 mln vs 35.4 mln\n\nNOTES: Operating net excludes losses of 12.1 mln dlrs."));
    assertEquals(
        List.of("NY Daily News | Paris Terror Attacks Highlight Threat."),
        rows("NY Daily News: Paris Terror Attacks Highlight Threat."));
  }

  @Test
  void aDealOfferedIsNoSpeech() {
    assertEquals(List.of(), rows("Trans World Airlines Inc offered to buy USAir for 52 dlrs cash per share."));
    assertEquals(List.of(), rows("The company offered up to 200 mln dlrs of debt securities."));
    assertEquals(List.of(), rows("The centers will offer a 20-point lubrication and oil change."));
    assertEquals(
        List.of("Chrysler Corp | its board declared a three-for-two stock split"),
        rows("Chrysler Corp said its board declared a three-for-two stock split."));
    assertEquals(
        List.of("Smith | he could not yet support the split"),
        rows("Smith declared he could not yet support the split."));
    assertEquals(
        List.of("Donald Trump | his early assessment of Super Bowl 50"),
        rows("Donald Trump offered his early assessment of Super Bowl 50."));
  }

  @Test
  void figuresComparedWithFiguresAreNoSpeech() {
    assertEquals(
        List.of(),
        rows("The Treasury's operating cash balance totaled 17.8 billion dlrs on March 5 compared with 18.3 billion dlrs on March 4."));
    assertEquals(List.of(), rows("Net income was 7.5 mln dlrs, compared with 25 cts per share a year earlier."));
    assertEquals(
        List.of("Donald Trump | Clinton to a criminal"),
        rows("Trump compared Clinton to a criminal."));
  }
}
