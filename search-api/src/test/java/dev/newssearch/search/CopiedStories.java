package dev.newssearch.search;

import dev.newssearch.index.IndexGenerations;
import dev.newssearch.testing.ArticleLines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * An index for the near-duplicate grouping tests: stories each carried several times (copies named
 * {@code s<story>-c<copy>}, whose extra mentions of the word move them apart in the ranking and whose
 * dates spread over years) beside single articles ({@code u<n>}), every one containing the word.
 */
record CopiedStories(int stories, int copies, int singles, String word) {

  /** Every article: the copies of every story and the singles. */
  int articles() {
    return stories * copies + singles;
  }

  /** Writes the articles under {@code folder} and indexes them there, as {@code reindex} does. */
  IndexGenerations index(Path folder, long seed) throws IOException {
    Random random = new Random(seed);
    return IndexedLines.index(folder, out -> {
      for (int story = 0; story < stories; story++) {
        String body = text(random, 60);
        for (int copy = 0; copy < copies; copy++) {
          // A copy repeats the word at its end: a near-duplicate that ranks elsewhere.
          String extra = (" " + word).repeat((copy * 5 + story) % 4);
          ArticleLines.write(out, "s" + story + "-c" + copy, "Story " + story,
              LocalDate.of(2020, 1, 1).plusDays(story * 7L + copy * 400L).toString(), "Wire", body + extra);
        }
      }
      for (int single = 0; single < singles; single++) {
        ArticleLines.write(out, "u" + single, "Single " + single,
            LocalDate.of(2021, 6, 1).plusDays(single * 13L).toString(), "Wire",
            text(random, 40 + single) + (" " + word).repeat(single % 3));
      }
    });
  }

  /** Made-up words: stories that share none of their three-word runs, with the word in each. */
  private String text(Random random, int words) {
    StringBuilder text = new StringBuilder(word);
    for (int i = 0; i < words; i++) {
      text.append(' ');
      int letters = 3 + random.nextInt(6);
      for (int c = 0; c < letters; c++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.append('.').toString();
  }
}
