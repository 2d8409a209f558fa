package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds the quote-extraction quality measured by {@link QuoteEvaluation} on the shared gold data.
 * Runs only with {@code -Pshared-data}; the thresholds sit a little under the figures reached, so a
 * change that loses quality fails here. Speed is measured by the harness, never asserted.
 */
@Tag("shared-data")
class QuoteQualityTest {
  private static QuoteEvaluation.Figures figures;

  @BeforeAll
  static void measure() throws IOException {
    Path data = Path.of(System.getProperty("shared.data.dir", "../../shared/data"));
    figures = new QuoteEvaluation(data).run(false);
  }

  @Test
  void seedPersonSpeakersEqualTheGoldSets() {
    for (QuoteEvaluation.SeedScore seed : figures.seeds()) {
      assertEquals(seed.gold(), seed.found(), seed.file());
    }
  }

  @Test
  void polnearQuotesAtThirtyPercentOverlapKeepTheirPrecisionAndRecall() {
    assertTrue(figures.at30().precision() >= 0.925, () -> "precision " + figures.at30());
    assertTrue(figures.at30().recall() >= 0.737, () -> "recall " + figures.at30());
    assertTrue(figures.at30().f1() >= 0.820, () -> "F1 " + figures.at30());
  }

  @Test
  void polnearQuotesAtEightyPercentOverlapKeepTheirF1() {
    assertTrue(figures.at80().f1() >= 0.755, () -> "F1 " + figures.at80());
  }

  @Test
  void polnearSpeakersOfMatchedQuotesStayAccurate() {
    assertTrue(figures.speakerAccuracy() >= 0.914, () -> "speaker accuracy " + figures.speakerAccuracy());
  }

  @Test
  void polnearSpeakersOfQuotesWithNamedSourcesStayAccurate() {
    assertTrue(figures.namedSpeakerAccuracy() >= 0.920,
        () -> "named-source speaker accuracy " + figures.namedSpeakerAccuracy());
  }
}
