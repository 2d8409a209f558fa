package dev.newssearch.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

  private DateHistograms() {}

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
