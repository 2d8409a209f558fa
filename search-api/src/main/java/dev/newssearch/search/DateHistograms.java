package dev.newssearch.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the timeline of a search from per-day counts. The interval follows the span of the
 * matches, as a reader would choose it: days for up to two months, months for up to five years,
 * years beyond. Empty periods between the first and last match are included, so the timeline has no
 * misleading gaps.
 */
final class DateHistograms {
  private static final long MAX_DAYS_FOR_DAILY = 62;
  private static final long MAX_MONTHS_FOR_MONTHLY = 60;

  /** Calendar days per value up to which {@link #perDay} counts the days in an array instead of sorting them. */
  private static final int COUNTED_SPAN_PER_DAY = 8;

  private DateHistograms() {}

  /**
   * How many of the first {@code dated} epoch days of {@code days} fall on each day; may reorder
   * them. When they span fewer than {@value #COUNTED_SPAN_PER_DAY} calendar days per value (a
   * frequent word's matches span the archive's few years), they are counted in an array indexed by
   * day, in one pass: sorting them was a tenth of the facets' time at 100,000 articles. Fewer values
   * over a wider span are sorted and counted in runs.
   */
  static Map<Long, Long> perDay(long[] days, int dated) {
    Map<Long, Long> perDay = new HashMap<>();
    if (dated == 0) {
      return perDay;
    }
    long first = days[0];
    long last = days[0];
    for (int i = 1; i < dated; i++) {
      first = Math.min(first, days[i]);
      last = Math.max(last, days[i]);
    }
    long span = last - first; // negative only if it overflowed: then sorted
    if (span >= 0 && span < (long) COUNTED_SPAN_PER_DAY * dated) {
      int[] counts = new int[(int) span + 1];
      for (int i = 0; i < dated; i++) {
        counts[(int) (days[i] - first)]++;
      }
      for (int day = 0; day < counts.length; day++) {
        if (counts[day] > 0) {
          perDay.put(first + day, (long) counts[day]);
        }
      }
      return perDay;
    }
    Arrays.sort(days, 0, dated);
    for (int i = 0; i < dated; ) {
      int run = i;
      while (run < dated && days[run] == days[i]) {
        run++;
      }
      perDay.put(days[i], (long) (run - i));
      i = run;
    }
    return perDay;
  }

  /** The histogram of counts keyed by epoch day. */
  static Facets.DateHistogram of(Map<Long, Long> perDay) {
    if (perDay.isEmpty()) {
      return Facets.DateHistogram.EMPTY;
    }
    TreeMap<Long, Long> days = new TreeMap<>(perDay);
    LocalDate first = LocalDate.ofEpochDay(days.firstKey());
    LocalDate last = LocalDate.ofEpochDay(days.lastKey());
    Interval interval =
        ChronoUnit.DAYS.between(first, last) <= MAX_DAYS_FOR_DAILY
            ? Interval.DAY
            : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) <= MAX_MONTHS_FOR_MONTHLY
                ? Interval.MONTH
                : Interval.YEAR;
    TreeMap<LocalDate, Long> buckets = new TreeMap<>();
    for (LocalDate start = interval.start(first); !start.isAfter(last); start = interval.next(start)) {
      buckets.put(start, 0L);
    }
    days.forEach((day, count) -> buckets.merge(interval.start(LocalDate.ofEpochDay(day)), count, Long::sum));
    List<Facets.Bucket> out = new ArrayList<>(buckets.size());
    buckets.forEach((start, count) -> out.add(new Facets.Bucket(
        interval.key(start), start.toString(), interval.next(start).minusDays(1).toString(), count)));
    return new Facets.DateHistogram(interval.label, out);
  }

  private enum Interval {
    DAY("day"),
    MONTH("month"),
    YEAR("year");

    final String label;

    Interval(String label) {
      this.label = label;
    }

    LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case MONTH -> day.withDayOfMonth(1);
        case YEAR -> day.withDayOfYear(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case MONTH -> start.plusMonths(1);
        case YEAR -> start.plusYears(1);
      };
    }

    String key(LocalDate start) {
      String iso = start.toString();
      return switch (this) {
        case DAY -> iso;
        case MONTH -> iso.substring(0, 7);
        case YEAR -> iso.substring(0, 4);
      };
    }
  }
}
