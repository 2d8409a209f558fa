package dev.newssearch.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** How a body's whitespace and paragraphs are tidied, whatever format it came in. */
class ArticleAssemblerTest {

  @Test
  void wrappedLinesJoinAndIndentedOrBlankLinesStartParagraphs() {
    assertEquals(
        "The minister said the plan would go ahead.\n\nIt was, he said, final.\n\nNext paragraph.",
        ArticleAssembler.normaliseBody(
            "The minister said the plan\r\nwould go   ahead.\n\n\nIt was,\u00a0he said,\tfinal.\n    Next paragraph.\n"));
  }

  @Test
  void controlCharactersAreDroppedAndOtherSpacesBecomeOne() {
    assertEquals("Bell rang: done here.", ArticleAssembler.normaliseBody("Bell\u0007 rang:\u000b\u2003done\u0000 here.\f"));
  }

  @Property(tries = 3000)
  void bodiesAreTidiedAsTheRulesSay(@ForAll("bodies") String body) {
    assertEquals(byTheRules(body), ArticleAssembler.normaliseBody(body));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.strings()
        .withChars("ab. \t\n\r\u000b\f\u0000\u0007\u00a0\u1680\u180e\u2000\u2009\u200a\u200b\u2028\u202f\u205f\u3000")
        .ofMaxLength(40);
  }

  /**
   * The tidying as regular expressions, the way the assembler's javadoc describes it: the assembler
   * skips them where they would change nothing, and must give the same text.
   */
  private static String byTheRules(String body) {
    Pattern horizontalSpace = Pattern.compile("[\\h\\x0B\\f]+");
    String text = body.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    for (String line : (text + "\n").split("\n", -1)) {
      boolean blank = line.isBlank();
      if ((blank || !blank && Character.isWhitespace(line.charAt(0))) && !paragraph.isEmpty()) {
        String tidy = horizontalSpace.matcher(paragraph).replaceAll(" ").strip();
        if (!tidy.isEmpty()) {
          out.append(out.isEmpty() ? "" : "\n\n").append(tidy);
        }
        paragraph.setLength(0);
      }
      if (!blank) {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
      }
    }
    return out.toString();
  }
}
