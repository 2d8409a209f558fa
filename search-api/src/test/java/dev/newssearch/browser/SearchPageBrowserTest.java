package dev.newssearch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import dev.newssearch.testing.RepoFiles;
import dev.newssearch.testing.SeedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real browser against a real server over the seeds and the browser fixtures
 * ({@code src/test/resources/browser}, described in its README). Every test also checks that the page
 * raised no script error, broke no Content-Security-Policy rule, opened no dialog and fetched nothing
 * from anywhere but our server. Screenshots of the main states go to {@code target/screenshots}.
 */
class SearchPageBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String ESTUARY = "2025-03-05-estuary-dredging.txt";
  private static final String HOSTILE = "hostile-markup.txt";

  @TempDir static Path temp;
  private static Chromium chromium;
  private static SeedServer server;

  private BrowserContext context;
  private Page page;
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path input = fixtures();
    // Indexing and launching the browser each take seconds: do them at once. The server is built on
    // another thread; Playwright stays on this one, as it requires.
    CompletableFuture<SeedServer> starting = CompletableFuture.supplyAsync(() -> {
      try {
        return SeedServer.start(temp, input);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      chromium = Chromium.launch();
    } finally {
      server = starting.join();
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (chromium != null) chromium.close();
  }

  /** The seeds and the browser fixtures in one input folder. */
  private static Path fixtures() throws IOException, URISyntaxException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Path browserFixtures = Path.of(SearchPageBrowserTest.class.getResource("/browser").toURI());
    for (Path folder : List.of(RepoFiles.seeds(), browserFixtures)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
          Files.copy(file, input.resolve(file.getFileName().toString()));
        }
      }
    }
    return input;
  }

  private Page open(Browser.NewContextOptions options) {
    context = chromium.browser().newContext(options);
    page = context.newPage();
    String base = server.baseUrl() + "/";
    page.onPageError(error -> problems.add("script error: " + error));
    page.onDialog(dialog -> {
      problems.add("dialog: " + dialog.message());
      dialog.dismiss();
    });
    page.onConsoleMessage(message -> {
      if (message.text().contains("Content Security Policy") || message.text().contains("Uncaught")) {
        problems.add("console: " + message.text());
      }
    });
    page.onRequest(request -> {
      if (!request.url().startsWith(base)) problems.add("request outside our server: " + request.url());
    });
    return page;
  }

  private Page open() {
    return open(new Browser.NewContextOptions().setViewportSize(1280, 900));
  }

  @AfterEach
  void close() {
    if (context != null) context.close();
    assertEquals(List.of(), problems);
  }

  private void go(String pathAndQuery) {
    page.navigate(server.baseUrl() + pathAndQuery);
  }

  private void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
  }

  private static String[] titles(JsonNode answer) {
    List<String> titles = new ArrayList<>();
    answer.get("hits").forEach(hit -> titles.add(hit.get("title").asText()));
    return titles.toArray(String[]::new);
  }

  private Locator resultTitles() {
    return page.locator("#results .hit-title");
  }

  @Test
  void typingAQueryShowsTheRankedHighlightedResultsWithTheTotalAndTheTime() {
    open();
    go("/");
    page.locator("#q").pressSequentially("dredging", new Locator.PressSequentiallyOptions().setDelay(40));

    JsonNode answer = server.json("/api/search?q=dredging");
    assertEquals(2, answer.get("total").asInt());
    assertThat(resultTitles()).hasText(titles(answer));
    assertThat(resultTitles().first()).hasText("Fishermen fear dredging will ruin the estuary");
    assertThat(page.locator("#results .hit").first().locator(".snippet mark").first()).hasText(Pattern.compile("^dredging$", Pattern.CASE_INSENSITIVE));
    assertThat(page.locator("#status")).hasText(Pattern.compile("^2 articles · \\d+ ms$"));
    assertThat(page).hasURL(server.baseUrl() + "/?q=dredging");
    assertThat(page.locator("#timeline-caption")).hasText("by day");
    assertThat(page.locator("#timeline .bar-hit")).hasCount(51); // 14 January to 5 March 2025

    // The README's picture: the seeds and the fixtures together (but the hostile one), with facets and timeline.
    go("/?q=" + SeedServer.encode("putin OR harbour -notice"));
    assertThat(resultTitles()).hasText(titles(server.json("/api/search?q=" + SeedServer.encode("putin OR harbour -notice"))));
    assertThat(page.locator("#timeline .bar-hit")).hasCount(9); // January to September 2025
    screenshot("overview.png");
  }

  @Test
  void anAnswerToAnEarlierQueryNeverReplacesTheLatestResults() {
    open();
    List<Route> held = new ArrayList<>();
    page.route(url -> url.contains("/api/search") && url.contains("q=estuary"), held::add);
    go("/?q=estuary");
    assertThat(page.locator("#status")).hasText("Searching…");

    page.locator("#q").fill("ferry");
    assertThat(resultTitles()).hasText(new String[] {"New ferry line to link the harbour and the islands"});
    assertEquals(1, held.size());
    try {
      held.get(0).resume(); // the late answer for "estuary", if the page still waited for it
    } catch (PlaywrightException alreadyAborted) {
      // the page aborted that request when "ferry" was typed: nothing can arrive late
    }
    page.waitForTimeout(300);
    assertThat(resultTitles()).hasText(new String[] {"New ferry line to link the harbour and the islands"});
    assertThat(page).hasURL(server.baseUrl() + "/?q=ferry");
  }

  @Test
  void clickingASpeakerFacetFiltersTheResultsAndPutsTheFilterInTheUrl() {
    open();
    go("/?q=harbour");
    assertThat(resultTitles()).hasText(titles(server.json("/api/search?q=harbour")));

    page.locator("#facet-speakers a", new Page.LocatorOptions().setHasText("Maria Lopez")).click();
    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour&speaker=Maria+Lopez");
    JsonNode filtered = server.json("/api/search?q=harbour&speaker=" + SeedServer.encode("Maria Lopez"));
    assertEquals(4, filtered.get("total").asInt());
    assertThat(resultTitles()).hasText(titles(filtered));
    for (Locator hit : page.locator("#results .hit").all()) {
      assertThat(hit.locator(".speakers")).containsText("Maria Lopez");
    }
    assertThat(page.locator("#active-filters")).hasText("Speaker: Maria Lopez×");
    assertThat(page.locator("#facet-speakers a.active")).hasText(Pattern.compile("^Maria Lopez4"));
    screenshot("speaker-filter.png");

    page.locator("#active-filters .remove").click();
    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour");
    assertThat(page.locator("#active-filters li")).hasCount(0);
    assertThat(resultTitles()).hasText(titles(server.json("/api/search?q=harbour")));

    page.locator("#sort").selectOption("date");
    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour&sort=date");
    assertThat(resultTitles()).hasText(titles(server.json("/api/search?q=harbour&sort=date")));
    assertThat(resultTitles().first()).hasText("Temporary quay opens early");
  }

  @Test
  void nearDuplicatesGroupedByTheServerShowAsSimilarAndExpand() {
    open();
    go("/?q=steel");
    JsonNode answer = server.json("/api/search?q=steel");
    assertThat(resultTitles()).hasText(titles(answer));
    List<JsonNode> grouped = new ArrayList<>();
    answer.get("hits").forEach(hit -> {
      if (hit.path("similar").size() > 0) grouped.add(hit);
    });
    // The server groups near-duplicates under a hit ("similar"); the page shows exactly those groups.
    // The fixtures hold one near-duplicate pair (the harbour budget story and its wire copy).
    assertEquals(1, grouped.size(), answer.toString());
    assertThat(page.locator("#results .similar-toggle")).hasCount(grouped.size());
    for (JsonNode hit : grouped) {
      Locator item = page.locator("#results .hit[data-id='" + hit.get("id").asText() + "']");
      Locator toggle = item.locator(".similar-toggle");
      assertThat(toggle).hasText("+" + hit.get("similar").size() + " similar");
      assertThat(item.locator(".similar")).isHidden();
      toggle.click();
      assertThat(toggle).hasAttribute("aria-expanded", "true");
      List<String> similarTitles = new ArrayList<>();
      hit.get("similar").forEach(other -> similarTitles.add(other.get("title").asText()));
      assertThat(item.locator(".similar .result-link")).hasText(similarTitles.toArray(String[]::new));
    }
  }

  @Test
  void draggingAcrossTheTimelineOrClickingABarSetsTheDateRange() {
    open();
    go("/?q=harbour");
    assertThat(page.locator("#timeline-caption")).hasText("by month");
    assertThat(page.locator("#timeline .bar-hit")).hasCount(6);
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results.png")));

    BoundingBox february = page.locator("#timeline .bar-hit[data-key='2025-02']").boundingBox();
    BoundingBox april = page.locator("#timeline .bar-hit[data-key='2025-04']").boundingBox();
    page.mouse().move(february.x + february.width / 2, february.y + february.height / 2);
    page.mouse().down();
    page.mouse().move(april.x + april.width / 2, april.y + april.height / 2, new Mouse.MoveOptions().setSteps(8));
    assertThat(page.locator("#timeline-readout")).hasText("Feb 2025 to Apr 2025: 4 articles");
    page.mouse().up();

    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour&from=2025-02-01&to=2025-04-30");
    assertThat(page.locator("#from")).hasValue("2025-02-01");
    assertThat(page.locator("#to")).hasValue("2025-04-30");
    assertThat(page.locator("#active-filters")).containsText("Dates: 2025-02-01 to 2025-04-30");
    JsonNode ranged = server.json("/api/search?q=harbour&from=2025-02-01&to=2025-04-30");
    assertEquals(4, ranged.get("total").asInt());
    assertThat(resultTitles()).hasText(titles(ranged));
    assertThat(page.locator("#timeline-caption")).hasText("by day");
    screenshot("timeline-range.png");

    go("/?q=harbour");
    page.locator("#timeline .bar-hit[data-key='2025-06']").click();
    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour&from=2025-06-01&to=2025-06-30");
    assertThat(resultTitles()).hasText(new String[] {"Temporary quay opens early"});
  }

  @Test
  void openingAnArticleMarksItsQuotesBySpeakerAndBackShowsThePreviousResults() {
    open();
    go("/?q=estuary");
    String[] before = titles(server.json("/api/search?q=estuary"));
    assertThat(resultTitles()).hasText(before);

    page.locator("#results a", new Page.LocatorOptions().setHasText("Fishermen fear dredging")).click();
    assertThat(page).hasURL(server.baseUrl() + "/?q=estuary&article=" + ESTUARY);
    assertThat(page.locator("#article-title")).hasText("Fishermen fear dredging will ruin the estuary");
    assertThat(page.locator("#article-meta")).containsText("2025-03-05 · Coastal Times");
    assertThat(page.locator("#article-meta a.original")).hasAttribute("href", "https://example.org/coastal-times/estuary-dredging");

    JsonNode article = server.json("/api/articles/" + ESTUARY);
    String body = article.get("body").asText();
    List<JsonNode> quotes = new ArrayList<>();
    article.get("quotes").forEach(quotes::add);
    quotes.sort(Comparator.comparingInt((JsonNode q) -> q.get("start").asInt()));
    Locator marks = page.locator("#article-body mark.quote");
    assertThat(marks).hasCount(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      JsonNode quote = quotes.get(i);
      assertEquals(quote.get("speaker").asText(), marks.nth(i).getAttribute("data-speaker"));
      assertEquals(body.substring(quote.get("start").asInt(), quote.get("end").asInt()), marks.nth(i).textContent());
    }
    Locator becker = page.locator("#article-body mark.quote[data-speaker='Tom Becker']");
    assertEquals("\"The estuary is where the fish breed, and dredging will turn it into a desert,\"", becker.textContent());
    assertEquals(body, page.locator("#article-body").textContent(), "the text is shown whole, nothing added or lost");
    assertThat(page.locator("#who-said-what")).containsText("Tom Becker");
    var related = server.get("/api/articles/" + ESTUARY + "/related?limit=5");
    if (related.statusCode() == 200) {
      JsonNode items = server.json("/api/articles/" + ESTUARY + "/related?limit=5").get("related");
      List<String> relatedTitles = new ArrayList<>();
      items.forEach(item -> relatedTitles.add(item.get("title").asText()));
      assertThat(page.locator("#related .result-link")).hasText(relatedTitles.toArray(String[]::new));
    } else {
      assertThat(page.locator("#related-panel")).isHidden();
    }
    screenshot("article.png");

    page.goBack();
    assertThat(page).hasURL(server.baseUrl() + "/?q=estuary");
    assertThat(page.locator("#article-view")).isHidden();
    assertThat(resultTitles()).hasText(before);
    assertThat(page.locator("#q")).hasValue("estuary");
  }

  @Test
  void theKeyboardReachesTheBoxTheResultsAndOpensAnArticle() {
    open();
    go("/?q=harbour");
    String[] expected = titles(server.json("/api/search?q=harbour"));
    assertThat(resultTitles()).hasText(expected);
    assertEquals(List.of(), page.evaluate("""
        () => [...document.querySelectorAll('input, select, button, [role=tab]')]
            .filter(control => !(control.labels?.length || control.getAttribute('aria-label') || control.textContent.trim()))
            .map(control => control.id || control.outerHTML)"""), "every control has a name");
    page.locator("#timeline-heading").click();

    page.keyboard().press("/");
    assertThat(page.locator("#q")).isFocused();
    // The hits' title links: the links to a hit's similar articles stay hidden (and skipped) until expanded.
    page.keyboard().press("ArrowDown");
    assertThat(page.locator("#results .hit-title a.result-link").first()).isFocused();
    page.keyboard().press("ArrowDown");
    assertThat(page.locator("#results .hit-title a.result-link").nth(1)).isFocused();
    page.keyboard().press("Enter");
    assertThat(page.locator("#article-title")).hasText(expected[1]);
    page.keyboard().press("Escape");
    assertThat(page.locator("#article-view")).isHidden();
    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour");
  }

  @Test
  void suggestionsAppearUnderTheBoxAndArrowsAndEnterPickOne() throws InterruptedException {
    // The suggestions are built in the background once first asked for: typing must not race the build.
    for (int i = 0; i < 200 && !server.json("/api/suggest?prefix=beck").toString().contains("Becker"); i++) {
      Thread.sleep(50);
    }
    open();
    go("/");
    page.locator("#q").pressSequentially("beck", new Locator.PressSequentiallyOptions().setDelay(40));
    Locator option = page.locator("#suggestions [role=option]", new Page.LocatorOptions().setHasText("Becker"));
    assertThat(option.first()).isVisible();
    assertThat(page.locator("#q")).hasAttribute("aria-expanded", "true");
    screenshot("suggestions.png");

    int index = page.locator("#suggestions [role=option]").allTextContents().indexOf(option.first().textContent());
    for (int i = 0; i <= index; i++) page.keyboard().press("ArrowDown");
    assertThat(option.first()).hasAttribute("aria-selected", "true");
    page.keyboard().press("Enter");
    assertThat(page.locator("#suggestions")).isHidden();
    assertThat(page).hasURL(Pattern.compile("becker", Pattern.CASE_INSENSITIVE));
    assertThat(resultTitles()).not().hasCount(0);
  }

  @Test
  void reportedSpeechIsShownInItsSentenceAndADirectQuoteAlone() {
    open();
    // A speaker quoted both ways, so that the page holds both kinds whatever else the fixtures quote.
    go("/?mode=quotes&speaker=Tom+Becker");
    JsonNode hits = server.json("/api/quotes?size=10&speaker=" + SeedServer.encode("Tom Becker")).get("hits");
    Locator shown = page.locator("#results .quote-hit blockquote");
    assertThat(shown).hasCount(hits.size());
    int reported = 0;
    int direct = 0;
    for (int i = 0; i < hits.size(); i++) {
      JsonNode hit = hits.get(i);
      // The quote comes as highlighted HTML (no marks here, with no words searched), the sentence as text.
      String words = Parser.unescapeEntities(hit.get("text").asText(), false);
      if (hit.get("type").asText().equals("direct")) {
        assertThat(shown.nth(i)).hasText(words);
        assertThat(shown.nth(i).locator(".quoted")).hasCount(0);
        direct++;
      } else if (hit.get("sentence").asText().contains(words)) {
        assertThat(shown.nth(i)).hasText(hit.get("sentence").asText());
        assertThat(shown.nth(i).locator(".quoted")).hasText(words);
        reported++;
      }
    }
    screenshot("quotes-in-context.png");
    assertTrue(reported > 0 && direct > 0, "the first page has both kinds: " + reported + " reported, " + direct + " direct");
  }

  @Test
  void theQuotesTabSearchesWhoSaidWhatWithASpeakerPicker() {
    open();
    go("/?q=steel");
    page.locator("#tab-quotes").click();
    assertThat(page).hasURL(server.baseUrl() + "/?mode=quotes&q=steel");
    assertThat(page.locator("#tab-quotes")).hasAttribute("aria-selected", "true");
    JsonNode steel = server.json("/api/quotes?q=steel");
    assertThat(page.locator("#results .quote-hit")).hasCount(steel.get("hits").size());
    assertThat(page.locator("#results .quote-hit blockquote mark").first()).hasText("steel");
    assertThat(page.locator("#results .quote-hit .said-by").first()).containsText("Maria Lopez");
    assertThat(page.locator("#timeline-panel")).isHidden();

    go("/?mode=quotes");
    JsonNode second = server.json("/api/quotes?page=2&size=10");
    assertTrue(second.get("total").asInt() > 20, "enough quotes for several pages");
    page.locator("#pager a", new Page.LocatorOptions().setHasText("Next")).click();
    assertThat(page).hasURL(server.baseUrl() + "/?mode=quotes&page=2");
    assertThat(page.locator("#pager [aria-current=page]")).hasText("2");
    List<String> secondTitles = new ArrayList<>();
    second.get("hits").forEach(hit -> secondTitles.add(hit.get("title").asText()));
    assertThat(page.locator("#results .quote-hit .meta .result-link")).hasText(secondTitles.toArray(String[]::new));

    page.locator("#speaker-pick").pressSequentially("beck", new Locator.PressSequentiallyOptions().setDelay(40));
    assertThat(page.locator("#speaker-options [role=option]").first()).containsText("Tom Becker");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("Enter");
    assertThat(page).hasURL(server.baseUrl() + "/?mode=quotes&speaker=Tom+Becker");
    JsonNode becker = server.json("/api/quotes?speaker=" + SeedServer.encode("Tom Becker"));
    assertThat(page.locator("#status")).hasText(Pattern.compile("^" + becker.get("total").asInt() + " quotes · \\d+ ms$"));
    for (Locator saidBy : page.locator("#results .quote-hit .said-by").all()) {
      assertThat(saidBy).containsText("Tom Becker");
    }
    screenshot("quotes.png");
  }

  @Test
  void hostileArticleTextAndQueriesAreShownAsTextAndRunNothing() {
    // Without the Content-Security-Policy, so that only the page's own care keeps markup inert.
    open(new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true));
    String hostileQuery = "<script>window.__pwned='q'</script><img src=x onerror=\"window.__pwned='q-img'\">";
    go("/?q=" + SeedServer.encode(hostileQuery));
    // A long query needs only some of its words, so this one finds the hostile article: the query
    // stands as typed in the box, and nothing it contains runs.
    assertThat(page.locator("#q")).hasValue(hostileQuery);
    assertThat(page.locator("#status")).hasText(Pattern.compile("^\\d+ articles? · \\d+ ms$"));
    page.locator("#q").fill("<img src=x onerror=\"window.__pwned='typed'\"> notice");
    assertThat(page).hasURL(Pattern.compile("notice$"));

    go("/?q=notice");
    String title = "<script>alert(1)</script> Harbour notice <img src=x onerror=\"window.__pwned='title'\">";
    assertThat(resultTitles()).hasText(new String[] {title});
    assertThat(page.locator("#results .snippet")).containsText("must show as text: <script>window.");
    assertThat(page.locator("#facet-sources")).containsText("<b>Pirate</b> Radio");
    screenshot("hostile-results.png");

    resultTitles().locator("a").click();
    assertThat(page.locator("#article-title")).hasText(title);
    JsonNode article = server.json("/api/articles/" + HOSTILE);
    assertEquals(article.get("body").asText(), page.locator("#article-body").textContent());
    assertThat(page.locator("#article-body mark.quote")).containsText("<img src=x onerror");
    assertThat(page.locator("#article-meta a")).hasCount(0); // its javascript: "original" is not linked
    screenshot("hostile-article.png");

    go("/?mode=quotes&q=never");
    assertThat(page.locator("#results .quote-hit blockquote")).hasCount(1);
    assertThat(page.locator("#results .quote-hit blockquote")).containsText("<img src=x onerror=");

    assertEquals(0, page.locator("img, b, main script").count());
    assertNull(page.evaluate("() => window.__pwned"));
  }

  @Test
  void errorsShowTheServersMessageAndThePageKeepsWorking() {
    open();
    String badQuery = "harbour AND";
    go("/?q=" + SeedServer.encode(badQuery) + "&syntax=advanced");
    String message = server.json("/api/search?syntax=advanced&q=" + SeedServer.encode(badQuery)).at("/error/message").asText();
    assertThat(page.locator("#error")).isVisible();
    assertThat(page.locator("#error")).containsText(message);
    screenshot("error.png");
    page.locator("#advanced").uncheck();
    assertThat(page.locator("#error")).isHidden();
    assertThat(resultTitles()).not().hasCount(0);

    page.route("**/api/search**", Route::abort);
    page.locator("#q").fill("harbour");
    assertThat(page.locator("#error")).containsText("The server cannot be reached");
    page.unroute("**/api/search**");
    page.locator("#error button.retry").click();
    assertThat(page.locator("#error")).isHidden();
    assertThat(resultTitles()).hasText(titles(server.json("/api/search?q=harbour")));
  }

  @Test
  void aMisspelledSearchShowsSimilarWordsResultsAndDidYouMean() throws InterruptedException {
    JsonNode answer = server.json("/api/search?q=harbuor");
    for (int i = 0; i < 200 && !answer.get("fuzzy").asBoolean(); i++) {
      Thread.sleep(50); // the index's words are collected in the background after the server starts
      answer = server.json("/api/search?q=harbuor");
    }
    open();
    go("/?q=harbuor");
    assertThat(page.locator("#notice")).hasText("Nothing matched the words as typed: these results match similar words.");
    assertThat(resultTitles()).hasText(titles(answer));
    assertThat(page.locator("#did-you-mean a")).hasText("harbour");
    page.locator("#did-you-mean a").click();
    assertThat(page).hasURL(server.baseUrl() + "/?q=harbour");
    assertThat(page.locator("#notice")).isHidden();
  }

  @Test
  void noResultsAndUndatedArticlesAreSaidSo() {
    open();
    go("/?q=qwxzv");
    assertThat(page.locator("#status")).hasText(Pattern.compile("^0 articles · \\d+ ms$"));
    assertThat(page.locator("#results .empty")).containsText("No articles match qwxzv.");
    JsonNode none = server.json("/api/search?q=qwxzv");
    if (none.hasNonNull("didYouMean")) {
      assertThat(page.locator("#did-you-mean a")).hasText(none.get("didYouMean").asText());
    }

    go("/?q=putin&speaker=" + SeedServer.encode("Yulia Shapovalova"));
    assertThat(page.locator("#results .hit .meta")).hasText(new String[] {"undated"});
    assertThat(page.locator("#undated-count")).hasText("1 undated article among the results (not on the timeline).");
    assertThat(page.locator("#timeline")).hasText("No dated articles match.");
  }

  @Test
  void thePageFitsAPhoneScreen() {
    open(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
    go("/?q=harbour");
    assertThat(resultTitles()).not().hasCount(0);
    assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
    screenshot("phone-results.png");
    resultTitles().first().locator("a").click();
    assertThat(page.locator("#article-title")).isVisible();
    assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
    screenshot("phone-article.png");
  }
}
