// The search page: wires the box, the tabs, the filters and the views to the URL state and the API.
// Every change of what is shown goes through navigate(), which writes the URL first, so a search
// can be bookmarked, shared and walked with back/forward.

import { ApiError, Superseded, articlePath, channel } from "./api.js";
import { relatedItems, renderArticle } from "./article.js";
import { combobox } from "./combobox.js";
import { debounce, el, plural, show } from "./dom.js";
import { activeFilterChips, facetEntries } from "./facets.js";
import { articleHits, navLink, pager, quoteHits } from "./results.js";
import { hasFilters, hrefOf, parseState, quoteParams, searchParams, withChanges } from "./state.js";
import { renderTimeline } from "./timeline.js";

const TYPING_DELAY_MS = 200;
const SUGGESTIONS = 8;
const RELATED = 5;
const KIND_LABELS = { title: "article", speaker: "speaker", term: "word" };

const $ = (id) => document.getElementById(id);
const ui = {
  form: $("search-form"), q: $("q"), suggestions: $("suggestions"), advanced: $("advanced"),
  tabs: [...document.querySelectorAll("[role=tab]")], error: $("error"),
  searchView: $("search-view"), timelinePanel: $("timeline-panel"), timeline: $("timeline"),
  timelineCaption: $("timeline-caption"), timelineReadout: $("timeline-readout"),
  status: $("status"), sortControl: $("sort-control"), sort: $("sort"), activeFilters: $("active-filters"),
  notice: $("notice"), didYouMean: $("did-you-mean"), results: $("results"), pager: $("pager"),
  speakerPick: $("speaker-pick"), speakerOptions: $("speaker-options"),
  facetSpeakers: $("facet-speakers"), sourcesPanel: $("sources-panel"), facetSources: $("facet-sources"),
  from: $("from"), to: $("to"), undatedControl: $("undated-control"), undated: $("undated"), undatedCount: $("undated-count"),
  articleView: $("article-view"), back: $("article-back"), relatedPanel: $("related-panel"), related: $("related"),
  article: { title: $("article-title"), meta: $("article-meta"), body: $("article-body"), who: $("who-said-what") },
};

let state = parseState(location.search);
/** Whether the current history entry was made by typing: more typing replaces it instead of piling up entries. */
let typingEntry = false;
/** The API request whose answer the result list shows; going back to it needs no new request. */
let shownKey = null;
/** The last timeline drawn, to redraw it when its width changes. */
let timelineData = null;
/** The article last opened from the results, to give the focus back to its link. */
let openedFrom = null;
const lists = channel();
const articles = channel();
const related = channel();
const suggestions = channel();
const speakers = channel();

// ---- navigation -------------------------------------------------------------------------------

function navigate(next, { typing = false } = {}) {
  if (typing && typingEntry) {
    history.replaceState(history.state, "", hrefOf(next));
  } else {
    history.replaceState({ ...history.state, scrollY: window.scrollY }, "");
    history.pushState({ fromResults: Boolean(next.article && !state.article) }, "", hrefOf(next));
  }
  typingEntry = typing;
  if (next.article && !state.article) openedFrom = next.article;
  if (!typing && ui.q.value !== next.q) ui.q.value = next.q;
  state = next;
  render();
  if (!typing) window.scrollTo(0, 0);
}

function backToResults() {
  if (history.state?.fromResults) history.back();
  else navigate(withChanges(state, { article: "" }));
}

window.addEventListener("popstate", (event) => {
  const leftArticle = Boolean(state.article);
  state = parseState(location.search);
  typingEntry = false;
  ui.q.value = state.q;
  render(() => {
    window.scrollTo(0, event.state?.scrollY ?? 0);
    if (leftArticle && !state.article && openedFrom) {
      ui.results.querySelector(`a.result-link[data-id="${CSS.escape(openedFrom)}"]`)?.focus({ preventScroll: true });
    }
  });
});

// Links inside the page carry data-nav: followed without a reload (modified clicks open new tabs as usual).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-nav]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (link === ui.back) backToResults();
  else navigate(parseState(new URL(link.href).search));
});

// ---- rendering --------------------------------------------------------------------------------

function render(after) {
  syncControls();
  hideError();
  show(ui.articleView, Boolean(state.article));
  show(ui.searchView, !state.article);
  if (state.article) loadArticle(after);
  else runList(after);
}

