package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Counting days per day gives the same counts whether the days are counted in an array or sorted. */
class DateHistogramsTest {

  private static Map<Long, Long> counted(long[] days) {
    Map<Long, Long> counts = new TreeMap<>();
    for (long day : days) {
      counts.merge(day, 1L, Long::sum);
    }
    return counts;
  }

  private static Map<Long, Long> perDay(long[] days, int dated) {
    return new TreeMap<>(DateHistograms.perDay(Arrays.copyOf(days, days.length), dated));
  }

  @Test
  void manyDaysOverAFewYearsAreCountedExactly() {
    Random random = new Random(7);
    long[] days = new long[20_000];
    for (int i = 0; i < days.length; i++) {
      days[i] = 6_265 + random.nextInt(5 * 365);
    }
    assertEquals(counted(days), perDay(days, days.length));
  }

  @Test
  void fewDaysOverCenturiesAreCountedExactly() {
    long[] days = {-700_000, 6_300, 6_300, 2_900_000, 6_301, -700_000};
    assertEquals(Map.of(-700_000L, 2L, 6_300L, 2L, 6_301L, 1L, 2_900_000L, 1L), perDay(days, days.length));
  }

  @Test
  void onlyTheFirstDaysCountAndAnExtremeSpanDoesNotOverflow() {
    long[] days = {Long.MIN_VALUE, Long.MAX_VALUE, 5, 5, 99};
    assertEquals(Map.of(Long.MIN_VALUE, 1L, Long.MAX_VALUE, 1L), perDay(days, 2));
    assertEquals(Map.of(), perDay(days, 0));
    long[] oneDay = {8_000, 8_000, 8_000};
    assertEquals(Map.of(8_000L, 3L), perDay(oneDay, 3));
  }
}
