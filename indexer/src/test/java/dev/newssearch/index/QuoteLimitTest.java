package dev.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.newssearch.article.Article;
import dev.newssearch.article.Mention;
import dev.newssearch.article.Quote;
import dev.newssearch.article.QuoteType;
import dev.newssearch.article.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLimitTest {

  /** An article of {@code count} quotes of {@code length} characters each, the i-th by "Speaker i". */
  private static Article articleWithQuotes(int count, int length) {
    List<Quote> quotes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int start = i * (length + 1);
      quotes.add(new Quote("Speaker " + i, SpeakerKind.PERSON, QuoteType.INDIRECT, "q".repeat(length), start,
          start + length, new Mention(start, start, "")));
    }
    return new Article("big", "Big", null, null, null, null, null, "body", "big.txt", null).withQuotes(quotes);
  }

  @Test
  void anArticleWithinTheBoundsIsIndexedAsItIs() {
    Article article = articleWithQuotes(QuoteLimit.MAX_QUOTES, 100);
    QuoteLimit.Bounded bounded = QuoteLimit.apply(article);
    assertSame(article, bounded.kept());
    assertEquals(0, bounded.dropped());
  }

  @Test
  void quotesPastTheCountAreLeftOutAndCounted() {
    QuoteLimit.Bounded bounded = QuoteLimit.apply(articleWithQuotes(QuoteLimit.MAX_QUOTES + 250, 10));
    assertEquals(QuoteLimit.MAX_QUOTES, bounded.kept().quotes().size());
    assertEquals(250, bounded.dropped());
    assertEquals("Speaker " + (QuoteLimit.MAX_QUOTES - 1), bounded.kept().quotes().getLast().speaker(),
        "the first quotes of the body are kept");
    assertEquals(QuoteLimit.MAX_QUOTES, bounded.kept().speakers().size(), "speakers follow the kept quotes");
    assertEquals("article 'big': 250 of 1,250 quotes not indexed, over the limit of 1,000 quotes or 1,000,000"
        + " characters of quoted text per article", bounded.warning());
  }

  @Test
  void quotesPastTheQuotedTextBoundAreLeftOut() {
    // 25 quotes of 100,000 characters: the eleventh would take the text past 1,000,000 characters.
    QuoteLimit.Bounded bounded = QuoteLimit.apply(articleWithQuotes(25, 100_000));
    assertEquals(10, bounded.kept().quotes().size());
    assertEquals(15, bounded.dropped());
  }
}