function syncControls() {
  for (const tab of ui.tabs) {
    const selected = tab.dataset.mode === state.mode;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) ui.searchView.setAttribute("aria-labelledby", tab.id);
  }
  const quotes = state.mode === "quotes";
  show(ui.timelinePanel, !quotes);
  show(ui.sourcesPanel, !quotes);
  show(ui.sortControl, !quotes);
  show(ui.undatedControl, !quotes);
  ui.advanced.checked = state.syntax === "advanced";
  ui.advanced.disabled = quotes;
  ui.sort.value = state.sort;
  ui.from.value = state.from;
  ui.to.value = state.to;
  ui.undated.value = state.undated;
  ui.activeFilters.replaceChildren(...activeFilterChips(state));
  document.title = state.q ? `“${state.q}” · news-search` : "news-search";
}

async function runList(after) {
  const quotes = state.mode === "quotes";
  const path = quotes ? "/api/quotes" : "/api/search";
  const params = quotes ? quoteParams(state) : searchParams(state);
  const key = `${path}?${params}`;
  if (key === shownKey) {
    after?.();
    return;
  }
  setLoading(true, quotes ? "Searching quotes…" : "Searching…");
  try {
    const body = await lists(path, params);
    shownKey = key;
    if (quotes) showQuotes(body);
    else showArticles(body);
    setLoading(false);
    after?.();
  } catch (error) {
    if (error instanceof Superseded) return;
    setLoading(false);
    shownKey = null;
    ui.status.textContent = "";
    ui.results.replaceChildren();
    ui.pager.replaceChildren();
    show(ui.timelinePanel, false); // it would show the last search's dates, not this one's
    showError(error);
  }
}

function setLoading(loading, message) {
  ui.searchView.classList.toggle("loading", loading);
  ui.results.setAttribute("aria-busy", String(loading));
  if (loading) ui.status.textContent = message;
}

function summary(total, noun, tookMs, detail = "") {
  const took = Number.isFinite(tookMs) ? ` · ${tookMs.toLocaleString("en")} ms` : "";
  return `${plural(total, noun)}${detail ? ` (${detail})` : ""}${took}`;
}

function noResults(noun) {
  const tips = [el("p", {}, `No ${noun} match${state.q ? " " : ""}`, state.q ? el("q", {}, state.q) : null, hasFilters(state) ? " with these filters." : ".")];
  if (hasFilters(state)) {
    tips.push(el("p", {}, navLink(withChanges(state, { speaker: [], source: [], from: "", to: "", undated: "" }), {}, "Search without the filters")));
  }
  tips.push(el("p", { class: "muted small" }, "Check the spelling, use fewer words, or end a word with * to match its beginnings."));
  return el("li", { class: "empty" }, tips);
}

function showArticles(body) {
  const facets = body.facets ?? {};
  ui.status.textContent = summary(body.total, "article", body.tookMs);
  ui.results.replaceChildren(...(body.hits.length ? articleHits(state, body) : [noResults("articles")]));
  ui.pager.replaceChildren(...pager(state, body.total));
  showDidYouMean(body.didYouMean);
  ui.notice.textContent = body.timedOut ? "The search took too long and stopped early: these results may be incomplete."
    : body.fuzzy ? "Nothing matched the words as typed: these results match similar words." : "";
  show(ui.notice, Boolean(body.timedOut || body.fuzzy));
  ui.facetSpeakers.replaceChildren(...facetEntries(state, "speaker", facets.speakers));
  ui.facetSources.replaceChildren(...facetEntries(state, "source", facets.sources));
  const undated = Number.isFinite(facets.undated) ? facets.undated : 0;
  ui.undatedCount.textContent = undated ? `${plural(undated, "undated article")} among the results (not on the timeline).` : "";
  timelineData = facets.dates ?? null;
  drawTimeline();
}

function showQuotes(body) {
  // Copies of a quote are one hit, so the pages are counted in distinct quotes.
  const distinct = Number.isFinite(body.distinct) ? body.distinct : body.total;
  ui.status.textContent = summary(body.total, "quote", body.tookMs,
    distinct < body.total ? `${distinct.toLocaleString("en")} different` : "");
  ui.results.replaceChildren(...(body.hits.length ? quoteHits(state, body) : [noResults("quotes")]));
  ui.pager.replaceChildren(...pager(state, distinct));
  showDidYouMean(body.didYouMean);
  show(ui.notice, false);
  ui.facetSpeakers.replaceChildren(...facetEntries(state, "speaker", body.speakers));
}

