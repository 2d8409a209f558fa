package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-09-02|2025-09-02",
      "2025/09/02|2025-09-02",
      "September 2, 2025|2025-09-02",
      "Sep 2, 2025|2025-09-02",
      "2 Sep 2025|2025-09-02",
      "2 September 2025|2025-09-02",
      "Tue, 2 Sep 2025 08:15:00 GMT|2025-09-02",
      "Tue, 02 Sep 2025 01:30:00 +0300|2025-09-01",
      "2025-09-02T23:30:00-05:00|2025-09-03",
      "2025-09-02T08:15:00Z|2025-09-02",
      "26-FEB-1987 15:01:01.79|1987-02-26",
  })
  void normalisesKnownFormatsToTheUtcDay(String text, String day) {
    assertEquals(LocalDate.parse(day), parser.parse(text).orElseThrow().day());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-45", "2025-02-30", "February 30, 2025", "yesterday", "", "12345"})
  void rejectsImpossibleOrUnknownDates(String text) {
    assertTrue(parser.parse(text).isEmpty());
  }

  @org.junit.jupiter.api.Test
  void keepsTheTimestampOnlyWhenATimeWasGiven() {
    assertEquals(Instant.parse("2025-09-02T05:15:00Z"), parser.parse("2025-09-02T08:15:00+03:00").orElseThrow().timestamp());
    assertNull(parser.parse("2025-09-02").orElseThrow().timestamp());
  }
}
