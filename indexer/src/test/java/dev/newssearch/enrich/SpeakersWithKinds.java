package dev.newssearch.enrich;

import dev.newssearch.article.Quote;
import java.util.List;

/** The speakers an article's quotes get, for tests of how speakers are named and of which kind. */
final class SpeakersWithKinds {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(AliasList.builtIn());

  private SpeakersWithKinds() {}

  /** Each quote of the body, in order, as "canonical speaker | kind". */
  static List<String> of(String body) {
    return EXTRACTOR.extract(body).stream().map((Quote q) -> q.speaker() + " | " + q.speakerKind()).toList();
  }
}
