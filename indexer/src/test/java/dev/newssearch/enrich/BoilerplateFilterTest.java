package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.testing.RepoFiles;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
  private final BoilerplateFilter filter = new BoilerplateFilter();

  @Test
  void dropsPromotionalLinesLikeSeed000sAlsoWatch() throws Exception {
    String seed = Files.readString(RepoFiles.seeds().resolve("000_49fbe87d8bcee795.txt"));
    String cleaned = filter.clean(seed);
    assertFalse(cleaned.contains("Also watch"));
    assertFalse(cleaned.contains("drove a taxi"));
    assertTrue(cleaned.contains("Putin welcomed Xi by waving his hand"));
  }

  @Test
  void dropsTheFlattenedVideoCaptionOfSeed004() throws Exception {
    String seed = Files.readString(RepoFiles.seeds().resolve("004_63148c7f0396222a.txt"));
    String cleaned = filter.clean(seed);
    assertFalse(cleaned.contains("07:23"));
    assertFalse(cleaned.contains("establishment of a development bank"));
    assertTrue(cleaned.contains("adding that China would coordinate positions in time on fundamental interests and main concerns. The meeting, followed by a banquet"));
  }

  @Test
  void keepsTimesThatAreNotVideoCards() {
    assertEquals("The vote closed at 10:30 on Tuesday and counting began.", filter.clean("The vote closed at 10:30 on Tuesday and counting began."));
  }
}