function showDidYouMean(suggestion) {
  const offered = typeof suggestion === "string" && suggestion.trim() !== "" && suggestion !== state.q;
  ui.didYouMean.replaceChildren(...(offered ? ["Did you mean ", navLink(withChanges(state, { q: suggestion }), {}, suggestion), "?"] : []));
  show(ui.didYouMean, offered);
}

function drawTimeline() {
  const dates = timelineData;
  ui.timelineCaption.textContent = dates?.buckets?.length ? `by ${dates.interval}` : "";
  renderTimeline(ui.timeline, dates, state, (from, to) => navigate(withChanges(state, { from, to })), ui.timelineReadout);
}

// Redraw the timeline when its width changes (not its height: that changes as the readout fills,
// and redrawing then would drop a drag in progress).
let timelineWidth = 0;
new ResizeObserver(debounce(() => {
  const width = ui.timeline.clientWidth;
  if (width === timelineWidth) return;
  timelineWidth = width;
  if (!ui.timelinePanel.hidden && !ui.searchView.hidden && timelineData) drawTimeline();
}, 100)).observe(ui.timeline);

async function loadArticle(after) {
  const id = state.article;
  ui.back.href = hrefOf(withChanges(state, { article: "" }));
  ui.article.title.textContent = "Loading…";
  ui.article.meta.replaceChildren();
  ui.article.body.replaceChildren();
  ui.article.who.replaceChildren();
  show(ui.relatedPanel, false);
  try {
    const article = await articles(articlePath(id));
    renderArticle(ui.article, article, state.at);
    document.title = `${article.title || article.id} · news-search`;
    if (state.at === "") ui.article.title.focus();
    after?.();
    loadRelated(id);
  } catch (error) {
    if (error instanceof Superseded) return;
    ui.article.title.textContent = error.status === 404 ? "This article is not in the index." : "The article could not be loaded.";
    if (error.status !== 404) showError(error);
  }
}

async function loadRelated(id) {
  try {
    const body = await related(articlePath(id) + "/related", new URLSearchParams({ limit: String(RELATED) }));
    const items = Array.isArray(body.related) ? body.related.filter((item) => item && item.id && item.id !== id) : [];
    ui.related.replaceChildren(...relatedItems(state, items));
    show(ui.relatedPanel, items.length > 0);
  } catch {
    show(ui.relatedPanel, false); // related articles are extra: without them the article still reads
  }
}

function showError(error) {
  const parts = [];
  if (error instanceof ApiError && error.status === 400) {
    parts.push(el("strong", {}, "This search cannot be run. "), error.message,
      Number.isInteger(error.position) ? ` (at character ${error.position + 1})` : "", ". ");
    if (state.syntax === "advanced") parts.push(navLink(withChanges(state, { syntax: "box" }), {}, "Search as plain words instead"));
  } else {
    const retry = el("button", { type: "button", class: "retry" }, "Try again");
    retry.addEventListener("click", () => {
      shownKey = null;
      render();
    });
    parts.push(el("strong", {}, "Something went wrong. "),
      error instanceof ApiError ? error.message : "The page could not show the answer.", " ", retry);
  }
  ui.error.replaceChildren(...parts);
  show(ui.error, true);
}

function hideError() {
  show(ui.error, false);
  ui.error.replaceChildren();
}

// ---- the box, the filters, the tabs ----------------------------------------------------------

const typed = debounce(() => {
  if (ui.q.value !== state.q || state.article) navigate(withChanges(state, { q: ui.q.value }), { typing: true });
}, TYPING_DELAY_MS);
ui.q.addEventListener("input", typed);

ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  typed.cancel();
  box.close();
  if (ui.q.value !== state.q || state.article) {
    navigate(withChanges(state, { q: ui.q.value }));
  } else {
    shownKey = null; // the same search again: ask the server again (after an error, say)
    render();
  }
});

const withoutLastWord = (text) => text.trim().split(/\s+/).slice(0, -1).join(" ");

