package dev.newssearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.search.SearchQueries;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

/** The speaker pattern, run by Lucene's own regular expressions as the node runs it. */
class SpeakerPrefixPatternTest {
  private static final List<String> NAMES = List.of("Vladimir Putin", "Xi Jinping", "Jean-Claude Juncker", "O'Neill",
      "al-Assad", "J. P. Morgan", "\u212Aelvin Smith", "\u0130lham Aliyev", "Ren\u00e9 Magritte", "van der Berg",
      "Mr. Tab\tName", "a+b (c) [d] {e} \"f\" #g @h &i <j> ~k |l ?m *n .o \\p");

  @Test
  void acceptsEveryNameTheSharedRuleAcceptsAndMostlyNoOther() {
    List<String> prefixes = List.of("vl", "VLADIMIR PU", "pu", "jin", "claude", "juncker", "o'", "al-", "assad", "j. p",
        "kel", "il", "ren", "berg", "van d", "name", "c)", "[d", "{e", "\"f", "#g", "@h", "&i", "<j", "~k", "|l", "?m",
        "*n", ".o", "\\p", "a+b", "zz", "x");
    for (String prefix : prefixes) {
      CharacterRunAutomaton pattern = pattern(prefix);
      for (String name : NAMES) {
        if (SearchQueries.speakerMatches(name, prefix)) {
          assertTrue(pattern.run(name), prefix + " must keep " + name);
        }
      }
    }
    assertFalse(pattern("pu").run("Xi Jinping"), "a name without the prefix is not counted");
    assertFalse(pattern("in").run("Xi Jinping"), "nor one with the prefix inside a word");
  }

  private static CharacterRunAutomaton pattern(String prefix) {
    return new CharacterRunAutomaton(Operations.determinize(
        new RegExp(SpeakerPrefixPattern.of(prefix).orElseThrow()).toAutomaton(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
  }

  @Test
  void everySpeakerIsReadForAnEmptyOrNonAsciiPrefix() {
    assertEquals(Optional.empty(), SpeakerPrefixPattern.of("  "));
    assertEquals(Optional.empty(), SpeakerPrefixPattern.of("ren\u00e9"));
  }
}
