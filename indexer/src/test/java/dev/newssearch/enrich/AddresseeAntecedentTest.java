package dev.newssearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newssearch.article.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one spoken to and the outlet that asked are not whom a later pronoun or "the company" means:
 * in a wire story "told Reuters" and "polled by Reuters" came before nearly every such sentence, and
 * Reuters took their quotes.
 */
class AddresseeAntecedentTest {
  private final QuoteExtractor extractor = new QuoteExtractor(AliasList.builtIn());

  /** Each quote as "canonical speaker | mention". */
  private List<String> speakers(String body) {
    return extractor.extract(body).stream().map((Quote q) -> q.speaker() + " | " + q.mention().text()).toList();
  }

  @Test
  void theCompanyIsNotTheOutletItSpokeTo() {
    assertEquals(
        List.of("officials | Officials", "American Motors Corp | The company"),
        speakers("Officials at American Motors Corp told Reuters the plant would close. "
            + "The company said it would move the new Jeep elsewhere."));
  }

  @Test
  void theyIsNotTheOutletThatAsked() {
    assertEquals(
        List.of("Cathay Pacific Airways Ltd | They"),
        speakers("Cathay Pacific Airways Ltd will pay a final dividend, analysts polled by Reuters expect. "
            + "They said the airline's performance improved in the second half."));
  }

  @Test
  void theOneSpokenToIsNoAntecedentOfHe() {
    assertEquals(
        List.of("Kiichi Miyazawa | Miyazawa", "Kiichi Miyazawa | He"),
        speakers("Finance Minister Kiichi Miyazawa met Treasury Secretary James Baker on Monday. "
            + "Miyazawa told Baker that Japan would cut its rates. He said the yen was too strong."));
  }
}
