package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.SpeakerKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which writer a byline names, as the bylines of real feeds come. */
class BylineTest {

  private static Optional<String> writer(String byline) {
    return Byline.writer(byline).map(w -> w.name() + " (" + w.kind() + ")");
  }

  @Test
  void aNameIsThePerson() {
    assertEquals(Optional.of("Nick Gass (PERSON)"), writer("Nick Gass"));
    assertEquals(Optional.of("Nick Gass (PERSON)"), writer("By Nick Gass"));
    assertEquals(Optional.of("Heidi M. Przybyla (PERSON)"), writer("Heidi M. Przybyla, USA TODAY"));
    assertEquals(Optional.of("Mary O'Neil-Smith (PERSON)"), writer("  Mary O'Neil-Smith | The Daily "));
  }

  @Test
  void oneWordOrAnOrganisationWordIsAnOrganisation() {
    assertEquals(Optional.of("AP (ORGANISATION)"), writer("AP"));
    assertEquals(Optional.of("Reuters (ORGANISATION)"), writer("Reuters"));
    assertEquals(Optional.of("Breitbart News (ORGANISATION)"), writer("Breitbart News"));
  }

  @Test
  void placeholdersSeveralWritersAndProseNameNoWriter() {
    for (String byline : new String[] {null, "", "  ", "None", "staff", "By ", "Jane Doe and John Roe",
        "Jane Doe & John Roe", "the editorial board", "Senate Passes Sweeping Bill After Long Night Of Debate",
        "<b>Jane</b>", "J4ne Doe"}) {
      assertEquals(Optional.empty(), writer(byline), String.valueOf(byline));
    }
  }

  @Test
  void kindsAreTheSpeakerKinds() {
    assertEquals(SpeakerKind.PERSON, Byline.writer("Jane Doe").orElseThrow().kind());
  }
}
