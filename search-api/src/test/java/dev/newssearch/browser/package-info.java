/** The search page tested in a real browser: Debian's Chromium driven by Playwright against a real server. */
package dev.newssearch.browser;
