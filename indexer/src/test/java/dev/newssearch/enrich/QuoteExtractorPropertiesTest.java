package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.article.Quote;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What holds for the quotes of any text, however its words fall: extraction never fails, and every
 * quote and mention lies inside the body and is the text at its offsets. The rules look at the words
 * around a name ("Smith of Acme Inc", "Banks of Florida Inc", "the company said"), so the texts are
 * made of the words they look for, in any order, at the start and end of the text too.
 */
class QuoteExtractorPropertiesTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(AliasList.builtIn());

  private static final List<String> WORDS = List.of(
      "Smith", "John", "Banks", "Fields", "Reiners", "Acme", "Inc", "Corp", "AG", "L.P.", "Brothers", "Partners",
      "Bank", "of", "the", "The", "at", "for", "and", "&", "Governor", "Chairman", "Analyst", "Federal", "Reserve",
      "England", "U.S.", "Agencies", "said", "told", "according", "to", "he", "she", "it", "they", "one", "One",
      "Some", "dealers", "source", "company", "administration", "Reagan", "following", "proposed", "Mr.", "'s",
      ",", ".", ":", "\"", "“", "”", "\n\n");

  @Property(tries = 3000)
  void quotesLieInsideTheBodyAtTheirOffsets(@ForAll("bodies") String body) {
    for (Quote q : EXTRACTOR.extract(body)) {
      assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= body.length(), q.toString());
      assertEquals(body.substring(q.start(), q.end()), q.text());
      var mention = q.mention();
      assertTrue(0 <= mention.start() && mention.start() <= mention.end() && mention.end() <= body.length());
      assertEquals(body.substring(mention.start(), mention.end()), mention.text());
      assertTrue(!q.speaker().isBlank(), q.toString());
    }
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of(WORDS).list().ofMaxSize(40).map(words -> String.join(" ", words));
  }
}
