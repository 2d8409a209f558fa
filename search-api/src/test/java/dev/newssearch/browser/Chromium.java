package dev.newssearch.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, never a browser Playwright downloads. Where it is not
 * installed the browser tests are skipped, unless the system property {@code browser.required} is
 * {@code true} (CI), where they fail instead.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final List<String> ARGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(ARGS));
  }

  /** Launches the browser, or skips (or, when required, fails) the calling tests when it is missing. */
  static Chromium launch() {
    boolean installed = Files.isExecutable(EXECUTABLE);
    if (Boolean.parseBoolean(System.getProperty("browser.required"))) {
      Assertions.assertTrue(installed, EXECUTABLE + " is required for the browser tests (browser.required=true)");
    } else {
      Assumptions.assumeTrue(installed, EXECUTABLE + " is not installed: browser tests skipped");
    }
    return new Chromium();
  }

  Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
