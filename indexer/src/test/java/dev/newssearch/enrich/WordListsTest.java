package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists' derived answers: which words are titles, and which plurals name people. */
class WordListsTest {

  @Test
  void aGenericPersonTitleIsATitleWithoutALineOfItsOwn() {
    assertTrue(WordLists.PERSON_TITLES.containsAll(WordLists.GENERIC_PERSON_TITLES));
    assertTrue(WordLists.PERSON_TITLES.contains("president"));
    assertTrue(WordLists.PERSON_TITLES.contains("spokesman"));
    assertFalse(WordLists.GENERIC_PERSON_TITLES.contains("spokesman"));
  }

  @Test
  void pluralsOfTitlesListedGroupsAndWordsFormedForPeopleNamePeople() {
    for (String people : List.of("officials", "traders", "spokesmen", "sources", "critics", "others", "economists",
        "canadians", "growers", "operators", "fishermen")) {
      assertTrue(WordLists.namesPeople(people), people);
    }
    for (String things : List.of("numbers", "factors", "figures", "reports", "polls", "prices")) {
      assertFalse(WordLists.namesPeople(things), things);
    }
  }

  @Test
  void aSingularComesFromAPluralsEndingOnly() {
    assertEquals("official", WordLists.singular("officials"));
    assertEquals("secretary", WordLists.singular("secretaries"));
    assertEquals("fisherman", WordLists.singular("fishermen"));
    for (String notPlural : List.of("press", "focus", "analysis", "oil")) {
      assertEquals(null, WordLists.singular(notPlural), notPlural);
    }
  }
}
