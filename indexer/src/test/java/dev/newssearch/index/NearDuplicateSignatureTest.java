package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateSignatureTest {
  private static final String STORY = """
      Dock workers at the northern port walked out on Monday after talks on pay broke down, leaving
      container ships waiting at anchor and cargo piling up along the quays. The union said its members
      had been offered a raise of 3 percent, well below the rate of inflation, and that the strike would
      last until the port authority returned to the table with a better offer. The port authority said
      it regretted the walkout and that the offer was the most it could afford while the expansion of
      the harbour was still being paid for.""";

  private static NearDuplicateSignature of(String text) {
    return NearDuplicateSignature.of(text).orElseThrow();
  }

  @Test
  void copiesHaveEqualSignaturesWhateverTheirCasePunctuationAndAccents() {
    String retyped = STORY.toUpperCase(java.util.Locale.ROOT).replace(",", " ,").replace("harbour", "hárbour");
    assertEquals(1.0, of(STORY).similarity(of(retyped)));
    assertEquals(of(STORY).bandKeys(), of(retyped).bandKeys());
  }

  @Test
  void aLightlyEditedCopyIsANearDuplicate() {
    String edited = STORY.replace("3 percent", "3.5 percent") + " A spokesman said ministers were following the dispute.";
    assertTrue(of(STORY).isNearDuplicateOf(of(edited)), "similarity " + of(STORY).similarity(of(edited)));
  }

  @Test
  void anotherArticleWithTheSameWordsIsNot() {
    String other = """
        The strike by dock workers at the northern port is in its third day, and its cost is spreading
        well beyond the quays where cargo now waits. Builders say the delay threatens the harbour
        expansion, the project the port authority cites when it says it cannot pay more. Economists
        expect the dispute to end with a compromise near the rate of inflation.""";
    assertFalse(of(STORY).isNearDuplicateOf(of(other)), "similarity " + of(STORY).similarity(of(other)));
  }

  @Test
  void survivesTheBytesItIsStoredAs() {
    assertEquals(1.0, of(STORY).similarity(NearDuplicateSignature.fromBytes(of(STORY).toBytes())));
  }

  @Test
  void aTextWithoutWordsHasNoSignatureAndAShortOneHasOne() {
    assertEquals(Optional.empty(), NearDuplicateSignature.of(" -- ... "));
    assertEquals(1.0, of("Shares fell.").similarity(of("SHARES FELL")));
    assertFalse(of("Shares fell.").isNearDuplicateOf(of("Shares rose.")));
  }

  @Test
  void shortTextsGroupOnlyWhenTheyAreTheSame() {
    String chemical = "CHEMICAL BANK CUTS PRIME RATE TO 9.25 PCT FROM 9.75 PCT, EFFECTIVE IMMEDIATELY";
    String midland = "MARINE MIDLAND BANK CUTS PRIME RATE TO 9.25 PCT FROM 9.75 PCT, EFFECTIVE IMMEDIATELY";
    assertFalse(of(chemical).isNearDuplicateOf(of(midland)), "similarity " + of(chemical).similarity(of(midland)));
    assertTrue(of(chemical).isNearDuplicateOf(of(chemical.toLowerCase(java.util.Locale.ROOT))));
  }
}
