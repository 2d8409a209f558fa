package dev.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newssearch.index.NewsAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link InfixSuggester} answers as Lucene's {@link AnalyzingInfixSuggester} does over the same entries. */
class InfixSuggesterTest {
  /** Edge n-grams of the reference, as Lucene's default: longer prefixes go through its prefix query. */
  private static final int REFERENCE_GRAMS = 4;
  /** Edge n-grams of the suggester under test, as the suggestion index builds it. */
  private static final int GRAMS = 20;

  private static final Map<String, Long> ENTRIES = new LinkedHashMap<>();
  private static AnalyzingInfixSuggester reference;
  private static InfixSuggester suggester;

  @BeforeAll
  static void build() throws IOException {
    String[] texts = {
        "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin held a virtual summit",
        "Putin backs China on Taiwan",
        "Vladimir Putin", "Vladimir Zelenskyy", "Volodymyr Zelenskyy", "Xi Jinping",
        "President Zelenskýy met officials from São Paulo",
        "Internationalisation of telecommunications standards criticised",
        "Oil prices rise as OPEC cuts output", "Oil output steady", "Oilseed crush up",
        "U.S. trade deficit widens", "Fed's Powell: rates on hold", "COVID-19 cases fall in war-torn city",
        "Presidential race tightens", "Presidents meet", "Preside over the summit",
        "Counterrevolutionaries rally in the capital",
    };
    for (int i = 0; i < texts.length; i++) {
      // Equal weights for some, so that ties are ordered the same way too.
      ENTRIES.put(texts[i], (long) (i % 5));
    }
    Analyzer analyzer = NewsAnalyzer.forCompletion();
    reference = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, REFERENCE_GRAMS, false, true, false, true);
    reference.build(new WeightedInput(ENTRIES));
    suggester = new InfixSuggester(analyzer, GRAMS);
    suggester.build(new WeightedInput(ENTRIES));
  }

  @AfterAll
  static void close() throws IOException {
    reference.close();
    suggester.close();
  }

  @Test
  void everyPrefixOfEveryEntryFindsWhatLuceneFinds() throws IOException {
    Set<String> typed = new LinkedHashSet<>();
    for (String text : ENTRIES.keySet()) {
      for (int end = 1; end <= text.length(); end++) {
        typed.add(text.substring(0, end));
        typed.add(text.substring(0, end).toLowerCase());
      }
      for (String word : text.split(" ")) {
        for (int end = 1; end <= word.length(); end++) {
          typed.add(word.substring(0, end));
        }
      }
    }
    int found = 0;
    for (String text : typed) {
      for (int limit : new int[] {1, 2, 5, 20}) {
        List<String> expected = answers(reference.lookup(text, limit, true, false));
        assertEquals(expected, answers(suggester.lookup(text, limit, true, false)), text + " (limit " + limit + ")");
        found += expected.size();
      }
    }
    assertTrue(found > 1000, "the cases find entries: " + found);
  }

  @Test
  void aLastWordLongerThanTheGramsIsMatchedAsAPrefixToo() throws IOException {
    String typed = "rally counterrevolutionarie";
    assertTrue(typed.split(" ")[1].length() > GRAMS, "the last word is longer than the grams");
    assertEquals(List.of("Counterrevolutionaries rally in the capital"), keys(suggester.lookup(typed, 5, true, false)));
  }

  @Test
  void theLimitCutsTheHeaviestFirst() throws IOException {
    List<String> all = answers(suggester.lookup("pre", 20, true, false));
    assertTrue(all.size() > 3, "several entries have a word starting with 'pre': " + all);
    for (int limit = 1; limit <= all.size(); limit++) {
      assertEquals(all.subList(0, limit), answers(suggester.lookup("pre", limit, true, false)));
    }
  }

  @Test
  void aFinishedWordMatchesOnlyThatWord() throws IOException {
    List<String> keys = keys(suggester.lookup("oil ", 20, true, false));
    assertEquals(Set.of("Oil prices rise as OPEC cuts output", "Oil output steady"), Set.copyOf(keys));
  }

  @Test
  void highlightingMarksTheWordsAsLuceneDoes() throws IOException {
    for (String text : List.of("vlad", "putin vla", "oil ", "zelensky", "sao pa", "internationalisation of tel")) {
      assertEquals(highlights(reference.lookup(text, 5, true, true)), highlights(suggester.lookup(text, 5, true, true)), text);
    }
    assertEquals("<b>Vladimir</b> <b>Pu</b>tin", suggester.lookup("vladimir pu", 5, true, true).getFirst().highlightKey);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\"", "-", "*", "?", "(", ")", "\\", "\"vladimir pu", "-oil", "+pre", "oil*",
      "title:oil", "[a TO b]", "o\u0000il", "中国", "ünïcödé", "x y z w v u t", "AND", "OR oil"})
  void hostileOrOddInputFindsWhatLuceneFinds(String text) throws IOException {
    for (int limit : new int[] {1, 8}) {
      assertEquals(answers(reference.lookup(text, limit, true, false)), answers(suggester.lookup(text, limit, true, false)), text);
    }
  }

  @Test
  void lookupsOnManyThreadsAtOnceFindWhatOneFinds() throws Exception {
    List<String> typed = List.of("pre", "vladimir pu", "oil ", "oil o", "putin", "zel", "xi j", "co", "sao");
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String text : typed) {
      expected.put(text, answers(suggester.lookup(text, 5, true, false)));
    }
    try (ExecutorService threads = Executors.newFixedThreadPool(12)) {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 12; t++) {
        runs.add(threads.submit(() -> {
          for (int round = 0; round < 200; round++) {
            for (String text : typed) {
              if (!expected.get(text).equals(answers(suggester.lookup(text, 5, true, false)))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    }
  }

  @Test
  void noEntriesFindNothing() throws IOException {
    try (InfixSuggester empty = new InfixSuggester(NewsAnalyzer.forCompletion(), GRAMS)) {
      empty.build(new WeightedInput(Map.of()));
      assertFalse(empty.lookup("pre", 5, true, false).iterator().hasNext());
    }
  }

  private static List<String> answers(List<Lookup.LookupResult> results) {
    List<String> answers = new ArrayList<>();
    for (Lookup.LookupResult result : results) {
      answers.add(result.key + " " + result.value + " " + result.payload + " " + result.contexts);
    }
    return answers;
  }

  private static List<String> keys(List<Lookup.LookupResult> results) {
    return results.stream().map(result -> result.key.toString()).toList();
  }

  private static List<Object> highlights(List<Lookup.LookupResult> results) {
    return results.stream().map(result -> result.highlightKey).toList();
  }
}
