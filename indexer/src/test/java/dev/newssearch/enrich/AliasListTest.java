package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newssearch.article.SpeakerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasListTest {

  @Test
  void aliasesOnOneLineShareTheCanonicalName() {
    AliasList list = AliasList.parse(List.of(
        "# Kremlin people", "", "Dmitry Peskov = Peskov | Kremlin spokesman Peskov | Dmitri Peskov"));
    assertEquals("Dmitry Peskov", list.canonical("Kremlin spokesman Peskov"));
    assertEquals("Dmitry Peskov", list.canonical("Dmitri Peskov"));
    assertEquals("Dmitry Peskov", list.canonical("Dmitry Peskov"));
  }

  @Test
  void matchingIgnoresCaseSpacingAndApostropheStyle() {
    AliasList list = AliasList.parse(List.of("org: TASS = Russia's TASS"));
    assertEquals("TASS", list.canonical("RUSSIA\u2019S   tass"));
  }

  @Test
  void unknownNamesAreTheirOwnCanonicalForm() {
    assertEquals("Jane Doe", AliasList.builtIn().canonical("Jane Doe"));
  }

  @Test
  void kindPrefixDeclaresOrganisationsAndPersons() {
    AliasList list = AliasList.parse(List.of("org: Xinhua = Xinhua news agency", "person: Xi Jinping = Xi"));
    assertEquals(Optional.of(SpeakerKind.ORGANISATION), list.kind("Xinhua"));
    assertEquals(Optional.of(SpeakerKind.PERSON), list.kind("Xi Jinping"));
    assertEquals(Optional.empty(), list.kind("Nobody"));
  }

  @Test
  void mergedListLetsTheOtherListWin() {
    AliasList base = AliasList.parse(List.of("Vladimir Putin = Putin"));
    AliasList user = AliasList.parse(List.of("V. V. Putin = Putin"));
    assertEquals("V. V. Putin", base.merge(user).canonical("Putin"));
    assertEquals("Vladimir Putin", user.merge(base).canonical("Putin"));
  }

  @Test
  void builtInListKnowsTheSeedSpeakers() {
    AliasList list = AliasList.builtIn();
    assertEquals("Xi Jinping", list.canonical("Jinping"));
    assertEquals("Dmitry Peskov", list.canonical("Kremlin spokesman Peskov"));
  }

  @Test
  void loadReadsAUserFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aliases.txt");
    Files.writeString(file, "# mine\nJane Roe = J. Roe | Roe\n");
    assertEquals("Jane Roe", AliasList.load(file).canonical("J. Roe"));
  }

  @Test
  void lineWithoutCanonicalNameIsRejectedWithItsNumber() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AliasList.parse(List.of("ok = fine", " = Peskov")));
    assertEquals("line 2: no canonical name before '='", e.getMessage());
  }
}
