package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The key that makes the copies of a wire story's quote one hit of a quote search. */
class QuoteKeyTest {

  /** The rule as its javadoc states it; the key is written out by hand and must agree with it. */
  private static final Pattern NOT_WORD_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Test
  void copiesDifferingInMarksDashesAndCaseShareTheKey() {
    assertEquals(
        ArticleSchema.quoteKey("Vladimir Putin", "“We will not retreat,” he said"),
        ArticleSchema.quoteKey("Vladimir Putin", "\"We will NOT\nretreat\" — he said"));
    assertNotEquals(
        ArticleSchema.quoteKey("Vladimir Putin", "We will not retreat"),
        ArticleSchema.quoteKey("Dmitry Peskov", "We will not retreat"));
  }

  @Test
  void keysStayThoseOfIndexesAlreadyWritten() {
    // Indexes hold these keys in doc values: a change would split copies between old and new articles.
    assertEquals("39e31eed4886a628", ArticleSchema.quoteKey("Vladimir Putin", "“We will not retreat,” he said"));
    assertEquals("08b587dac86f7207", ArticleSchema.quoteKey("Ólafur Ragnar Grímsson", "Við erum 100% tilbúin"));
  }

  @Property(tries = 2000)
  void wordsAreThoseThePatternLeaves(@ForAll("texts") String text) {
    assertEquals(NOT_WORD_CHARACTERS.matcher(text).replaceAll(" ").strip(), ArticleSchema.wordsOnly(text));
  }

  @Provide
  Arbitrary<String> texts() {
    // Letters, digits and marks of several scripts, spaces and punctuation, line breaks, and lone
    // surrogates, which the pattern reads as characters of their own.
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings()
            .withChars(" \t\n.,;:'\"“”‘’—-–%$0123456789²½ⅫaZéßİıσςΣ日本٣\u0301\uD835\uDC00\uD800")
            .ofMaxLength(60));
  }
}