/** The typed text without the words at its end that start words of {@code name} ("vladimir pu" for "Vladimir Putin"). */
function withoutNameWords(text, name) {
  const nameWords = name.toLowerCase().split(/[\s-]+/);
  const words = text.trim().split(/\s+/);
  while (words.length && nameWords.some((word) => word.startsWith(words[words.length - 1].toLowerCase().replace(/^[-"(]+/, "")))) words.pop();
  return words.join(" ");
}

async function suggestionsFor(text) {
  const body = await suggestions("/api/suggest", new URLSearchParams({ prefix: text.trim(), limit: String(SUGGESTIONS) }));
  return (body.suggestions ?? []).filter((item) => item && typeof item.text === "string" && item.text !== "");
}

function applySuggestion(item) {
  typed.cancel();
  const text = ui.q.value;
  if (item.kind === "speaker") {
    const speaker = state.speaker.includes(item.text) ? state.speaker : [...state.speaker, item.text];
    navigate(withChanges(state, { q: withoutNameWords(text, item.text), speaker }));
  } else if (item.kind === "title" || item.text.toLowerCase().startsWith(text.trim().toLowerCase())) {
    navigate(withChanges(state, { q: item.text }));
  } else {
    navigate(withChanges(state, { q: [withoutLastWord(text), item.text].filter(Boolean).join(" ") }));
  }
  ui.q.focus();
}

const box = combobox(ui.q, ui.suggestions, {
  source: suggestionsFor,
  choose: applySuggestion,
  label: (item) => [el("span", { class: "option-text" }, item.text), el("span", { class: "option-kind" }, KIND_LABELS[item.kind] ?? item.kind ?? "")],
});

combobox(ui.speakerPick, ui.speakerOptions, {
  source: async (text) => {
    const body = await speakers("/api/speakers", new URLSearchParams({ prefix: text.trim(), limit: String(SUGGESTIONS) }));
    return body.speakers ?? [];
  },
  choose: (speaker) => {
    ui.speakerPick.value = "";
    if (!state.speaker.includes(speaker.name)) navigate(withChanges(state, { speaker: [...state.speaker, speaker.name] }));
  },
  label: (speaker) => [el("span", { class: "option-text" }, speaker.name),
    el("span", { class: "option-kind" }, `${plural(speaker.quotes ?? 0, "quote")}`)],
});

ui.advanced.addEventListener("change", () => navigate(withChanges(state, { syntax: ui.advanced.checked ? "advanced" : "box" })));
ui.sort.addEventListener("change", () => navigate(withChanges(state, { sort: ui.sort.value })));
ui.undated.addEventListener("change", () => navigate(withChanges(state, { undated: ui.undated.value })));
for (const input of [ui.from, ui.to]) {
  input.addEventListener("change", () => {
    // A date input reports "" while a date is half typed: only whole dates (or clearing) search.
    if (input.value === "" || /^\d{4}-\d{2}-\d{2}$/.test(input.value)) navigate(withChanges(state, { from: ui.from.value, to: ui.to.value }));
  });
}

for (const tab of ui.tabs) {
  tab.addEventListener("click", () => {
    if (tab.dataset.mode !== state.mode || state.article) navigate(withChanges(state, { mode: tab.dataset.mode }));
  });
  tab.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const other = ui.tabs[(ui.tabs.indexOf(tab) + 1) % ui.tabs.length];
    other.focus();
    other.click();
  });
}

// ---- keyboard ---------------------------------------------------------------------------------

const typingIn = (target) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
const resultLinks = () => [...ui.results.querySelectorAll("a.result-link")].filter((link) => link.offsetParent !== null);

document.addEventListener("keydown", (event) => {
  if (event.key === "/" && !typingIn(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    ui.q.focus();
    ui.q.select();
  } else if (event.key === "Escape" && state.article && !typingIn(event.target)) {
    backToResults();
  }
});

// From the box (when no suggestion list is open), ArrowDown goes to the first result.
ui.q.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown" && !event.defaultPrevented && !state.article) {
    const first = resultLinks()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});

ui.results.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = resultLinks();
  const index = links.indexOf(document.activeElement);
  if (index < 0) return;
  event.preventDefault();
  if (event.key === "ArrowUp" && index === 0) ui.q.focus();
  else links[Math.min(links.length - 1, Math.max(0, index + (event.key === "ArrowDown" ? 1 : -1)))].focus();
});

// ---- start ------------------------------------------------------------------------------------

history.replaceState({ ...history.state }, "");
ui.q.value = state.q;
render();
