package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateSignatureTest {
  /** A news story, also the fixture of other index tests. */
  static final String STORY = """
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

  @Test
  void signaturesStayThoseOfTheIndexesAlreadyWritten() {
    // Band keys written by earlier versions: grouping compares new articles with indexed ones, so
    // any change in how words are found, folded or hashed must show here (and needs a reindex).
    String story = """
        Dock workers at the northern port walked out on Monday after talks on pay broke down, leaving
        container ships waiting at anchor and cargo piling up along the quays.""";
    assertEquals(List.of("0:939aede6da978da1", "1:3ad3a5a0c258415c", "2:7cf380e3c23f01e1", "3:44402706cdc8926d",
        "4:e23a0ba8f9080cfd", "5:7c26c5d27c45764d", "6:5fc9fdddb17c090b", "7:61503a9542c90a44", "8:7f5cbfdfc8b0fe7f",
        "9:b3eb60ec1afa86b4", "10:6bb10121cc5bda07", "11:2cb1ac1ad33e6e6f", "12:2fc0387aa538168b", "13:a0ef699d1f4d20b9",
        "14:caf95142173b1494", "15:1f2595a035a9ded6"), of(story).bandKeys());
    String international = "Zelenskýy’s “ﬁnal” offer — ½ of the ΣΟΦΟΣ harbour — was rejected by Ünal’s 2nd team™ in 日本.";
    assertEquals(List.of("0:85874558e6cea022", "1:c1831434b430d2ae", "2:9aee465763333d65", "3:bb44cb0ebdc73daa",
        "4:18b19997545cd809", "5:926b1f314daac2c2", "6:8158b215108caf66", "7:5331c560b0e3bcbd", "8:1ab13a07623f3724",
        "9:4f5766631eb7338e", "10:4059c2113060f385", "11:31ad13aff552d734", "12:7c538e690ecf7d30", "13:20f16ca6466b1309",
        "14:f6778568e3a1c923", "15:e3945c7e67994667"), of(international).bandKeys());
  }
}
